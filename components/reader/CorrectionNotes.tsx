import { useLocale, useTranslations } from 'next-intl';
import { registerStaticHtml } from '@/components/site/static-html-registry';
import { StaticHtml } from '@/components/site/StaticHtml';
import { escapeText } from '@/lib/content/markup';
import type { CorrectionView } from '@/lib/content/view';
import { htmlLang } from '@/i18n/routing';

const attr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * One native popover per correction: opened by its marked text, closed by Escape or the close
 * button. Rendered as one HTML string, sent once (see lib/content/markup.ts and StaticHtml): 123
 * notes as React elements were sent twice and hydrated node by node, for content that never changes.
 */
export function CorrectionNotes({
  corrections,
  slug,
}: {
  corrections: readonly CorrectionView[];
  slug: string;
}) {
  const t = useTranslations('Corrections');
  const locale = useLocale();
  const ui = htmlLang[locale];
  // "Published 迷信 → original 科学": the words in their own elements, the wording (and its order)
  // from the messages, whose tags say where each goes.
  const pairLine = (from: string, to: string) =>
    t.markup('pairLine', {
      l: (chunks) => `<span class="label">${chunks}</span>`,
      from: () => `<del class="from" lang="zh-Hans">${escapeText(from)}</del>`,
      to: () => `<ins class="to" lang="zh-Hans">${escapeText(to)}</ins>`,
    });
  const html = corrections
    .map(
      (c) =>
        `<div id="x-${c.id}" popover="auto" role="dialog" aria-labelledby="xh-${c.id}" class="corr-note">` +
        `<h3 id="xh-${c.id}" class="corr-note-title">${escapeText(t('explanationTitle'))}</h3>` +
        `<p class="corr-pair" lang="${ui}">${pairLine(c.from, c.to || '∅')}</p>` +
        `<p class="corr-meta">${escapeText(t(`kind_${c.kind}`))} · ${escapeText(t(`confidence_${c.confidence}`))}</p>` +
        `<p lang="${ui}">${escapeText(c.explanation[locale])}</p>` +
        // The actions before the part filled in later: within reach on a phone's sheet without
        // scrolling, and not moved when that part arrives.
        `<div class="corr-actions"><button type="button" data-revert="${c.id}" aria-pressed="false">${escapeText(t('revert'))}</button>` +
        `<button type="button" popovertarget="x-${c.id}" popovertargetaction="hide">${escapeText(t('close'))}</button></div>` +
        // Filled while open by the word popup island (components/study/WordPopup.tsx): what both words mean.
        `<div class="corr-dict" data-c="${c.id}" data-from="${attr(c.from)}" data-to="${attr(c.to)}"${c.word ? ` data-w="${attr(c.word)}"` : ''}></div></div>`,
    )
    .join('');
  const key = `${locale}/${slug}/corr-notes`;
  registerStaticHtml(key, html);
  return <StaticHtml k={key} id="corr-notes" className="corr-notes" />;
}
