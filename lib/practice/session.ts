/** A practice session: which exercises, in which order, and how the answers score. Pure. */
import { mulberry32, shuffle } from './prng';
import type { Category, Exercise } from './types';

export const SESSION_SIZE = 10;

export interface SessionItem {
  exercise: Exercise;
  /** The four options in the order shown (empty for a clean exercise). */
  options: string[];
}

const pairOf = (e: Exercise) => (e.type === 'swap' ? `${e.spun}→${e.original}` : e.id);

function withOptions(exercises: readonly Exercise[], rng: () => number): SessionItem[] {
  return exercises.map((exercise) => ({
    exercise,
    options: exercise.type === 'swap' ? shuffle(exercise.options, rng) : [],
  }));
}

/**
 * A session of up to `size` exercises from `pool`: mostly swaps, each swap pair at most once, at
 * least one that is not a plain synonym when the pool has one, and about a quarter clean clauses
 * (learners must not learn to suspect every word). Same pool and seed, same session.
 */
export function pickSession(pool: readonly Exercise[], seed: number, size = SESSION_SIZE): SessionItem[] {
  const rng = mulberry32(seed);
  const cleanPool = shuffle(
    pool.filter((e) => e.type === 'clean'),
    rng,
  );
  const swapPool = shuffle(
    pool.filter((e) => e.type === 'swap'),
    rng,
  );
  // Distinct pairs, a rarer kind first.
  const rare = swapPool.find((e) => e.category !== 'synonym');
  const swaps: Exercise[] = [];
  const pairs = new Set<string>();
  for (const e of rare ? [rare, ...swapPool] : swapPool) {
    if (pairs.has(pairOf(e))) continue;
    pairs.add(pairOf(e));
    swaps.push(e);
  }
  const wantClean = size >= 10 ? 2 + Math.floor(rng() * 2) : Math.max(1, Math.round(size / 4));
  const swapCount = Math.min(swaps.length, size - Math.min(wantClean, cleanPool.length));
  // With few swaps, about one clean clause to three swaps; a session is never mostly clean.
  const cleanCount =
    swapCount === 0
      ? 0
      : Math.min(
          cleanPool.length,
          size - swapCount,
          swapCount >= size - wantClean ? wantClean : Math.max(1, Math.round(swapCount / 3)),
        );
  const chosen = [...swaps.slice(0, swapCount), ...cleanPool.slice(0, cleanCount)];
  return withOptions(shuffle(chosen, rng), rng);
}

/** A session of exactly these exercises (the ones missed), in a new order with options reshuffled. */
export function retrySession(exercises: readonly Exercise[], seed: number): SessionItem[] {
  const rng = mulberry32(seed);
  return withOptions(shuffle(exercises, rng), rng);
}

/** Step 1's answer: the index of the token tapped, or "nothing is wrong here". */
export type Spot = number | 'clean';

export function spotIsRight(e: Exercise, spot: Spot): boolean {
  if (e.type === 'clean') return spot === 'clean';
  return spot !== 'clean' && spot >= e.target[0] && spot < e.target[1];
}

export interface Outcome {
  id: string;
  category: Category;
  spotted: boolean;
  /** Whether the original was chosen (swap exercises). */
  chose?: boolean;
  correct: boolean;
}

export function outcome(e: Exercise, spot: Spot, choice?: string): Outcome {
  const spotted = spotIsRight(e, spot);
  if (e.type === 'clean') return { id: e.id, category: 'clean', spotted, correct: spotted };
  const chose = choice === e.original;
  return { id: e.id, category: e.category, spotted, chose, correct: spotted && chose };
}

export const CATEGORY_ORDER: readonly Category[] = [
  'synonym',
  'antonym',
  'idiom',
  'proper-noun',
  'variant',
  'expansion',
  'segmentation',
  'clean',
];

/** Right and total per category, in a fixed order, for the categories the session had. */
export function byCategory(
  outcomes: readonly Outcome[],
): Array<{ category: Category; right: number; total: number }> {
  return CATEGORY_ORDER.map((category) => {
    const of = outcomes.filter((o) => o.category === category);
    return { category, right: of.filter((o) => o.correct).length, total: of.length };
  }).filter((r) => r.total > 0);
}
