import 'server-only';
import type { ArticleView, SentenceView } from './view';

/**
 * The words an article's popups can ask about, in reading order without repeats: every Chinese
 * word of the corrected text (whole words, also where a correction cuts one), and both sides of
 * every correction (what the spun text says and what the original said).
 */
export function articleWords(view: ArticleView): string[] {
  const out = new Set<string>();
  for (const s of view.sentences)
    for (const p of s.pieces) {
      if (p.k === 'w') {
        if (p.w.py) out.add(p.w.w ?? p.w.s);
      } else {
        for (const w of p.ins) if (w.py) out.add(w.w ?? w.s);
        for (const w of p.del) if (w.py) out.add(w.s);
      }
    }
  for (const c of view.corrections) {
    if (c.from) out.add(c.from);
    if (c.to) out.add(c.to);
    if (c.word) out.add(c.word);
  }
  return [...out];
}

/** A sentence's corrected text, Simplified. */
export function correctedSentence(s: SentenceView): string {
  return s.pieces.map((p) => (p.k === 'w' ? p.w.s : p.ins.map((w) => w.s).join(''))).join('');
}
