/**
 * Spaced repetition with FSRS (ts-fsrs): the card state after a rating, what is due, and how
 * long each rating would wait. Pure: "now" is always passed in.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { wordKey, type SavedWord, type Store, type StoredCard } from './schema';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
const GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** Default FSRS parameters, without fuzz so the same review always gives the same interval. */
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
    state: stored.state,
  };
}

function fromCard(card: Card): StoredCard {
  const out: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) out.last_review = card.last_review.toISOString();
  return out;
}

/** The card after rating it at `now` (a new card starts empty). */
export function review(card: StoredCard | undefined, rating: RatingName, now: Date): StoredCard {
  return fromCard(scheduler.next(toCard(card, now), now, GRADE[rating]).card);
}

/** How long each rating would wait before the card is due again, in milliseconds. */
export function intervals(card: StoredCard | undefined, now: Date): Record<RatingName, number> {
  const preview = scheduler.repeat(toCard(card, now), now);
  const out = {} as Record<RatingName, number>;
  for (const r of RATINGS) out[r] = preview[GRADE[r]].card.due.getTime() - now.getTime();
  return out;
}

/** A word never reviewed is new; it is due at once. */
export const isNew = (w: SavedWord) => !w.card;
export const dueAt = (w: SavedWord) => (w.card ? Date.parse(w.card.due) : Date.parse(w.added));

/** Words to review now: cards that have come due (earliest first), then new words (oldest first). */
export function reviewQueue(words: readonly SavedWord[], now: Date): SavedWord[] {
  const t = now.getTime();
  const due = words.filter((w) => w.card && dueAt(w) <= t).sort((a, b) => dueAt(a) - dueAt(b));
  const fresh = words.filter(isNew).sort((a, b) => Date.parse(a.added) - Date.parse(b.added));
  return [...due, ...fresh];
}

export interface Counts {
  /** Reviewed before and due now. */
  due: number;
  /** Never reviewed. */
  fresh: number;
  total: number;
  /** When the next card not yet due comes due (ms since epoch), if any. */
  next?: number;
}

export function counts(words: readonly SavedWord[], now: Date): Counts {
  const t = now.getTime();
  const later = words.filter((w) => w.card && dueAt(w) > t).map(dueAt);
  const out: Counts = {
    due: words.filter((w) => w.card && dueAt(w) <= t).length,
    fresh: words.filter(isNew).length,
    total: words.length,
  };
  if (later.length) out.next = Math.min(...later);
  return out;
}

/** The store after rating one word (by wordKey: its hanzi, unless a practice card) at `now`. */
export function rateWord(store: Store, key: string, rating: RatingName, now: Date): Store {
  if (!store.words.some((w) => wordKey(w) === key)) return store;
  return {
    ...store,
    words: store.words.map((w) => (wordKey(w) === key ? { ...w, card: review(w.card, rating, now) } : w)),
  };
}
