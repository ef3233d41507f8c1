import { describe, expect, it } from 'vitest';
import {
  buildEngineData,
  createEngine,
  DEFAULT_WEIGHTS,
  decodeLanguageModel,
  encodeLanguageModel,
  FEATURES,
  type EngineEntry,
  type Weights,
} from '@/lib/engine';
import { ORIG_RADIUS } from '@/lib/engine/candidates';

/** Small hand-made data: a jieba-style dictionary, three entries, and a bigram model. */
const dictText = [
  '过去 500',
  '以前 500',
  '曩昔 1',
  '我们 900',
  '咱们 100',
  '时代 300',
  '见过 50',
  '的 5000',
].join('\n');
const entries: EngineEntry[] = [
  { spun: '曩昔', orig: '过去', kind: 'synonym', rule: 't/曩昔→过去', p: 0 },
  { spun: '曩昔', orig: '以前', kind: 'synonym', rule: 't/曩昔→以前', p: 0 },
  { spun: '咱们', orig: '我们', kind: 'synonym', rule: 't/咱们→我们', p: 0 },
];
const words = ['<s>', '过去', '以前', '曩昔', '我们', '咱们', '时代', '见过', '的'];
const ln = Math.log;
const lm = decodeLanguageModel(
  encodeLanguageModel({
    words,
    unigrams: words.map((w) => [ln(w === '曩昔' ? 1e-3 : 0.05), 0] as const),
    // 过去 goes with 时代, 以前 with 见过.
    bigrams: [
      [1, 6, ln(0.5)],
      [7, 2, ln(0.5)],
      [4, 8, ln(0.5)], // 我们的 reads better than 咱们的
    ],
  }),
);
const data = buildEngineData({
  words: { dictText },
  entries,
  provenance: ['test'],
  t2s: '',
  simplifiedOnly: '',
});

/** Weights that only listen to the language model (so the tests pin the mechanism, not a fit). */
const lmOnly: Weights = {
  ...DEFAULT_WEIGHTS,
  intercept: -1,
  weights: Object.fromEntries(FEATURES.map((n) => [n, n === 'lm' ? 1 : 0])) as Weights['weights'],
};

describe('engine steps on hand-made data', () => {
  const engine = createEngine(data, { lm });

  it('inspect lists every candidate of a span with its features', () => {
    const c = engine.inspect('曩昔时代');
    expect(c.map((x) => x.orig).sort()).toEqual(['以前', '过去']);
    const past = c.find((x) => x.orig === '过去')!;
    const before = c.find((x) => x.orig === '以前')!;
    expect(past.features.alts).toBe(1);
    expect(past.features.nonword).toBe(0); // 曩昔 is in the dictionary
    // The bigram 过去→时代 makes 过去 the better original here, by the margin feature too.
    expect(past.features.lm).toBeGreaterThan(before.features.lm);
    expect(past.features.lmMargin).toBeCloseTo(past.features.lm - before.features.lm, 6);
  });

  it('the language model picks the original that fits the context (one spun form, two originals)', () => {
    expect(engine.detect('曩昔时代', { weights: lmOnly }).map((f) => f.replacement)).toEqual(['过去']);
    expect(engine.detect('见过曩昔', { weights: lmOnly }).map((f) => f.replacement)).toEqual(['以前']);
  });

  it('another original that also reads well is offered beside the chosen one, and only then', () => {
    const [past, before] = ['过去', '以前'].map((o) => engine.inspect('曩昔时代').find((x) => x.orig === o)!);
    const lmPast = past!.features.lm;
    const lmBefore = before!.features.lm;
    expect(lmPast).toBeGreaterThan(lmBefore + 0.5);
    const at = (intercept: number): Weights => ({ ...lmOnly, intercept });
    // Both above the recommended level (p = σ(lm + intercept)): the other is the alternative.
    const both = engine.detect('曩昔时代', { weights: at(0.5 - lmBefore) });
    expect(both.map((f) => [f.replacement, f.alternatives])).toEqual([['过去', ['以前']]]);
    // The other below it: none (and the field is absent, not empty).
    const one = engine.detect('曩昔时代', { weights: at(-(lmPast + lmBefore) / 2) });
    expect(one.map((f) => f.replacement)).toEqual(['过去']);
    expect(one[0]).not.toHaveProperty('alternatives');
    // A higher floor asked for applies to the alternatives too; the hint tier does not lower it.
    // (过去 reads σ(lmPast − lmBefore + 0.5) > 0.7, 以前 σ(0.5) ≈ 0.62.)
    // A weight on passage evidence the text lacks keeps 以前 from being pruned before it is weighed
    // (its best case could reach the floor), so the floor itself must keep it out.
    const loose: Weights = { ...at(0.5 - lmBefore), weights: { ...lmOnly.weights, evNonword: 1 } };
    const strict = engine.detect('曩昔时代', { weights: loose, minConfidence: 0.7 });
    expect(strict.map((f) => f.replacement)).toEqual(['过去']);
    expect(strict[0]).not.toHaveProperty('alternatives');
    const hints = engine.detect('曩昔时代', { weights: at(-(lmPast + lmBefore) / 2), all: true });
    expect(hints.map((f) => f.replacement)).toEqual(['过去']);
    expect(hints[0]).not.toHaveProperty('alternatives');
    // A span with one original has none.
    const one2 = engine.detect('咱们的', { weights: at(5) });
    expect(one2.map((f) => f.replacement)).toEqual(['我们']);
    expect(one2[0]).not.toHaveProperty('alternatives');
  });

  it('a form is never evidence for its own other occurrences', () => {
    const once = engine.inspect('咱们的').find((x) => x.spun === '咱们')!;
    const twice = engine.inspect('咱们的咱们的').filter((x) => x.spun === '咱们');
    // Each occurrence would be evidence (it reads better corrected in context)…
    expect(twice.every((c) => c.features.lmCtx > 0)).toBe(true);
    // …but not for the other occurrence of the same form,
    for (const c of twice) expect(c.features.evCtx).toBe(once.features.evCtx);
    // while another form nearby does count.
    const mixed = engine.inspect('曩昔时代咱们的').find((x) => x.spun === '咱们')!;
    expect(mixed.features.evCtx).not.toBe(once.features.evCtx);
  });

  it('an original standing as written nearby counts against the candidate (a spinner swaps every occurrence)', () => {
    const seen = (text: string) => engine.inspect(text).find((x) => x.spun === '咱们')!.features.origSeen;
    expect(seen('咱们的')).toBe(0);
    expect(seen('我们的咱们的')).toBe(1); // before it
    expect(seen('咱们的，我们')).toBe(1); // after it
    // Beyond ORIG_RADIUS it does not count; the span itself never does.
    expect(seen(`我们${'。'.repeat(ORIG_RADIUS + 2)}咱们的`)).toBe(0);
    expect(seen(`我们${'。'.repeat(ORIG_RADIUS - 10)}咱们的`)).toBe(1);
  });

  it('the weights decide: without language-model weight nothing passes the default threshold', () => {
    const silent: Weights = { ...lmOnly, weights: { ...lmOnly.weights, lm: 0 } };
    expect(engine.detect('曩昔时代', { weights: silent })).toEqual([]);
    expect(engine.detect('曩昔时代', { weights: silent, minConfidence: 0 }).length).toBe(1);
  });

  it('without a language model the lm features are 0', () => {
    const plain = createEngine(data);
    expect(plain.info.lmWords).toBe(0);
    expect(plain.inspect('曩昔时代').every((c) => c.features.lm === 0)).toBe(true);
  });
});
