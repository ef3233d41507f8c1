import { z } from 'zod';
import { routing, type Locale } from '../../i18n/routing';
import { KINDS, type Kind } from '../kinds';

/** Schemas for the files of one article folder (see content/README.md). */

/**
 * Reader-facing text in every UI language of i18n/routing.ts: adding a locale there makes
 * validation name each title, summary, note and explanation that lacks it.
 */
const bilingual = z
  .object(Object.fromEntries(routing.locales.map((l) => [l, z.string().min(1)])) as Record<Locale, z.ZodString>)
  .strict();

export const metaSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    title: bilingual,
    summary: bilingual,
    outlet: bilingual,
    publishedIn: bilingual.optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    honorees: z
      .array(z.object({ zh: z.string().min(1), en: z.string().min(1), role: bilingual.optional() }).strict())
      .default([]),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    note: bilingual.optional(),
    published: z.boolean().default(true),
  })
  .strict();

export const sentenceKinds = ['prose', 'heading', 'caption', 'residue'] as const;
export type SentenceKind = (typeof sentenceKinds)[number];

export const sentenceSchema = z
  .object({
    id: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    paragraph: z.number().int().nonnegative(),
    kind: z.enum(sentenceKinds),
    zh: z.string().min(1),
    en: z.string().min(1).optional(),
    note: bilingual.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'residue' && s.en) ctx.addIssue({ code: 'custom', path: ['en'], message: 'page residue is not glossed; remove en' });
    if (s.kind !== 'residue' && !s.en) ctx.addIssue({ code: 'custom', path: ['en'], message: `required for a ${s.kind} sentence` });
  });
export const sentencesSchema = z.array(sentenceSchema).min(1);

/** Correction kinds: the one vocabulary shared with the engine (lib/kinds.ts). */
export const correctionKinds = KINDS;
export type CorrectionKind = Kind;
export const confidences = ['certain', 'likely'] as const;
export type Confidence = (typeof confidences)[number];

export const correctionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    from: z.string().min(1),
    to: z.string(),
    kind: z.enum(correctionKinds),
    confidence: z.enum(confidences),
    explanation: bilingual,
  })
  .strict();
export const correctionsSchema = z.array(correctionSchema);

export const termKinds = ['domain', 'idiom', 'name', 'phrase'] as const;
export type TermKind = (typeof termKinds)[number];
export const termSchema = z
  .object({
    hanzi: z.string().min(1),
    traditional: z.string().min(1),
    pinyin: z.string().min(1),
    en: z.string().min(1),
    kind: z.enum(termKinds),
    note: bilingual,
    sentence: z.number().int().positive(),
    garbled: z.string().min(1).optional(),
    source: z.string().min(1),
  })
  .strict();
export const termsSchema = z.array(termSchema);

export type Meta = z.infer<typeof metaSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Term = z.infer<typeof termSchema>;
export type Bilingual = z.infer<typeof bilingual>;
