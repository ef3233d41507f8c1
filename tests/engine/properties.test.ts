import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFindings, undo, type Engine } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';

let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Not inside a surrogate pair. */
const onBoundary = (s: string, i: number) =>
  i === 0 || i === s.length || !(isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)));

// Spun fragments mixed with arbitrary Unicode (including lone surrogates), so findings occur.
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...'\uD800\uDC00\uDFFF\u0301\uF900👩‍💻'.split('')), maxLength: 4 }),
  fc.constantFrom(
    '首席迷信家',
    '经由过程',
    '预锻炼',
    '大模子',
    '劣势互补',
    '寻常心',
    '經由過程',
    '心跳加快',
    '理解',
    '。',
    '\n',
  ),
);
const text = fc.array(fragment, { maxLength: 12 }).map((a) => a.join(''));

describe('properties over random Unicode', () => {
  it('never throws; offsets are in range, on code point boundaries, and match the text', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, all) => {
        const found = engine.detect(s, { all });
        let last = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(onBoundary(s, f.start) && onBoundary(s, f.end)).toBe(true);
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          last = f.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('apply then undo restores the text exactly', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(undo(applyFindings(s, engine.detect(s, { all: true })))).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});
