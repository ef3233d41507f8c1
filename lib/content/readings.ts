/**
 * Curated readings: the pinyin of words and phrases that pinyin-pro reads wrong in context
 * (量级 liàng jí, 更好地 gèng hǎo de, 称之为 chēng zhī wéi), kept in content/readings/*.json, each
 * with its provenance. The annotator reads pinyin with pinyin-pro first, then applies these
 * readings wherever the curated word stands as whole words of the segmentation (see
 * `applyReadings`). Schema and application are pure; `readReadings` reads the files (Node only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from './load-core';

const HAN = /\p{Script=Han}/gu;
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/;

export const readingSchema = z
  .object({
    word: z.string().regex(/^\p{Script=Han}{2,}$/u, 'must be two or more Han characters (a single character has no context to read)'),
    pinyin: z.string().min(1),
    source: z.string().min(10, 'say where the reading comes from (a dictionary, a usage note)'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const syllables = r.pinyin.split(' ');
    const chars = r.word.match(HAN)?.length ?? 0;
    if (syllables.length !== chars)
      ctx.addIssue({ code: 'custom', path: ['pinyin'], message: `${syllables.length} syllable(s) for ${chars} character(s); one tone-marked syllable per character, separated by spaces` });
    const bad = syllables.find((s) => !SYLLABLE.test(s));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', path: ['pinyin'], message: `"${bad}" is not a lower-case tone-marked syllable` });
  });
export const readingsSchema = z.array(readingSchema);
export type Reading = z.infer<typeof readingSchema>;

export const READINGS_DIR = path.join(process.cwd(), 'content', 'readings');

/** Every curated reading under `dir` (all *.json files), validated; throws a ContentError naming each file and entry at fault, and words curated twice. */
export function readReadings(dir = READINGS_DIR): Reading[] {
  const problems: string[] = [];
  const out: Reading[] = [];
  const seen = new Map<string, string>();
  // Read at build time only; tell the bundler not to trace a path that could be anything.
  for (const name of readdirSync(/* turbopackIgnore: true */ dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = path.join(/* turbopackIgnore: true */ dir, name);
    const shown = path.relative(process.cwd(), file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
    } catch (e) {
      problems.push(`${shown}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = readingsSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`${shown}: ${i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}: ${i.message}`);
      continue;
    }
    parsed.data.forEach((r, i) => {
      const other = seen.get(r.word);
      if (other) problems.push(`${shown}: [${i}].word: ${r.word} is already curated in ${other}`);
      else seen.set(r.word, `${shown} [${i}]`);
      out.push(r);
    });
  }
  if (problems.length) throw new ContentError(problems);
  return out;
}

/**
 * Apply curated readings to `syllables` (the pinyin of each UTF-16 index of `text`, '' for
 * non-Han), in place. A reading applies where its word occurs and does not cut across a word of
 * the segmentation (`starts`: the start offset of each token, ascending): either it begins and
 * ends on token boundaries (应|选择, 更好|地) or one token holds it (量级 in 数量级). So 家当
 * (jiā dàng, belongings) is read in 学术和家当的桥梁 but not in 国家|当前 or 大家|当然, and
 * 更好地 not in 更好|地区. pinyin-pro's own customPinyin cannot tell these apart: it forces a
 * custom word wherever its characters occur. Returns the indexes it changed or confirmed.
 */
export function applyReadings(text: string, syllables: string[], starts: readonly number[], readings: readonly Reading[]): Set<number> {
  const touched = new Set<number>();
  if (!readings.length) return touched;
  const boundary = new Set(starts);
  boundary.add(text.length);
  /** The start of the token holding index `i`. */
  const tokenStart = (i: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo] ?? 0;
  };
  for (const r of readings) {
    const py = r.pinyin.split(' ');
    for (let at = text.indexOf(r.word); at >= 0; at = text.indexOf(r.word, at + 1)) {
      const end = at + r.word.length;
      const aligned = boundary.has(at) && boundary.has(end);
      const inOne = tokenStart(at) === tokenStart(end - 1);
      if (!aligned && !inOne) continue;
      let k = 0;
      for (let i = at; i < end; i++) {
        if (!syllables[i]) continue; // the second half of a surrogate pair
        syllables[i] = py[k++]!;
        touched.add(i);
      }
    }
  }
  return touched;
}
