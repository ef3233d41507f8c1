/**
 * Curated entries that override CC-CEDICT where it is wrong or silent: the overrides file
 * (content/dictionary/overrides.json, each entry with its provenance), every article's key terms
 * (terms.json) and the people it names (meta.json honorees). Pure: converters are passed in.
 */
import { z } from 'zod';
import type { Meta, Term } from '../content/schema';
import type { CuratedEntry, DictEntry, EntrySource } from './types';

export const overrideSchema = z
  .object({
    s: z.string().min(1),
    t: z.string().min(1),
    p: z.string().min(1),
    d: z.array(z.string().min(1)).min(1),
    replace: z.boolean().optional(),
    source: z.string().min(1),
  })
  .strict();
export const overridesSchema = z.array(overrideSchema);
export type Override = z.infer<typeof overrideSchema>;

function entry(s: string, t: string, p: string, d: string[], src: EntrySource): DictEntry {
  return t === s ? { p, d, src } : { t, p, d, src };
}

export function fromOverrides(overrides: readonly Override[]): CuratedEntry[] {
  return overrides.map((o) => ({
    s: o.s,
    entry: entry(o.s, o.t, o.p, [...o.d], 'override'),
    ...(o.replace ? { replace: true } : {}),
  }));
}

export function fromTerms(terms: readonly Term[]): CuratedEntry[] {
  return terms.map((t) => ({ s: t.hanzi, entry: entry(t.hanzi, t.traditional, t.pinyin, [t.en], 'term') }));
}

/**
 * Capitalise a name's pinyin as its English spelling splits it: "dài guó hào" with "Dai Guohao"
 * → "Dài Guó hào" (the surname and the given name each start with a capital).
 */
export function nameCase(pinyin: string, english: string, toneless: (s: string) => string): string {
  const syllables = pinyin.split(' ');
  const parts = english.toLowerCase().split(/\s+/);
  const out = [...syllables];
  let at = 0;
  for (const part of parts) {
    if (at < out.length) out[at] = out[at]!.charAt(0).toUpperCase() + out[at]!.slice(1);
    let acc = '';
    while (at < syllables.length && acc.length < part.length) acc += toneless(syllables[at++]!);
    if (acc !== part.replace(/[^a-zü]/g, ''))
      return syllables.map((s, i) => (i === 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s)).join(' ');
  }
  return out.join(' ');
}

export interface NameTools {
  /** Simplified → Traditional characters. */
  traditional(s: string): string;
  /** Tone-marked pinyin of a personal name (surname readings), syllables separated by spaces. */
  pinyin(s: string): string;
  toneless(s: string): string;
}

export function fromHonorees(honorees: Meta['honorees'], tools: NameTools): CuratedEntry[] {
  return honorees.map((h) => ({
    s: h.zh,
    entry: entry(
      h.zh,
      tools.traditional(h.zh),
      nameCase(tools.pinyin(h.zh), h.en, tools.toneless),
      [h.role ? `${h.en} (${h.role.en})` : h.en],
      'name',
    ),
  }));
}
