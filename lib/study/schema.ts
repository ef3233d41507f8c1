/**
 * "My words": the learner's saved words and their review state, as kept in localStorage and in
 * exported files. Versioned; validated with zod on every read (zod/mini keeps the article page's
 * JavaScript small). Plain data: dates are ISO strings.
 */
import * as z from 'zod/mini';

export { BACKUP_PREFIX, STORE_KEY } from './keys';
/** 2: words may be a practice card (`swap`), and the store keeps practice sessions (`practice`). */
export const STORE_VERSION = 2;
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

/**
 * A card made from a missed practice exercise: the front is the phrase as the spinner published
 * it, the back the original (the word's `hanzi`) with its explanation (`en`, and `zh`).
 */
export const swapSchema = z
  .object({
    /** The phrase as published (首席迷信家). */
    published: z.string().check(z.minLength(1)),
    /** The spun span (迷信) and the original it replaced (科学). */
    spun: z.string().check(z.minLength(1)),
    original: z.string().check(z.minLength(1)),
    /** Where the span starts in both phrases. */
    at: count,
    kind: z.string(),
    /** The explanation in Chinese, where there is one (`en` holds the English). */
    zh: z.optional(z.string()),
  })
  .check(
    z.refine((s) => s.published.slice(s.at, s.at + s.spun.length) === s.spun, {
      message: 'spun must stand at `at` in published',
    }),
  );
export type Swap = z.infer<typeof swapSchema>;

export const wordSchema = z.object({
  /** The corrected form, Simplified: the word's identity (with `swap.published` for a practice card). */
  hanzi: z.string().check(z.minLength(1)),
  traditional: z.optional(z.string()),
  pinyin: z.string(),
  en: z.string(),
  sentence: z.optional(sentenceSchema),
  added: isoDate,
  card: z.optional(cardSchema),
  swap: z.optional(swapSchema),
});
export type SavedWord = z.infer<typeof wordSchema>;

/** A word's identity: its form; for a practice card, the phrase as published and as corrected. */
export const wordKey = (w: Pick<SavedWord, 'hanzi' | 'swap'>) =>
  w.swap ? `${w.swap.published}→${w.hanzi}` : w.hanzi;

const uniqueWords = z.array(wordSchema).check(
  z.refine((ws) => new Set(ws.map(wordKey)).size === ws.length, {
    message: 'each word may appear only once',
  }),
);

/** One finished practice session. */
export const practiceRecordSchema = z.object({
  /** What was practised: an article's slug, or "check" for the user's own text. */
  source: z.string().check(z.minLength(1)),
  at: isoDate,
  right: count,
  total: count,
});
export type PracticeRecord = z.infer<typeof practiceRecordSchema>;

export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  words: uniqueWords,
  /** Finished practice sessions, oldest first (the last PRACTICE_KEEP). */
  practice: z.optional(z.array(practiceRecordSchema)),
});
export type Store = z.infer<typeof storeSchema>;

/** An exported progress file: the store plus what it is and when it was written. */
export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(STORE_VERSION),
  exported: isoDate,
  words: uniqueWords,
  practice: z.optional(z.array(practiceRecordSchema)),
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
