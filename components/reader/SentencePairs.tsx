import { useLocale, useTranslations } from 'next-intl';
import type { SentenceView } from '@/lib/content/view';
import { chineseHtml, escapeText, type MarkupLabels } from '@/lib/content/markup';
import { registerStaticHtml } from '@/components/site/static-html-registry';
import { StaticHtml } from '@/components/site/StaticHtml';
import { htmlLang } from '@/i18n/routing';

/**
 * The article as rows of sentence pairs: Chinese left, English right at ≥900px, stacked below.
 * One row per sentence keeps each sentence level with its gloss; CSS (:hover, :focus-within,
 * :target) highlights the pair, so this needs no client script.
 */
export function SentencePairs({ sentences, slug }: { sentences: readonly SentenceView[]; slug: string }) {
  const t = useTranslations('Article');
  const tc = useTranslations('Corrections');
  const locale = useLocale();
  const labels: MarkupLabels = { srDeleted: tc('srDeleted'), srInserted: tc('srInserted') };
  return (
    <div className="pairs">
      <div className="pair pair-head" aria-hidden="true">
        <div className="zh">{t('chineseColumn')}</div>
        <div className="en">{t('englishColumn')}</div>
      </div>
      {sentences.map((s) => {
        const tag = s.kind === 'caption' ? t('kindCaption') : s.kind === 'residue' ? t('kindResidue') : null;
        // Prerendered markup as one string, sent once: see lib/content/markup.ts and StaticHtml.
        const key = `${locale}/${slug}/zh-${s.id}`;
        registerStaticHtml(
          key,
          (tag ? `<span class="tag" lang="${locale}">${escapeText(tag)}</span>` : '') +
            chineseHtml(s.pieces, labels),
        );
        return (
          <div
            key={s.id}
            id={`s-${s.id}`}
            className={`pair${s.opensParagraph ? ' opens' : ''}`}
            data-kind={s.kind}
            data-sentence={s.id}
          >
            <div className="zh" lang="zh-Hans" tabIndex={0} aria-label={undefined}>
              <a
                className="anchor"
                href={`#s-${s.id}`}
                aria-label={t('sentenceLabel', { n: s.id })}
                tabIndex={-1}
              >
                {s.id}
              </a>
              <StaticHtml
                k={key}
                id={`zh-${s.id}`}
                as={s.kind === 'heading' ? 'h2' : 'p'}
                className="zh-text"
              />
            </div>
            <div className="en" lang="en">
              {s.kind === 'heading' ? (
                <h2 className="en-text">{s.en}</h2>
              ) : s.kind === 'residue' ? (
                <p className="en-text residue" lang={locale}>
                  —
                </p>
              ) : (
                <p className={`en-text${s.kind === 'caption' ? ' caption' : ''}`}>{s.en}</p>
              )}
              {s.note && (
                <p className="note" lang={htmlLang[locale]}>
                  <strong>{t('noteLabel')}: </strong>
                  {s.note[locale]}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
