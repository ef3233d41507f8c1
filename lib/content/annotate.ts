import 'server-only';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { applyReadings, readReadings, type Reading } from './readings';

/**
 * Build-time text annotation: word segmentation, tone-marked pinyin read in context (pinyin-pro,
 * then the curated readings of content/readings/ where pinyin-pro reads a word wrong), and
 * Traditional character forms. Runs on the server only; nothing here reaches the browser.
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

/** `fn` with its last few results kept, by argument. */
function remember<T>(fn: (text: string) => T, keep = 8): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      hit = fn(text);
      cache.set(text, hit);
      if (cache.size > keep) cache.delete(cache.keys().next().value!);
    }
    return hit;
  };
}

/**
 * `extraWords`: curated words that steer segmentation; `readings`: curated pinyin of words in
 * context (by default content/readings/*.json).
 */
export function createAnnotator(extraWords: readonly string[] = [], readings: readonly Reading[] = readReadings()): Annotator {
  const jieba = Jieba.withDict(dict);
  if (extraWords.length) {
    // Curated words (names, terms) override jieba's segmentation.
    jieba.loadDict(new TextEncoder().encode(extraWords.map((w) => `${w} 100000`).join('\n')));
  }
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  // The parts of one context are asked for one after another: a few contexts are enough to keep,
  // and a server annotating users' texts must not keep them all.
  /** Jieba's words for the whole context (so a part is segmented as it reads there), with their start offsets. */
  const cut = remember((text: string) => {
    const tokens = jieba.cut(text, false);
    const starts: number[] = [];
    let at = 0;
    for (const t of tokens) {
      starts.push(at);
      at += t.length;
    }
    return { tokens, starts };
  });
  const toTwCached = remember(toTw);
  const toHkCached = remember(toHk);

  /** pinyin-pro's reading of `text`: a syllable for each UTF-16 index ('' for non-Han). */
  function readPinyin(text: string): string[] {
    const out: string[] = new Array(text.length).fill('');
    let at = 0;
    for (const item of pinyin(text, { type: 'all', toneType: 'symbol' })) {
      if (item.isZh && HAN.test(item.origin)) out[at] = item.pinyin;
      at += item.origin.length;
    }
    return out;
  }

  /**
   * Pinyin for each UTF-16 index of `text` ('' for non-Han). pinyin-pro reads the whole text (so
   * 一 and 不 change tone before the next word, and particles such as 地 and 了 read as they
   * stand); each word of two or more characters is then read as a word, because pinyin-pro
   * matches its own dictionary words across the segmentation's word boundaries (国家|当前 read
   * as 家当 dàng; in a long text even 范围|量子 as liáng zǐ); last, the curated readings.
   */
  const pinyinByIndex = remember((text: string): string[] => {
    const out = readPinyin(text);
    const { tokens, starts } = cut(text);
    const asWord = new Map<string, string[]>();
    tokens.forEach((token, i) => {
      if (token.length < 2 || !HAN.test(token)) return;
      let own = asWord.get(token);
      if (!own) asWord.set(token, (own = readPinyin(token)));
      for (let k = 0; k < token.length; k++) if (out[starts[i]! + k]) out[starts[i]! + k] = own[k] || out[starts[i]! + k]!;
    });
    applyReadings(text, out, starts, readings);
    return out;
  });

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
      const tw = convert(toTwCached, context, offset, part);
      const hk = convert(toHkCached, context, offset, part);
      const out: Word[] = [];
      let at = 0;
      const { tokens, starts } = cut(context);
      // The first token that ends after `offset` (binary search: a chunk has thousands of tokens).
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! + tokens[mid]!.length <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < tokens.length && starts[i]! < offset + part.length; i++) {
        const token = tokens[i]!;
        const tokenStart = starts[i]!;
        const tokenEnd = tokenStart + token.length;
        const from = Math.max(tokenStart, offset);
        const to = Math.min(tokenEnd, offset + part.length);
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
