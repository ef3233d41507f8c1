import { useLocale, useTranslations } from 'next-intl';
import type { ArticleView } from '@/lib/content/view';
import { htmlLang, type Locale } from '@/i18n/routing';
import { LocaleLink as Link } from '@/components/site/LocaleLink';

export function ArticleHeader({ meta, termCount = 0 }: { meta: ArticleView['meta']; termCount?: number }) {
  const t = useTranslations('Article');
  const tt = useTranslations('Terms');
  const tw = useTranslations('Words');
  const tpr = useTranslations('Practice');
  const locale = useLocale() as Locale;
  const uiLang = htmlLang[locale];
  return (
    <header className="article-header">
      <h1>
        <span lang="zh-Hans" className="title-zh">
          {meta.title.zh}
        </span>
        <span lang="en" className="title-en">
          {meta.title.en}
        </span>
      </h1>
      <p className="card-meta">
        {t('by', { outlet: meta.outlet[locale] })} ·{' '}
        <time dateTime={meta.date}>{t('published', { date: meta.date })}</time>
      </p>
      <p lang={uiLang}>{meta.summary[locale]}</p>
      {meta.note && (
        <p className="article-note" lang={uiLang}>
          {meta.note[locale]}
        </p>
      )}
      {meta.honorees.length > 0 && (
        <p className="honorees">
          <span>{t('honorees')}: </span>
          {meta.honorees.map((h, i) => (
            <span key={h.zh}>
              {i > 0 && ', '}
              <span lang="zh-Hans">{h.zh}</span> ({h.en}
              {h.role && <span lang={uiLang}>, {h.role[locale]}</span>})
            </span>
          ))}
        </p>
      )}
      <p className="article-links">
        {termCount > 0 && (
          <>
            <Link href={`/articles/${meta.slug}/terms`}>{tt('link', { count: termCount })}</Link>
            {' · '}
          </>
        )}
        <Link href={`/articles/${meta.slug}/practice`}>{tpr('link')}</Link>
        {' · '}
        <Link href="/words">{tw('nav')}</Link>
      </p>
    </header>
  );
}
