/**
 * Findings do not depend on where a text is cut: not on the engine's own blocks (8,192 code
 * points, ending at a line break) nor on the CLI's pieces. Each candidate is measured with the
 * evidence of every neighbour within its radius, wherever the block around it ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { compileLexicon, type Engine, type Finding } from '@/lib/engine';
import { isHan } from '@/lib/engine/text';
import { loadEngine, readLexicon } from '@/lib/lexicon';
import { detectLong, longestForm, overlapUnits } from '@/scripts/lib/despin/pieces';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const seed = fs.readFileSync(path.join(ROOT, 'content', 'articles', 'tr35-china', 'source.txt'), 'utf8');
/** About 40,000 code points of spun text in short and long paragraphs: several engine blocks. */
const text = Array.from({ length: 16 }, (_, k) => (k % 3 === 0 ? seed.replace(/\n/g, '') : seed)).join('\n');
const key = (fs: Finding[], shift = 0) =>
  fs.map(
    (f) => `${f.start - shift}-${f.end - shift} ${f.text}→${f.replacement} ${f.confidence} ${f.evidence}`,
  );

let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

describe('findings wherever the text is cut', () => {
  it('are the same when the engine’s blocks fall elsewhere (lines without Han before the text)', () => {
    const whole = key(engine.detect(text));
    expect(whole.length).toBeGreaterThan(500);
    for (const lines of [1, 37, 140]) {
      const before = 'Lines before the text move every block boundary.\n'.repeat(lines);
      expect(key(engine.detect(before + text), before.length)).toEqual(whole);
    }
  });

  it('are the same from the CLI’s pieces, whatever their size, as from the whole text', async () => {
    const overlap = await overlapUnits();
    for (const opts of [{}, { all: true }]) {
      const whole = key(engine.detect(text, opts));
      for (const size of [3_000, 11_111, 32_768])
        expect(key(detectLong(engine, text, opts, overlap, size))).toEqual(whole);
    }
  });

  it('a range gives the whole text’s findings that start in it, and searches only around it', () => {
    const trad = Converter({ from: 'cn', to: 'tw' })(seed);
    for (const [t, opts] of [
      [text, {}],
      [text, { all: true }],
      [`𠀀${trad}𠀀${trad}`, {}],
    ] as const) {
      const whole = engine.detect(t, opts);
      const n = t.length;
      for (const [start, end] of [
        [0, n],
        [0, 0],
        [1, 2_000],
        [777, Math.floor(n / 3)],
        [Math.floor(n / 2), Math.floor(n / 2) + 1],
        [n - 500, n],
      ] as Array<[number, number]>) {
        const want = whole.filter((f) => f.start >= start && f.start < end);
        expect(key(engine.detect(t, { ...opts, range: { start, end } }))).toEqual(key(want));
      }
    }
    // Ranges that begin or end inside a finding: a shorter candidate there must not win.
    const whole = engine.detect(seed, { all: true });
    let inside = 0;
    for (const f of whole.filter((f) => f.end - f.start > 2)) {
      for (const [start, end] of [
        [f.start + 1, f.end + 3],
        [f.start - 3, f.start + 1],
      ] as Array<[number, number]>) {
        const got = engine.detect(seed, { all: true, range: { start, end } });
        const want = whole.filter((g) => g.start >= start && g.start < end);
        expect(key(got)).toEqual(key(want));
        inside++;
      }
    }
    expect(inside).toBeGreaterThan(20);
  });

  it('a range that is not within the text is refused with a clear message', () => {
    for (const range of [
      { start: -1, end: 3 },
      { start: 5, end: 2 },
      { start: 0, end: 8 },
      { start: 0.5, end: 2 },
      null,
    ])
      expect(() => engine.detect('他是首席迷信家', { range: range as never })).toThrow(
        /range must be \{start, end\} with 0 ≤ start ≤ end ≤ 7/,
      );
  });

  it('every lexicon form is Han throughout (a range is widened to the nearest character that is not)', () => {
    const compiled = compileLexicon(readLexicon(path.join(ROOT, 'content', 'lexicon')).files).entries;
    for (const e of compiled)
      for (const form of [e.spun, e.orig])
        for (const ch of form) expect(isHan(ch.codePointAt(0) as number), `${form}`).toBe(true);
  });

  it('cuts with the lexicon’s longest form, read from the pair files as the compiled lexicon has it', async () => {
    const compiled = compileLexicon(readLexicon(path.join(ROOT, 'content', 'lexicon')).files).entries;
    const longest = Math.max(...compiled.flatMap((e) => [[...e.spun].length, [...e.orig].length]));
    expect(await longestForm(ROOT)).toBe(longest);
  });
});
