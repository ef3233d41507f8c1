/**
 * "My words": the learner's saved words and their review state, as kept in localStorage and in
 * exported files. Versioned; validated with zod on every read (zod/mini keeps the article page's
 * JavaScript small). Plain data: dates are ISO strings.
 */
import * as z from 'zod/mini';

export { BACKUP_PREFIX, STORE_KEY } from './keys';
export const STORE_VERSION = 1;
export const EXPORT_FORMAT = 'unspun-words';

const isoDate = z.iso.datetime();
const count = z.int().check(z.minimum(0));

/** FSRS state of a card (ts-fsrs's Card with dates as strings); absent until the first review. */
export const cardSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(isoDate),
});
export type StoredCard = z.infer<typeof cardSchema>;

export const sentenceSchema = z.object({
  /** The sentence as corrected, Simplified. */
  zh: z.string(),
  en: z.optional(z.string()),
  /** Where it occurs, e.g. "/en/articles/tr35-china#s-7". */
  href: z.optional(z.string()),
});

export const wordSchema = z.object({
  /** The corrected form, Simplified: also the word's identity. */
  hanzi: z.string().check(z.minLength(1)),
  traditional: z.optional(z.string()),
  pinyin: z.string(),
  en: z.string(),
  sentence: z.optional(sentenceSchema),
  added: isoDate,
  card: z.optional(cardSchema),
});
export type SavedWord = z.infer<typeof wordSchema>;

const uniqueWords = z.array(wordSchema).check(
  z.refine((ws) => new Set(ws.map((w) => w.hanzi)).size === ws.length, {
    message: 'each word may appear only once',
  }),
);

export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  words: uniqueWords,
});
export type Store = z.infer<typeof storeSchema>;

/** An exported progress file: the store plus what it is and when it was written. */
export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(STORE_VERSION),
  exported: isoDate,
  words: uniqueWords,
});
export type ExportFile = z.infer<typeof exportSchema>;

export const emptyStore = (): Store => ({ version: STORE_VERSION, words: [] });

/** "words[2].card.due: Invalid ISO datetime" for the first problem zod found. */
export function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const i = error.issues[0];
  if (!i) return '';
  const where = i.path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );
  return where ? `${where}: ${i.message}` : i.message;
}
