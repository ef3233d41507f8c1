/**
 * Findings do not depend on where a text is cut: not on the engine's own blocks (8,192 code
 * points, ending at a line break) nor on the CLI's pieces. Each candidate is measured with the
 * evidence of every neighbour within its radius, wherever the block around it ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLexicon, type Engine, type Finding } from '@/lib/engine';
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

  it('cuts with the lexicon’s longest form, read from the pair files as the compiled lexicon has it', async () => {
    const compiled = compileLexicon(readLexicon(path.join(ROOT, 'content', 'lexicon')).files).entries;
    const longest = Math.max(...compiled.flatMap((e) => [[...e.spun].length, [...e.orig].length]));
    expect(await longestForm(ROOT)).toBe(longest);
  });
});
