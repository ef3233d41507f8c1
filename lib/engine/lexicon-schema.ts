/**
 * The lexicon's file format, its validator and its compiler into engine entries.
 * Pure: callers read the files and pass parsed JSON in.
 */
import { z } from 'zod';
import { KINDS, type EngineEntry, type Kind } from './types';

const HAN = /^[\p{Script=Han}〇]+$/u;

const hanForm = z
  .string()
  .min(1)
  .max(16)
  .regex(HAN, { message: 'must be Han characters only' })
  .refine((s) => s === s.normalize('NFC'), { message: 'must be NFC-normalised' });

const contextList = z.array(z.string().min(1).max(16)).min(1);

const contextSchema = z
  .object({
    before: contextList.optional(),
    notBefore: contextList.optional(),
    after: contextList.optional(),
    notAfter: contextList.optional(),
  })
  .strict();

const cuesSchema = z.object({ before: contextList.optional(), after: contextList.optional() }).strict();

export const lexiconEntrySchema = z
  .object({
    /** The form as the spinner left it (Simplified). */
    spun: hanForm,
    /** What was written before spinning. */
    orig: hanForm,
    kind: z.enum(KINDS).optional(),
    /** Where the pair comes from. Defaults to the file's `defaults.provenance`. */
    provenance: z.string().min(1).optional(),
    /** Also add the reverse pair (the spinner's table is applied both ways). */
    both: z.boolean().optional(),
    /** The curator asserts the spun form is not a word of modern prose. */
    certain: z.boolean().optional(),
    /** Logit adjustment: negative for spun forms that are usually correct where found. */
    bias: z.number().min(-6).max(6).optional(),
    context: contextSchema.optional(),
    cues: cuesSchema.optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((e) => e.spun !== e.orig, { message: 'spun and orig must differ', path: ['orig'] });

export const lexiconFileSchema = z
  .object({
    family: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a lowercase slug (a-z, 0-9, -)' }),
    description: z.string().min(1),
    defaults: z.object({ kind: z.enum(KINDS), provenance: z.string().min(1) }).strict(),
    entries: z.array(lexiconEntrySchema).min(1),
  })
  .strict();

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** The curated word list that supplements the frequency model with modern vocabulary. */
export const wordListSchema = z
  .object({
    description: z.string().min(1),
    provenance: z.string().min(1),
    /** [word, frequency on the scale of jieba's dict.txt]. */
    words: z.array(z.tuple([hanForm, z.number().int().min(1).max(1_000_000)])).min(1),
  })
  .strict();
export type WordList = z.infer<typeof wordListSchema>;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(root)' : out;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validate parsed JSON; every error names the file and the field, all errors at once. */
export function validateWith<T>(schema: z.ZodType<T>, file: string, json: unknown): Validated<T> {
  const r = schema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`),
  };
}

export function validateLexiconFile(file: string, json: unknown): Validated<LexiconFile> {
  return validateWith(lexiconFileSchema, file, json);
}

export interface CompiledLexicon {
  entries: EngineEntry[];
  provenance: string[];
  errors: string[];
}

/**
 * Expand `both`, apply file defaults and check pairs across files (a pair may appear once).
 * Files are `[name, validated file]`, in a stable order.
 */
export function compileLexicon(files: ReadonlyArray<readonly [string, LexiconFile]>): CompiledLexicon {
  const entries: EngineEntry[] = [];
  const provenance: string[] = [];
  const provIndex = new Map<string, number>();
  const seen = new Map<string, string>();
  const errors: string[] = [];
  const prov = (s: string): number => {
    let i = provIndex.get(s);
    if (i === undefined) {
      i = provenance.length;
      provenance.push(s);
      provIndex.set(s, i);
    }
    return i;
  };
  const add = (
    where: string,
    family: string,
    spun: string,
    orig: string,
    kind: Kind,
    p: string,
    e: LexiconEntry,
    reverse: boolean,
  ) => {
    const key = `${spun}\u0000${orig}`;
    const before = seen.get(key);
    if (before !== undefined) {
      // An explicit entry wins over a generated reverse pair; two explicit entries clash.
      if (!reverse) errors.push(`${where}: duplicate pair ${spun}→${orig} (first at ${before})`);
      return;
    }
    seen.set(key, where);
    const out: EngineEntry = { spun, orig, kind, rule: `${family}/${spun}→${orig}`, p: prov(p) };
    if (!reverse) {
      if (e.certain) out.certain = true;
      if (e.bias !== undefined) out.bias = e.bias;
      if (e.context) out.context = e.context;
      if (e.cues) out.cues = e.cues;
    } else {
      // A reverse pair turns a (usually rarer) word back into a common one: only a hint
      // unless context strongly supports it.
      out.bias = -1;
    }
    entries.push(out);
  };
  // Explicit entries first, so that they take precedence over generated reverses.
  for (const [name, f] of files) {
    f.entries.forEach((e, i) => {
      add(
        `${name}: entries[${i}]`,
        f.family,
        e.spun,
        e.orig,
        e.kind ?? f.defaults.kind,
        e.provenance ?? f.defaults.provenance,
        e,
        false,
      );
    });
  }
  for (const [name, f] of files) {
    f.entries.forEach((e, i) => {
      if (!e.both) return;
      const p = `family: ${e.orig}/${e.spun} table both directions (${e.provenance ?? f.defaults.provenance})`;
      add(
        `${name}: entries[${i}] (reverse)`,
        f.family,
        e.orig,
        e.spun,
        e.kind ?? f.defaults.kind,
        p,
        e,
        true,
      );
    });
  }
  // A replacement must keep every character that was not substituted: 供给了→提供 would drop 了.
  for (const e of entries) {
    if (e.kind === 'expansion' || e.kind === 'idiom') continue;
    const particle = KEPT_PARTICLES.find((x) => e.spun.endsWith(x) && [...e.spun].length > 2);
    if (particle !== undefined && !e.orig.endsWith(particle))
      errors.push(
        `${seen.get(`${e.spun}\u0000${e.orig}`)}: ${e.spun}→${e.orig} drops “${particle}”: a replacement must keep every character that was not substituted (write ${e.spun}→${e.orig}${particle})`,
      );
  }
  return { entries, provenance, errors };
}

/** Grammatical particles a spinner never substitutes: an entry whose spun form ends in one must keep it. */
const KEPT_PARTICLES = ['了', '着', '给', '的'];
