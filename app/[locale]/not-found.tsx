import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/site/LocaleLink';

export default function NotFoundPage() {
  const t = useTranslations('NotFound');
  return (
    <div className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  );
}
