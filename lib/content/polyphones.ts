/**
 * Every polyphonic character of an article view with the reading the page shows, for review
 * (npm run readings:audit) and for the test that pins them. A character is polyphonic when
 * pinyin-pro knows more than one reading for it (量 liáng/liàng, 地 dì/de, 为 wéi/wèi), and 一 and
 * 不, whose tone changes with the next syllable.
 */
import { polyphonic } from 'pinyin-pro';
import type { Word } from './annotate';
import type { ArticleView } from './view';

export interface PolyphoneRow {
  sentence: number;
  /** Where the word shows: unchanged text, a struck-out (published) word, or an inserted (corrected) one. */
  where: 'text' | 'struck' | 'inserted';
  char: string;
  /** The reading shown for this character. */
  reading: string;
  /** The word it is read in (the whole word when a correction cuts it) and the word's pinyin as shown. */
  word: string;
  pinyin: string;
  /** Every reading pinyin-pro knows for the character. */
  readings: string[];
  /** The sentence as it reads in that view, the word marked with 【】. */
  context: string;
}

const HAN = /\p{Script=Han}/u;
/** 一 and 不 have one dictionary reading but change tone before other syllables (一个 yí gè, 一波 yì bō, 不断 bú duàn). */
const SANDHI: Record<string, string[]> = { 一: ['yī', 'yí', 'yì'], 不: ['bù', 'bú', 'bu'] };
const known = new Map<string, string[]>(Object.entries(SANDHI));

/** The readings pinyin-pro knows for one character. */
export function readingsOf(char: string): string[] {
  let r = known.get(char);
  if (!r) {
    r = [...new Set(polyphonic(char, { type: 'array', toneType: 'symbol' })[0] ?? [])];
    known.set(char, r);
  }
  return r;
}

export function polyphones(view: ArticleView): PolyphoneRow[] {
  const rows: PolyphoneRow[] = [];
  for (const s of view.sentences) {
    // The sentence in each view: text + struck (as published), text + inserted (corrected).
    const pub = s.pieces.flatMap((p) => (p.k === 'w' ? [p.w] : p.del)).map((w) => w.s);
    const cor = s.pieces.flatMap((p) => (p.k === 'w' ? [p.w] : p.ins)).map((w) => w.s);
    const visit = (w: Word, where: PolyphoneRow['where'], words: string[], index: number) => {
      if (!w.py) return;
      const syllables = w.py.split(' ');
      let k = 0;
      for (const char of w.s) {
        if (!HAN.test(char)) continue;
        const reading = syllables[k++] ?? '';
        const all = readingsOf(char);
        if (all.length < 2) continue;
        const context = [...words.slice(0, index), `【${w.s}】`, ...words.slice(index + 1)].join('');
        rows.push({ sentence: s.id, where, char, reading, word: w.w ?? w.s, pinyin: w.py, readings: all, context });
      }
    };
    let pi = 0;
    let ci = 0;
    for (const p of s.pieces) {
      if (p.k === 'w') {
        visit(p.w, 'text', cor, ci);
        pi++;
        ci++;
      } else {
        for (const w of p.del) visit(w, 'struck', pub, pi++);
        for (const w of p.ins) visit(w, 'inserted', cor, ci++);
      }
    }
  }
  return rows;
}
