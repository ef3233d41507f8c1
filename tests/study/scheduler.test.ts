import { describe, expect, it } from 'vitest';
import { counts, intervals, rateWord, review, reviewQueue, RATINGS } from '@/lib/study/scheduler';
import { store, T0, words } from './fixtures';

const MIN = 60_000;

describe('FSRS scheduling', () => {
  it.each([
    // rating of a new card → minutes until due, state (1 learning, 2 review)
    ['again', 1, 1],
    ['hard', 6, 1],
    ['good', 10, 1],
  ] as const)('a new card rated %s is due in %i min, in state %i', (rating, minutes, state) => {
    const card = review(undefined, rating, T0);
    expect({
      due: card.due,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      last_review: card.last_review,
    }).toEqual({
      due: new Date(T0.getTime() + minutes * MIN).toISOString(),
      reps: 1,
      lapses: 0,
      state,
      last_review: T0.toISOString(),
    });
  });

  it('a new card rated easy graduates to review, days away', () => {
    const card = review(undefined, 'easy', T0);
    expect(card.state).toBe(2);
    expect(card.reps).toBe(1);
    expect(Date.parse(card.due) - T0.getTime()).toBeGreaterThanOrEqual(24 * 60 * MIN);
  });

  it('a review card rated good moves its due date later, counts the review, keeps lapses', () => {
    const before = words[1]!.card!;
    const after = review(before, 'good', T0);
    expect(after.reps).toBe(before.reps + 1);
    expect(after.lapses).toBe(0);
    expect(after.state).toBe(2);
    expect(Date.parse(after.due)).toBeGreaterThan(T0.getTime() + 2 * 24 * 60 * MIN);
    expect(after.last_review).toBe(T0.toISOString());
  });

  it('a review card rated again lapses and relearns within minutes', () => {
    const after = review(words[1]!.card!, 'again', T0);
    expect({ reps: after.reps, lapses: after.lapses, state: after.state }).toEqual({
      reps: 3,
      lapses: 1,
      state: 3,
    });
    expect(Date.parse(after.due) - T0.getTime()).toBeLessThanOrEqual(10 * MIN);
  });

  it('previews longer waits for better ratings', () => {
    const ms = intervals(words[1]!.card, T0);
    expect(RATINGS.map((r) => ms[r]).every((v, i, a) => i === 0 || v > a[i - 1]!)).toBe(true);
  });

  it('is deterministic (no fuzz)', () => {
    expect(review(words[1]!.card, 'good', T0)).toEqual(review(words[1]!.card, 'good', T0));
  });
});

describe('the review queue', () => {
  it('shows due cards first, then new words', () => {
    expect(reviewQueue(words, T0).map((w) => w.hanzi)).toEqual(['算力', '首席科学家']);
    expect(counts(words, T0)).toEqual({ due: 1, fresh: 1, total: 2 });
  });

  it('after rating, the word leaves the queue until it is due again', () => {
    const after = rateWord(rateWord(store, '算力', 'good', T0), '首席科学家', 'good', T0);
    expect(reviewQueue(after.words, T0).map((w) => w.hanzi)).toEqual([]);
    const c = counts(after.words, T0);
    expect(c).toEqual({ due: 0, fresh: 0, total: 2, next: T0.getTime() + 10 * MIN });
    expect(reviewQueue(after.words, new Date(T0.getTime() + 10 * MIN)).map((w) => w.hanzi)).toEqual([
      '首席科学家',
    ]);
  });

  it('leaves the store alone for a word it does not have', () => {
    expect(rateWord(store, '熊猫', 'good', T0)).toBe(store);
  });
});
