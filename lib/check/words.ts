/**
 * Words of a checked text for the check page's study aids (pinyin, Traditional, word popups), in
 * a compact wire form. The server segments and annotates (lib/content/annotate.ts: jieba,
 * pinyin-pro read in context, OpenCC); the page only renders. Pure: the annotator is passed in.
 */
import type { Annotator, Word } from '@/lib/content/annotate';
import { shownFindings } from './review';

/**
 * A word on the wire: plain text (no Han characters, nothing to annotate) or
 * [text, pinyin, Taiwan form, Hong Kong form, whole word] with empty strings for "same as text"
 * or "none", trailing empties dropped.
 */
export type WireWord = string | string[];

/** The words around and inside a chunk's findings, aligned with the findings as the page shows them. */
export interface ChunkWords {
  /** gaps[i] is the text before finding i (gaps[n] the rest); empty for a finding that overlaps the one before. */
  gaps: WireWord[][];
  /** What each finding replaces, and what it proposes. */
  del: WireWord[][];
  ins: WireWord[][];
  /** alts[i][k]: the words of finding i's alternative k (none: an empty list). */
  alts: WireWord[][][];
}

export interface Span {
  start: number;
  end: number;
  replacement: string;
  alternatives?: string[];
}

export function toWire(w: Word): WireWord {
  if (!w.py && !w.tw && !w.hk) return w.s;
  const out = [w.s, w.py ?? '', w.tw ?? '', w.hk ?? '', w.w ?? ''];
  while (out[out.length - 1] === '') out.pop();
  return out;
}

export function fromWire(x: WireWord): Word {
  if (typeof x === 'string') return { s: x };
  const [s = '', py, tw, hk, w] = x;
  const out: Word = { s };
  if (py) out.py = py;
  if (tw) out.tw = tw;
  if (hk) out.hk = hk;
  if (w) out.w = w;
  return out;
}

/**
 * Annotate `text` (one chunk) around `findings` (offsets into it, sorted); a finding the page does
 * not show (shownFindings) gets empty lists.
 */
export function chunkWords(annotator: Annotator, text: string, findings: readonly Span[]): ChunkWords {
  const out: ChunkWords = { gaps: [], del: [], ins: [], alts: [] };
  const words = (context: string, at: number, part: string) => annotator.words(context, at, part).map(toWire);
  const shown = shownFindings(findings);
  let at = 0;
  for (const [i, f] of findings.entries()) {
    if (!shown[i]) {
      out.gaps.push([]);
      out.del.push([]);
      continue;
    }
    out.gaps.push(words(text, at, text.slice(at, f.start)));
    out.del.push(words(text, f.start, text.slice(f.start, f.end)));
    at = f.end;
  }
  out.gaps.push(words(text, at, text.slice(at)));
  // The proposals afterwards: each is a context of its own, which would push the chunk's
  // segmentation and pinyin out of the annotator's small cache if interleaved.
  findings.forEach((f, i) => out.ins.push(shown[i] ? words(f.replacement, 0, f.replacement) : []));
  findings.forEach((f, i) =>
    out.alts.push(shown[i] && f.alternatives ? f.alternatives.map((a) => words(a, 0, a)) : []),
  );
  return out;
}
