import 'server-only';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/**
 * Build-time text annotation: word segmentation, tone-marked pinyin read in context,
 * and Traditional character forms. Runs on the server only; nothing here reaches the browser.
 */

export interface Word {
  /** Simplified (as written). */
  s: string;
  /** Taiwan and Hong Kong character forms, present only where they differ from `s`. */
  tw?: string;
  hk?: string;
  /** Tone-marked pinyin, syllables separated by spaces; absent for non-Chinese text. */
  py?: string;
  /**
   * The whole word this text is part of, when a correction boundary cuts a word of the
   * sentence (首席科学家 corrected at 科学 gives 首席 | 科学 | 家, each with w = 首席科学家).
   */
  w?: string;
}

export interface Annotator {
  /** Split `part` (which sits at `offset` inside `context`) into annotated words, reading pinyin in context. */
  words(context: string, offset: number, part: string): Word[];
}

const HAN = /\p{Script=Han}/u;

export function createAnnotator(extraWords: readonly string[] = []): Annotator {
  const jieba = Jieba.withDict(dict);
  if (extraWords.length) {
    // Curated words (names, terms) override jieba's segmentation.
    jieba.loadDict(new TextEncoder().encode(extraWords.map((w) => `${w} 100000`).join('\n')));
  }
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const pinyinCache = new Map<string, string[]>();
  const cutCache = new Map<string, string[]>();

  /** Jieba's words for the whole context, so a part is segmented as it reads in its sentence. */
  function cut(text: string): string[] {
    let hit = cutCache.get(text);
    if (!hit) cutCache.set(text, (hit = jieba.cut(text, false)));
    return hit;
  }

  /** Pinyin for each UTF-16 index of `text` ('' for non-Han). */
  function pinyinByIndex(text: string): string[] {
    const hit = pinyinCache.get(text);
    if (hit) return hit;
    const out: string[] = new Array(text.length).fill('');
    let at = 0;
    for (const item of pinyin(text, { type: 'all', toneType: 'symbol' })) {
      if (item.isZh && HAN.test(item.origin)) out[at] = item.pinyin;
      at += item.origin.length;
    }
    pinyinCache.set(text, out);
    return out;
  }

  function convert(conv: (s: string) => string, context: string, offset: number, part: string): string {
    const whole = conv(context);
    // Character conversion keeps length for nearly all text; read the part in context when it does.
    if (whole.length === context.length) return whole.slice(offset, offset + part.length);
    return conv(part);
  }

  return {
    words(context, offset, part) {
      if (!part) return [];
      const py = pinyinByIndex(context);
      const tw = convert(toTw, context, offset, part);
      const hk = convert(toHk, context, offset, part);
      const out: Word[] = [];
      let at = 0;
      let tokenStart = 0;
      for (const token of cut(context)) {
        const tokenEnd = tokenStart + token.length;
        const from = Math.max(tokenStart, offset);
        const to = Math.min(tokenEnd, offset + part.length);
        tokenStart = tokenEnd;
        if (to <= from) continue;
        const s = context.slice(from, to);
        const w: Word = { s };
        const syllables = py.slice(offset + at, offset + at + s.length).filter(Boolean);
        if (syllables.length) w.py = syllables.join(' ');
        if (w.py && (from > tokenEnd - token.length || to < tokenEnd)) w.w = token;
        const t = tw.slice(at, at + s.length);
        const h = hk.slice(at, at + s.length);
        if (t !== s) w.tw = t;
        if (h !== s) w.hk = h;
        // Merge runs of non-Han text (punctuation, Latin, digits) to keep the markup small.
        const prev = out[out.length - 1];
        if (!w.py && !w.tw && !w.hk && prev && !prev.py && !prev.tw && !prev.hk) prev.s += s;
        else out.push(w);
        at += s.length;
      }
      return out;
    },
  };
}
