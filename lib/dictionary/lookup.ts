/**
 * Lookups over dictionary data passed in (never loaded here): used by the build to cut an
 * article's subset and by popups in the browser to explain a word. Pure and deterministic.
 */
import { toneless } from './pinyin';
import type { AliasData, CuratedEntry, DictData, DictEntry, DictFile, Explained } from './types';

/** The longest headword considered when a word has no entry and is explained by its parts. */
export const MAX_WORD_LENGTH = 12;

const HAN = /\p{Script=Han}/u;

/** Whether `text` contains a Chinese character (only such words get popups and lookups). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * How many shards the whole dictionary is split into. Headwords go by their first character's
 * code point modulo this, so a shard holds a few first characters. (One file per first
 * character would be ~14,600 files: enough to make the bundler's file tracing of the project
 * warn and slow down, for a transfer only ~20% smaller.)
 */
export const SHARD_COUNT = 4096;

/** The shard holding the headwords that start like `word`: 科 U+79D1 → "9d1". */
export function shardKey(word: string): string {
  return ((word.codePointAt(0) ?? 0) % SHARD_COUNT).toString(16).padStart(3, '0');
}

/** The readings of `word` (Simplified), or of the Simplified words a Traditional `word` is written as. */
export function lookup(data: DictData, word: string, aliases?: AliasData): readonly DictEntry[] {
  const direct = data[word];
  if (direct) return direct;
  const simplified = aliases?.[word];
  if (!simplified) return [];
  // Written in Traditional: the readings spelled that way, with the spelling made explicit.
  const all = simplified.flatMap((s) => (data[s] ?? []).map((e) => ({ ...e, t: e.t ?? s })));
  const spelled = all.filter((e) => e.t === word);
  return spelled.length ? spelled : all;
}

/**
 * Explain `text`: the whole word when the dictionary has it; otherwise its parts, longest match
 * first, left to right by code point (so 戴国浩 without an entry reads 戴 + 国 + 浩, and 故意义
 * reads 故意 + 义, which is how the spun text misleads). Parts without an entry have none.
 */
export function explain(data: DictData, text: string, aliases?: AliasData): Explained[] {
  const whole = lookup(data, text, aliases);
  if (whole.length) return [{ w: text, entries: whole }];
  const chars = [...text];
  const out: Explained[] = [];
  let i = 0;
  while (i < chars.length) {
    let found: Explained | undefined;
    for (let n = Math.min(MAX_WORD_LENGTH, chars.length - i); n >= 1; n--) {
      const w = chars.slice(i, i + n).join('');
      const entries = lookup(data, w, aliases);
      if (entries.length) {
        found = { w, entries };
        break;
      }
    }
    if (found) {
      out.push(found);
      i += [...found.w].length;
    } else {
      // No entry for this character: join it to a previous unknown run (digits, Latin, punctuation).
      const prev = out[out.length - 1];
      if (prev && prev.entries.length === 0) prev.w += chars[i];
      else out.push({ w: chars[i]!, entries: [] });
      i += 1;
    }
  }
  return out;
}

/**
 * Readings that match how the word is read in context come first ("行" read háng in 银行),
 * then lower-case (common-noun) readings before capitalised (proper-noun) ones; otherwise the
 * dictionary's order is kept. Curated entries stay first.
 */
export function rankByReading(entries: readonly DictEntry[], contextPinyin?: string): DictEntry[] {
  const want = contextPinyin ? toneless(contextPinyin) : undefined;
  const score = (e: DictEntry) =>
    (e.src ? 0 : 4) +
    (want !== undefined && toneless(e.p) === want ? 0 : 2) +
    (e.p.toLowerCase() === e.p ? 0 : 1);
  return entries
    .map((e, i) => ({ e, i, s: score(e) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Merge curated entries over the dictionary: for each headword, the curated entries first (in
 * the order given, duplicates dropped), then CC-CEDICT's unless a curated entry replaces them.
 * Returns a new object; `dict` is not changed.
 */
export function mergeCurated(dict: DictData, curated: readonly CuratedEntry[]): DictData {
  const byWord = new Map<string, CuratedEntry[]>();
  for (const c of curated) byWord.set(c.s, [...(byWord.get(c.s) ?? []), c]);
  const out: Record<string, readonly DictEntry[]> = { ...dict };
  for (const [s, list] of byWord) {
    const seen = new Set<string>();
    const mine: DictEntry[] = [];
    for (const { entry } of list) {
      const key = `${entry.p.toLowerCase()}\u0000${entry.d.join('\u0001')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mine.push(entry);
    }
    const replace = list.some((c) => c.replace);
    out[s] = [...mine, ...(replace ? [] : (dict[s] ?? []))];
  }
  return out;
}

/** Every substring of `word` (by code point, up to MAX_WORD_LENGTH) that the dictionary has. */
function knownParts(dict: DictData, word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++)
    for (let n = 1; n <= Math.min(MAX_WORD_LENGTH, chars.length - i); n++) {
      const w = chars.slice(i, i + n).join('');
      if (dict[w]) out.push(w);
    }
  return out;
}

/**
 * The entries a text needs: each word's own entries; for a word the dictionary lacks, every
 * known part of it, so `explain` can break it down in the browser. Keys come out sorted, so the
 * same words always give the same bytes.
 */
export function buildSubset(dict: DictData, words: Iterable<string>): DictFile {
  const keep = new Set<string>();
  for (const word of words) {
    if (!hasHan(word)) continue;
    if (dict[word]) keep.add(word);
    else for (const part of knownParts(dict, word)) keep.add(part);
  }
  const w: Record<string, readonly DictEntry[]> = {};
  for (const k of [...keep].sort()) w[k] = dict[k]!;
  return { v: 1, w };
}

/** Split the whole dictionary into shards by first character (see shardKey), with Traditional spellings as aliases. */
export function shardDictionary(dict: DictData, aliases: AliasData): Map<string, DictFile> {
  const shards = new Map<
    string,
    { w: Record<string, readonly DictEntry[]>; a: Record<string, readonly string[]> }
  >();
  const shardOf = (word: string) => {
    const key = shardKey(word);
    let s = shards.get(key);
    if (!s) shards.set(key, (s = { w: {}, a: {} }));
    return s;
  };
  for (const k of Object.keys(dict).sort()) shardOf(k).w[k] = dict[k]!;
  for (const k of Object.keys(aliases).sort()) if (!dict[k]) shardOf(k).a[k] = aliases[k]!;
  const out = new Map<string, DictFile>();
  for (const [key, s] of [...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file: DictFile = { v: 1, w: s.w };
    if (Object.keys(s.a).length) file.a = s.a;
    out.set(key, file);
  }
  return out;
}
