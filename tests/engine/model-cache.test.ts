/**
 * The engine starts from cached copies of its slowest parts (the word model's tables, the
 * language model's trie): the copies must make the very same models, and a cache that is missing,
 * damaged or stale must be rebuilt, never trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildWordTables,
  decodeLanguageModel,
  encodeLanguageModel,
  wordModelFromTables,
  type LmSource,
} from '@/lib/engine';
import { createWordModel } from '@/lib/engine/words';
import { loadEngine } from '@/lib/lexicon';
import { KEEP, readTables, writeCacheFile, writeTables } from '@/lib/lexicon/tables-cache';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cps = (s: string) => Int32Array.from(Array.from(s, (c) => c.codePointAt(0) as number));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unspun-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('table files', () => {
  const file = path.join(tmp, 'tables.bin');
  const arrays = {
    a: Int32Array.from([1, -2, 3]),
    b: Float32Array.from([0.5, -1.25]),
    c: Uint32Array.from([0xffffffff]),
  };

  it('give back every array and meta field as written', () => {
    writeTables(file, { size: 3, lnTotal: Math.log(60_101_967) }, arrays);
    const r = readTables(file, { a: 'i32', b: 'f32', c: 'u32' });
    expect(r?.meta).toEqual({ size: 3, lnTotal: Math.log(60_101_967) });
    expect(r?.arrays.a).toEqual(arrays.a);
    expect(r?.arrays.b).toEqual(arrays.b);
    expect(r?.arrays.c).toEqual(arrays.c);
  });

  it('are absent when missing, cut short, of another format or without a wanted array', () => {
    writeTables(file, {}, arrays);
    expect(readTables(path.join(tmp, 'none.bin'), { a: 'i32' })).toBeNull();
    expect(readTables(file, { a: 'i32', d: 'i32' })).toBeNull();
    expect(readTables(file, { a: 'f32' })).toBeNull(); // there, but of another type
    const bytes = fs.readFileSync(file);
    const cut = path.join(tmp, 'cut.bin');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 8));
    expect(readTables(cut, { a: 'i32' })).toBeNull();
    const other = path.join(tmp, 'other.bin');
    fs.writeFileSync(other, Buffer.concat([Buffer.from('NOTTABLE'), bytes.subarray(8)]));
    expect(readTables(other, { a: 'i32' })).toBeNull();
  });
});

describe('old table files', () => {
  it('are removed when a new one of their kind is written, all but the most recently used', () => {
    const dir = path.join(tmp, 'prune');
    fs.mkdirSync(dir);
    const t0 = Date.now() / 1000 - 1000;
    const name = (k: number) => `words-${k.toString(16).padStart(16, '0')}.bin`;
    writeTables(path.join(tmp, 'one.bin'), {}, { a: Int32Array.of(1) });
    const bytes = fs.readFileSync(path.join(tmp, 'one.bin'));
    for (let k = 0; k < 4; k++) {
      fs.writeFileSync(path.join(dir, name(k)), bytes);
      fs.utimesSync(path.join(dir, name(k)), t0 + k, t0 + k);
    }
    fs.writeFileSync(path.join(dir, 'words-00000000000000aa.json'), '{}'); // an earlier format
    fs.utimesSync(path.join(dir, 'words-00000000000000aa.json'), t0 - 5, t0 - 5);
    fs.writeFileSync(path.join(dir, 'lm-trie-00000000000000bb.bin'), ''); // another kind
    fs.utimesSync(path.join(dir, 'lm-trie-00000000000000bb.bin'), t0 - 5, t0 - 5);
    expect(readTables(path.join(dir, name(0)), { a: 'i32' })).not.toBeNull(); // used just now
    writeTables(path.join(dir, name(9)), {}, { a: Int32Array.of(9) });
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['lm-trie-00000000000000bb.bin', name(0), name(3), name(9)].sort(),
    );
    expect(KEEP).toBe(3);
  });

  it('of any kind (the Traditional originals’ JSON too) are written whole and pruned alike', () => {
    const dir = path.join(tmp, 'prune-json');
    fs.mkdirSync(dir);
    const name = (k: number) => path.join(dir, `tw-${k.toString(16).padStart(16, '0')}.json`);
    for (let k = 0; k < 5; k++) {
      writeCacheFile(name(k), JSON.stringify({ k }));
      fs.utimesSync(name(k), Date.now() / 1000 - 100 + k, Date.now() / 1000 - 100 + k);
    }
    expect(fs.readdirSync(dir).sort()).toEqual([2, 3, 4].map((k) => path.basename(name(k))));
    expect(JSON.parse(fs.readFileSync(name(4), 'utf8'))).toEqual({ k: 4 });
  });
});

describe('the word model from its tables', () => {
  const src = { total: 1000, groups: [[20, '模型 训练 大模型 𠀀字'] as const, [8, '模 型 大 子']] as const };

  it('is the model built from the word list, after a round trip through a table file', () => {
    const built = createWordModel(src);
    const t = buildWordTables(src);
    const file = path.join(tmp, 'words.bin');
    writeTables(file, { size: t.size, lnTotal: t.lnTotal }, { keys: t.keys, slots: t.slots, bloom: t.bloom });
    const r = readTables(file, { keys: 'i32', slots: 'i32', bloom: 'u32' });
    const copy = wordModelFromTables({
      size: r?.meta.size as number,
      lnTotal: r?.meta.lnTotal as number,
      keys: r?.arrays.keys as Int32Array,
      slots: r?.arrays.slots as Int32Array,
      bloom: r?.arrays.bloom as Uint32Array,
    });
    expect(copy.size).toBe(built.size);
    for (const w of ['模型', '大模型', '𠀀字', '模子', '大']) expect(copy.freq(w)).toBe(built.freq(w));
    for (const text of ['大模型训练', '大模子训练', '𠀀字模型']) {
      const b = cps(text);
      const m = b.length;
      expect(copy.segment(b, m, new Float64Array(m + 1), null)).toBe(
        built.segment(b, m, new Float64Array(m + 1), null),
      );
      expect(copy.isPrefix(b, 0, 1)).toBe(built.isPrefix(b, 0, 1));
    }
  });

  it('refuses tables that cannot be a model', () => {
    const t = buildWordTables(src);
    expect(() => wordModelFromTables({ ...t, slots: t.slots.subarray(0, 12) })).toThrow(/power of two/);
    const full = t.slots.slice();
    for (let at = 1; at < full.length; at += 4) full[at] = full[at] || 1 << 24;
    expect(() => wordModelFromTables({ ...t, slots: full })).toThrow(/no empty slot/);
  });
});

describe('the language model with a given trie', () => {
  const src: LmSource = {
    words: ['<s>', '首席', '科学', '家', '科学家', '迷信', '首', '席', '一二三四五六七八九十十一'],
    unigrams: Array.from({ length: 9 }, (_, i) => [Math.log(0.01 * (i + 1)), Math.log(0.5)] as const),
    bigrams: [[1, 4, Math.log(0.6)]],
  };
  const bytes = encodeLanguageModel(src);
  const built = decodeLanguageModel(bytes);

  it('scores and names words as the model that built its own', () => {
    const given = decodeLanguageModel(bytes, { edges: built.trie.edges.slice() });
    for (const text of ['首席科学家', '首席迷信家', '首席X科学']) {
      const b = cps(text);
      expect(given.score(b, 0, b.length)).toBe(built.score(b, 0, b.length));
    }
    src.words.forEach((w, i) => {
      expect(given.id(w)).toBe(i); // the boundary marker and a word too long for the trie included
      expect(built.id(w)).toBe(i);
    });
    expect(given.id('科')).toBe(-1);
    expect(given.id('')).toBe(-1);
  });

  it('refuses a trie that names words the model lacks', () => {
    const edges = built.trie.edges.slice();
    const k = edges.findIndex((x, i) => i % 4 === 3 && x >= 0);
    edges[k] = 99;
    expect(() => decodeLanguageModel(bytes, { edges })).toThrow(/lacks/);
    const full = built.trie.edges.map((x, i) => (i % 4 === 0 && x === -1 ? 99 : x));
    expect(() => decodeLanguageModel(bytes, { edges: full })).toThrow(/no empty slot/);
  });
});

describe('loadEngine with its cache', () => {
  it('finds the same with a fresh cache, a kept one and a damaged one', () => {
    const root = path.join(tmp, 'project');
    fs.mkdirSync(root);
    for (const d of ['content', 'node_modules']) fs.symlinkSync(path.join(ROOT, d), path.join(root, d));
    const text = fs.readFileSync(path.join(ROOT, 'content/articles/tr35-china/source.txt'), 'utf8');
    const all = { all: true };
    const first = loadEngine({ root }).detect(text, all);
    const cache = path.join(root, '.data', 'cache');
    const files = fs.readdirSync(cache).filter((f) => f.endsWith('.bin'));
    expect(files.some((f) => f.startsWith('words-'))).toBe(true);
    expect(files.some((f) => f.startsWith('lm-trie-'))).toBe(true);
    expect(fs.readdirSync(cache).filter((f) => f.startsWith('tw-') && f.endsWith('.json'))).toHaveLength(1);
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Kept: read, not built and written again (a new file would be renamed into place).
    const inode = (f: string) => fs.statSync(path.join(cache, f)).ino;
    const before = files.map(inode);
    expect(loadEngine({ root }).detect(text, all)).toEqual(first);
    expect(files.map(inode)).toEqual(before);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(cache, f));
      fs.writeFileSync(path.join(cache, f), bytes.subarray(0, bytes.length >> 1));
    }
    expect(loadEngine({ root }).detect(text, all)).toEqual(first);
    for (const f of files) expect(readTables(path.join(cache, f), {})).not.toBeNull(); // written again
    expect(first.length).toBeGreaterThan(50);
  }, 120_000);
});
