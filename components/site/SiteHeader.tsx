import { useLocale, useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import { htmlLang, localeFacts, routing, type Locale } from '@/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const t = useTranslations('Site');
  const tl = useTranslations('LanguageSwitcher');
  const tw = useTranslations('Words');
  const locale = useLocale() as Locale;
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <header className="site-header">
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <Link href="/" className="brand">
        <span className="brand-name">{t('name')}</span> <span className="brand-tag">{t('tagline')}</span>
      </Link>
      <Link href="/check" className="nav-words">
        {t('check')}
      </Link>
      <Link href="/words" className="nav-words">
        {tw('nav')}
      </Link>
      <nav aria-label={tl('label')}>
        <LanguageSwitcher
          target={other}
          label={tl('label')}
          text={localeFacts[other].name}
          hrefLang={htmlLang[other]}
        />
      </nav>
    </header>
  );
}
