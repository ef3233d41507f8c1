/** Build the engine's data from raw sources (pure: callers read files and pass text in). */
import { quantiseFreq, MAX_WORD_LEN } from './words';
import type { Weights } from './features';
import type { EngineData, EngineEntry } from './types';

const HAN_WORD = /^[\p{Script=Han}〇]+$/u;

export interface WordInput {
  /** jieba dict.txt format: `word freq [pos]` per line. */
  dictText: string;
  /** Extra words from other word lists, with a frequency on dict.txt's scale. */
  extra?: ReadonlyArray<readonly [string, number]>;
}

export interface EngineDataInput {
  /** Word sources, or the word data already built from them (buildWordData, e.g. from a cache). */
  words: WordInput | EngineData['words'];
  entries: EngineEntry[];
  provenance: string[];
  /** Traditional→Simplified character pairs, concatenated (trad, simp, trad, simp, …). */
  t2s: string;
  simplifiedOnly: string;
  /** Phrase-aware Simplified→Traditional conversion of the lexicon's originals. */
  toTraditional?: (s: string) => string;
  /** Fitted weights (content/lexicon/weights.json). */
  weights?: Weights;
}

/** Is `w` 1..MAX_WORD_LEN Han code points? (Fast path for the common BMP case.) */
function isHanWord(w: string): boolean {
  let n = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) return HAN_WORD.test(w) && [...w].length <= MAX_WORD_LEN;
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007)) return false;
    n++;
  }
  return n > 0 && n <= MAX_WORD_LEN;
}

/** Parse a jieba-format dictionary into word frequencies (Han words only; max length 8). */
export function parseJiebaDict(dictText: string): { freqs: Map<string, number>; total: number } {
  const freqs = new Map<string, number>();
  let total = 0;
  let at = 0;
  const len = dictText.length;
  while (at < len) {
    let nl = dictText.indexOf('\n', at);
    if (nl < 0) nl = len;
    const sp = dictText.indexOf(' ', at);
    if (sp > at && sp < nl) {
      let f = 0;
      for (let k = sp + 1; k < nl; k++) {
        const d = dictText.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        f = f * 10 + d;
      }
      if (f > 0) {
        total += f;
        const word = dictText.slice(at, sp);
        if (isHanWord(word)) {
          const old = freqs.get(word);
          if (old === undefined || old < f) freqs.set(word, f);
        }
      }
    }
    at = nl + 1;
  }
  return { freqs, total };
}

/** The word model's data: jieba's frequencies plus extra words, grouped by quantised frequency. */
export function buildWordData(input: WordInput): EngineData['words'] {
  const { freqs, total } = parseJiebaDict(input.dictText);
  for (const [w, f] of input.extra ?? []) {
    if (!isHanWord(w)) continue;
    if (!freqs.has(w) || (freqs.get(w) as number) < f) freqs.set(w, f);
  }
  const byQ = new Map<number, string[]>();
  for (const [w, f] of freqs) {
    const q = quantiseFreq(f);
    let list = byQ.get(q);
    if (list === undefined) byQ.set(q, (list = []));
    list.push(w);
  }
  const groups: Array<[number, string]> = [...byQ.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([q, ws]) => [q, ws.join(' ')]);
  return { total, groups };
}

export function buildEngineData(input: EngineDataInput): EngineData {
  const words = 'dictText' in input.words ? buildWordData(input.words) : input.words;
  const entries = input.entries.map((e) => {
    const t = input.toTraditional?.(e.orig);
    return t !== undefined && t !== e.orig ? { ...e, origT: t } : { ...e };
  });
  return {
    format: 'unspun-engine-data',
    version: 1,
    provenance: [...input.provenance],
    entries,
    words,
    t2s: input.t2s,
    simplifiedOnly: input.simplifiedOnly,
    ...(input.weights ? { weights: input.weights } : {}),
  };
}

/** Serialise for shipping (e.g. to a browser). JSON, no whitespace. */
export function serializeEngineData(data: EngineData): string {
  return JSON.stringify(data);
}

export function parseEngineData(json: string): EngineData {
  const d = JSON.parse(json) as EngineData;
  if (d?.format !== 'unspun-engine-data' || d.version !== 1) {
    throw new Error('parseEngineData: not unspun-engine-data v1');
  }
  return d;
}
