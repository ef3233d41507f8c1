/**
 * Speed work must not change what the engine finds: the language model read from shared memory
 * (what the CLI's worker threads get) gives the same findings as the one read from its file, and
 * the word and language models, which resume after the prefix a window shares with the one
 * before, give the same score whatever came before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLanguageModel, encodeLanguageModel } from '@/lib/engine';
import { createWordModel } from '@/lib/engine/words';
import { loadEngine } from '@/lib/lexicon';
import { readShared } from '@/scripts/lib/despin/pool';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LM = path.join(ROOT, 'content/lm/open-gram-bigram.bin');
const cps = (s: string) => Int32Array.from(Array.from(s, (c) => c.codePointAt(0) as number));

describe('the language model in shared memory', () => {
  it('reads the file into a SharedArrayBuffer, byte for byte, and null for a missing file', () => {
    const bytes = readShared(LM);
    expect(bytes?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(bytes as Uint8Array).equals(fs.readFileSync(LM))).toBe(true);
    expect(readShared(path.join(ROOT, 'no-such-model.bin'))).toBeNull();
  });

  it('gives the engine the same findings as the file', () => {
    const text = fs.readFileSync(path.join(ROOT, 'content/articles/tr35-china/source.txt'), 'utf8');
    const shared = loadEngine({ lmBytes: readShared(LM) as Uint8Array });
    const own = loadEngine();
    const all = { all: true };
    expect(shared.detect(text, all)).toEqual(own.detect(text, all));
    expect(shared.detect(text, all).length).toBeGreaterThan(50);
  }, 120_000);
});

describe('scores resume after a shared prefix', () => {
  const lm = decodeLanguageModel(
    encodeLanguageModel({
      words: ['<s>', '大', '模型', '大模型', '训练', '模', '型', '子'],
      unigrams: [
        [-1, 0],
        [-3, -0.5],
        [-4, -0.4],
        [-5, -0.3],
        [-4, -0.2],
        [-6, 0],
        [-6, 0],
        [-6, 0],
      ],
      bigrams: [
        [3, 4, -0.5],
        [1, 2, -1],
        [2, 4, -1.5],
      ],
    }),
  );
  const windows = [
    '大模型训练',
    '大模子训练',
    '大模型',
    '大模',
    '大模型的训练',
    '的大模型',
    '子大模型',
    '大模型训练子',
  ];

  it('language model: each window scores alike after any other and on its own', () => {
    const alone = windows.map((w) => {
      lm.score(cps('训'), 0, 1); // nothing shared with any window
      return lm.score(cps(w), 0, [...w].length);
    });
    for (const [k, w] of windows.entries()) {
      for (const before of windows) {
        lm.score(cps(before), 0, [...before].length);
        expect(lm.score(cps(w), 0, [...w].length), `${w} after ${before}`).toBe(alone[k]);
      }
    }
    expect(alone[0]).toBeGreaterThan(alone[1] as number); // the model prefers the real word
  });

  it('word model: same cost and same segmentation after any other window', () => {
    const words = createWordModel({
      total: 1000,
      groups: [
        [20, '大 模型 大模型 训练'],
        [8, '模 型 子'],
      ],
    });
    const run = (w: string, best: Float64Array, back: Int32Array) => {
      const b = cps(w);
      const c = words.segment(b, b.length, best, back);
      return [c, Array.from(back.subarray(1, b.length + 1))];
    };
    const alone = windows.map((w) => run(w, new Float64Array(16), new Int32Array(16)));
    const best = new Float64Array(16);
    const back = new Int32Array(16);
    for (const [k, w] of windows.entries()) {
      for (const before of windows) {
        run(before, best, back);
        expect(run(w, best, back), `${w} after ${before}`).toEqual(alone[k]);
      }
    }
  });
});
