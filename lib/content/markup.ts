import type { Word } from './annotate';
import type { Piece } from './view';

/**
 * The Chinese text of a sentence as an HTML string, the same markup as
 * the reader shows (tests/study/markup.test.tsx pins it).
 *
 * Why a string: a server component's output is sent twice, once as HTML and once as React's
 * flight data for hydration; for ~1,500 annotated words that doubled the page and made the
 * browser hydrate thousands of nodes. Passed as one `dangerouslySetInnerHTML` string, the text
 * is sent as HTML plus one compact string, and React does not walk it. Everything here comes
 * from curated content and is escaped; nothing comes from user input.
 */

export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * A word in the reader. The text is Simplified; a word whose Traditional form differs carries it
 * as `data-t` (Taiwan) and, where Hong Kong's differs from Taiwan's, `data-h`. The reader's
 * Traditional toggle swaps the text in place (components/reader/script-forms.ts): writing all three
 * forms into the markup tripled every such word, in the HTML and again in the flight data.
 */
export function wordHtml(w: Word, popup = false, edge = ''): string {
  const tw = w.tw ?? w.s;
  const hk = w.hk ?? w.s;
  const variants = tw !== w.s || hk !== w.s ? ` data-t="${escapeAttr(tw)}"${hk !== tw ? ` data-h="${escapeAttr(hk)}"` : ''}` : '';
  if (!w.py) return variants ? `<span${variants}>${escapeText(w.s)}</span>` : escapeText(w.s);
  const dataW = popup && w.w !== undefined ? ` data-w="${escapeAttr(w.w)}"` : '';
  return `<ruby${edge ? ` class="${edge}"` : ''}${dataW}${variants}>${escapeText(w.s)}<rt>${escapeText(w.py)}</rt></ruby>`;
}

/**
 * Punctuation that may not begin a line (。，、”》 and the like): the word before it is marked
 * `nb` and gives no line-break opportunity after itself (app/globals.css, ruby::after), so a line
 * never starts with “。”.
 */
const NO_LINE_START = /^[。，、；：？！”’）》」』〉】〕…％,.;:?!)\]}%]/u;
export const noLineStart = (next: string | undefined) => next !== undefined && NO_LINE_START.test(next);

/**
 * Opening punctuation (“《（ and the like): the word after it is marked `ao`. With pinyin on, words
 * keep a small margin so that neighbouring pinyin never touch; beside punctuation, which has no
 * pinyin, that margin is dropped (`nb` on the right, `ao` on the left), narrowing the gap there.
 */
const OPENING_END = /[“‘（《「『〈【〔(\[{]$/u;
const opensBefore = (prev: string | undefined) => prev !== undefined && OPENING_END.test(prev);

/**
 * The classes of a word between two pieces of plain text (`prev`, `next`: punctuation and other
 * text without pinyin, or nothing): `nb` before closing punctuation, `ao` after opening punctuation.
 * Articles (here) and the check page (components/check/CheckTool.tsx) mark words alike.
 */
export function edgeClass(prev: string | undefined, next: string | undefined): string {
  const nb = noLineStart(next);
  const ao = opensBefore(prev);
  return nb && ao ? 'nb ao' : nb ? 'nb' : ao ? 'ao' : '';
}

/** The plain text (a word without pinyin: punctuation, digits) of a word, else nothing. */
const plain = (w: Word | undefined) => (w && !w.py ? w.s : undefined);

/** Words in a row (a title, a correction's words), each marked by the punctuation beside it. */
export function wordsHtml(words: readonly Word[]): string {
  return words.map((w, i) => wordHtml(w, false, edgeClass(plain(words[i - 1]), plain(words[i + 1])))).join('');
}

export interface MarkupLabels {
  srDeleted: string;
  srInserted: string;
}

export function chineseHtml(pieces: readonly Piece[], labels: MarkupLabels): string {
  let out = '';
  let wrapped = false; // a correction and the punctuation after it are in a span.nbw
  pieces.forEach((p, k) => {
    // Plain text that follows (punctuation is a word without pinyin); a correction starts with words.
    const after = pieces[k + 1];
    const next = after?.k === 'w' ? plain(after.w) : undefined;
    const glued = noLineStart(next);
    if (p.k === 'w') {
      const before = pieces[k - 1];
      out += wordHtml(p.w, true, edgeClass(before?.k === 'w' ? plain(before.w) : undefined, next));
      if (wrapped) out += '</span>';
      wrapped = false;
      return;
    }
    const del = wordsHtml(p.del);
    const ins = p.ins.length ? `<ins><span class="sr">${escapeText(labels.srInserted)} </span>${wordsHtml(p.ins)}</ins>` : '';
    // A correction is a button, which a line may break after whatever follows: the punctuation
    // after it goes with it in a span that does not break inside.
    if (glued) out += '<span class="nbw">';
    wrapped = glued;
    out +=
      `<span class="corr${p.ins.length ? '' : ' removal'}" id="c-${p.id}" data-c="${p.id}" data-kind="${escapeAttr(p.kind)}" data-confidence="${escapeAttr(p.confidence)}">` +
      `<button type="button" class="corr-btn" popovertarget="x-${p.id}"><del><span class="sr">${escapeText(labels.srDeleted)} </span>${del}</del>${ins}</button></span>`;
  });
  return out;
}
