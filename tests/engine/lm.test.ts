import { describe, expect, it } from 'vitest';
import { decodeLanguageModel, encodeLanguageModel, type LmSource } from '@/lib/engine';
import { LM_UNKNOWN } from '@/lib/engine/lm';

const cps = (s: string) => Int32Array.from(Array.from(s, (c) => c.codePointAt(0) as number));
const ln = Math.log;

/** A tiny hand-made model: 科学家 is a word, 科学 and 家 too; 首席 → 科学家 is a seen bigram. */
const src: LmSource = {
  words: ['<s>', '首席', '科学', '家', '科学家', '迷信', '首', '席'],
  unigrams: [
    [ln(0.01), 0],
    [ln(0.05), ln(0.5)],
    [ln(0.1), ln(0.4)],
    [ln(0.1), ln(1)],
    [ln(0.05), ln(1)],
    [ln(0.02), ln(1)],
    [ln(0.01), ln(1)],
    [ln(0.01), ln(1)],
  ],
  bigrams: [
    [1, 4, ln(0.6)],
    [2, 3, ln(0.2)],
  ],
};

describe('language model', () => {
  const lm = decodeLanguageModel(encodeLanguageModel(src));

  it('round-trips its vocabulary and probabilities through the binary format', () => {
    expect(lm.size).toBe(8);
    expect(lm.bigrams).toBe(2);
    expect(lm.id('科学家')).toBe(4);
    expect(lm.id('物理')).toBe(-1);
    expect(lm.logP(-1, 4)).toBeCloseTo(ln(0.05), 6);
    expect(lm.logP(1, 4)).toBeCloseTo(ln(0.6), 3); // seen bigram (quantised)
    expect(lm.logP(1, 5)).toBeCloseTo(ln(0.5) + ln(0.02), 6); // back-off: bow(首席) · P(迷信)
  });

  it('scores the best segmentation with bigrams and back-off', () => {
    // 首席|科学家: P(首席) · P(科学家 | 首席) beats 首席|科学|家.
    expect(lm.score(cps('首席科学家'), 0, 5)).toBeCloseTo(ln(0.05) + ln(0.6), 3);
    // 首席|迷信|家: only back-off.
    expect(lm.score(cps('首席迷信家'), 0, 5)).toBeCloseTo(ln(0.05) + ln(0.5) + ln(0.02) + ln(0.1), 3);
    expect(lm.score(cps('首席科学家'), 0, 5)).toBeGreaterThan(lm.score(cps('首席迷信家'), 0, 5));
  });

  it('charges an unknown character and restarts the history after it', () => {
    expect(lm.score(cps('首席X科学家'), 0, 6)).toBeCloseTo(ln(0.05) + LM_UNKNOWN + ln(0.05), 3);
  });

  it('scores a slice of a longer buffer', () => {
    const buf = cps('迷信首席科学家迷信');
    expect(lm.score(buf, 2, 7)).toBeCloseTo(lm.score(cps('首席科学家'), 0, 5), 9);
  });

  it('refuses data that is not a model, with a clear message', () => {
    expect(() => decodeLanguageModel(new Uint8Array(32))).toThrow(/bad magic/);
    const bytes = encodeLanguageModel(src);
    expect(() => decodeLanguageModel(bytes.subarray(0, bytes.length - 4))).toThrow(/expected \d+ bytes/);
  });
});
