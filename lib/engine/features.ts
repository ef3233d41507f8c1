/**
 * The evidence the engine weighs for each candidate, as named features on a logit scale, and the
 * logistic model that turns them into a confidence. The weights are fitted by
 * scripts/fit-weights.ts on annotated spun text and clean text (cross-validated by passage) and
 * stored in content/lexicon/weights.json; nothing here is tuned by hand.
 */

/** Feature names, in vector order. Ranges are clamped so that one feature cannot run away. */
export const FEATURES = [
  /** Curated logit adjustment of the entry (−6..6). */
  'bias',
  /** Unigram ln P(orig) − ln P(spun), each segmented alone (−4..5). */
  'iso',
  /** ln(spun frequency / 500), 0..4: common words are usually right where they stand. */
  'common',
  /** The spun form is not a word (curated, or in no word list). */
  'nonword',
  /** How many other originals the lexicon knows for this spun form (0..3). */
  'alts',
  /** A curated cue stands next to the candidate. */
  'cue',
  /** Unigram context gain: the window segments better corrected than the words alone (−8..5). */
  'ctx',
  /** The correction joins its neighbours into a word (预锻炼 → 预训练). */
  'fused',
  /** The spun span lies inside (or across) a longer word of its context. */
  'buried',
  /** Bigram language model: ln P(window corrected) − ln P(window as written) (−12..12). */
  'lm',
  /** The same ratio minus the best ratio of the other originals for this span (−12..12). */
  'lmMargin',
  /** The context's part of the ratio: lm minus the ratio of the two forms alone (−8..8). */
  'lmCtx',
  /** Mean of the best lmCtx of the other spans nearby (−4..4): spun text reads better corrected throughout. */
  'evCtx',
  /** Non-words of other forms within the passage radius (0..1, saturating at 3). */
  'evNonword',
  /** Other forms whose correction the language model strongly prefers, nearby (0..1). */
  'evStrong',
  /** A real word with no spinner evidence anywhere near it (clean text looks like this). */
  'wordNoEv',
  /** lm × (how much better the text around reads corrected, 0..1): context counts in spun text. */
  'lmEv',
  /** iso × the same: a rarer spun form counts in spun text. */
  'isoEv',
  /** fused × the context part of the language model's ratio (0..8): 寻常心 → 平常心. */
  'fusedLm',
  /** The original stands elsewhere in the block as written: a spinner's table swaps every occurrence. */
  'origSeen',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as { [K in FeatureName]: number };
export const FEATURE_COUNT = FEATURES.length;

/** [min, max] of each feature (used to bound a candidate's best possible logit early). */
export const FEATURE_RANGE: { [K in FeatureName]: readonly [number, number] } = {
  bias: [-6, 6],
  iso: [-4, 5],
  common: [0, 4],
  nonword: [0, 1],
  alts: [0, 3],
  cue: [0, 1],
  ctx: [-8, 5],
  fused: [0, 1],
  buried: [0, 1],
  lm: [-12, 12],
  lmMargin: [-12, 12],
  lmCtx: [-8, 8],
  evCtx: [-4, 4],
  evNonword: [0, 1],
  evStrong: [0, 1],
  wordNoEv: [0, 1],
  lmEv: [-12, 12],
  isoEv: [-4, 5],
  fusedLm: [0, 8],
  origSeen: [0, 1],
};

export interface Weights {
  format: 'unspun-weights';
  version: 1;
  intercept: number;
  weights: { [K in FeatureName]: number };
  /** Model probability at or above which an eligible candidate enters the certain tier. */
  certain: number;
  /** How the weights were obtained (written by the fitting script). */
  fitted?: Record<string, unknown>;
}

export const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Weight vector in FEATURES order. */
export function weightVector(w: Weights): Float64Array {
  const v = new Float64Array(FEATURE_COUNT);
  FEATURES.forEach((n, i) => {
    const x = w.weights[n];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`weights: ${n} is missing`);
    v[i] = x;
  });
  return v;
}

/** Logit of a feature vector. */
export function logit(f: ArrayLike<number>, w: Float64Array, intercept: number): number {
  let s = intercept;
  for (let k = 0; k < FEATURE_COUNT; k++) s += (w[k] as number) * (f[k] as number);
  return s;
}

/** The largest logit any value of the features in `free` could add (the others fixed in `f`). */
export function bestCase(f: ArrayLike<number>, w: Float64Array, intercept: number, free: readonly number[]) {
  let s = logit(f, w, intercept);
  for (let t = 0; t < free.length; t++) {
    const k = free[t] as number;
    const wk = w[k] as number;
    s += (wk > 0 ? wk * (RANGE_HI[k] as number) : wk * (RANGE_LO[k] as number)) - wk * (f[k] as number);
  }
  return s;
}

/** FEATURE_RANGE in vector order (bestCase runs for every candidate: no lookups by name). */
const RANGE_LO = Float64Array.from(FEATURES, (n) => FEATURE_RANGE[n][0]);
const RANGE_HI = Float64Array.from(FEATURES, (n) => FEATURE_RANGE[n][1]);

/**
 * Starting point before any fit (and the fitting script's initial guess): the old hand-set
 * unigram weights, with the language model and the passage evidence at modest weights.
 */
export const DEFAULT_WEIGHTS: Weights = {
  format: 'unspun-weights',
  version: 1,
  intercept: -2.2,
  weights: {
    bias: 1,
    iso: 0.5,
    common: -0.35,
    nonword: 3,
    alts: 0,
    cue: 3,
    ctx: 0.45,
    fused: 0,
    buried: -1,
    lm: 0.3,
    lmMargin: 0.2,
    lmCtx: 0.3,
    evCtx: 0.5,
    evNonword: 2.2,
    evStrong: 1,
    wordNoEv: -1,
    lmEv: 0,
    isoEv: 0,
    fusedLm: 0,
    origSeen: 0,
  },
  certain: 0.9,
};
