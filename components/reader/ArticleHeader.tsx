import { useLocale, useTranslations } from 'next-intl';
import type { ArticleView } from '@/lib/content/view';
import { htmlLang, type Locale } from '@/i18n/routing';
import { wordsHtml } from '@/lib/content/markup';
import { LocaleLink as Link } from '@/components/site/LocaleLink';

/**
 * The title (its Chinese annotated as the text is, so pinyin and Traditional apply to it too), one
 * line of facts with the links, and the rest (summary, note, people named) folded: the text comes first.
 */
export function ArticleHeader({
  meta,
  titleWords,
  termCount = 0,
  correctionCount,
}: {
  meta: ArticleView['meta'];
  titleWords: ArticleView['titleWords'];
  termCount?: number;
  correctionCount: number;
}) {
  const t = useTranslations('Article');
  const tt = useTranslations('Terms');
  const tw = useTranslations('Words');
  const tpr = useTranslations('Practice');
  const tc = useTranslations('Corrections');
  const locale = useLocale() as Locale;
  const uiLang = htmlLang[locale];
  return (
    <header className="article-header">
      <h1>
        <span
          lang="zh-Hans"
          className="zh title-zh"
          // Curated title, escaped by wordsHtml (lib/content/markup.ts).
          dangerouslySetInnerHTML={{ __html: wordsHtml(titleWords) }}
        />
        <span lang="en" className="title-en">
          {meta.title.en}
        </span>
      </h1>
      <p className="article-meta">
        {[
          <span key="by">{t('by', { outlet: meta.outlet[locale] })}</span>,
          <time key="date" dateTime={meta.date}>
            {t('published', { date: meta.date })}
          </time>,
          <a key="corrections" href="#summary-title">
            {tc('count', { count: correctionCount })}
          </a>,
          termCount > 0 && (
            <Link key="terms" href={`/articles/${meta.slug}/terms`}>
              {tt('link', { count: termCount })}
            </Link>
          ),
          <Link key="practice" href={`/articles/${meta.slug}/practice`}>
            {tpr('link')}
          </Link>,
          <Link key="words" href="/words">
            {tw('nav')}
          </Link>,
        ]
          .filter(Boolean)
          // A separator that stays at the end of a line, never starts one.
          .flatMap((item, i) =>
            i
              ? [
                  <span key={`sep${i}`} className="sep">
                    {'\u00a0· '}
                  </span>,
                  item,
                ]
              : [item],
          )}
      </p>
      <details className="about">
        <summary>{t('about')}</summary>
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
      </details>
    </header>
  );
}
