import { describe, expect, it } from 'vitest';
import { exportProgress, importProgress, parseProgress } from '@/lib/study/exchange';
import { rateWord } from '@/lib/study/scheduler';
import type { Store } from '@/lib/study/schema';
import { store, T0, words } from './fixtures';

describe('progress export and import', () => {
  it('round-trips: export, parse, replace gives back the same words', () => {
    const text = exportProgress(store, T0);
    expect(JSON.parse(text)).toEqual({
      format: 'unspun-words',
      version: 2,
      exported: T0.toISOString(),
      words,
    });
    const parsed = parseProgress(text);
    expect(parsed).toEqual({ ok: true, words });
    if (!parsed.ok) return;
    expect(importProgress({ version: 2, words: [] }, parsed.words, 'replace')).toEqual({
      store,
      added: 2,
      updated: 0,
    });
    expect(importProgress({ version: 2, words: [] }, parsed.words, 'merge')).toEqual({
      store,
      added: 2,
      updated: 0,
    });
  });

  it('also reads a raw store, such as data set aside', () => {
    expect(parseProgress(JSON.stringify(store))).toEqual({ ok: true, words });
  });

  it.each([
    ['not JSON', 'nope', 'json'],
    ['another file', JSON.stringify({ format: 'anki', words: [] }), 'format'],
    ['an array', '[]', 'format'],
    ['an object without words', JSON.stringify({ hello: 1 }), 'format'],
    [
      'a newer version',
      JSON.stringify({ format: 'unspun-words', version: 3, exported: T0.toISOString(), words: [] }),
      'version',
    ],
    [
      'a bad word',
      JSON.stringify({
        format: 'unspun-words',
        version: 2,
        exported: T0.toISOString(),
        words: [{ hanzi: '' }],
      }),
      'shape',
    ],
    [
      'a bad date',
      JSON.stringify({ format: 'unspun-words', version: 2, exported: 'today', words: [] }),
      'shape',
    ],
  ])('rejects %s with a reason', (_name, text, problem) => {
    expect(parseProgress(text)).toEqual({ ok: false, problem, detail: expect.any(String) });
  });

  it('names the field at fault', () => {
    const bad = JSON.stringify({
      format: 'unspun-words',
      version: 2,
      exported: T0.toISOString(),
      words: [{ ...words[0], pinyin: 3 }],
    });
    expect(parseProgress(bad)).toEqual({
      ok: false,
      problem: 'shape',
      detail: expect.stringMatching(/^words\[0\]\.pinyin: /),
    });
  });

  it('merges: new words are added, the more recently reviewed copy of a word wins, others are kept', () => {
    const later = rateWord(store, '算力', 'good', T0); // reviewed after the fixture's copy
    const mine: Store = { version: 2, words: [words[1]!] };
    const file = [
      later.words[1]!,
      { hanzi: '大模型', pinyin: 'dà mó xíng', en: 'large model', added: T0.toISOString() },
    ];
    expect(importProgress(mine, file, 'merge')).toEqual({
      store: { version: 2, words: [later.words[1], file[1]] },
      added: 1,
      updated: 1,
    });
    // The other way round the current copy is newer and stays.
    expect(importProgress(later, [words[1]!], 'merge')).toEqual({ store: later, added: 0, updated: 0 });
    expect(importProgress(later, [words[1]!], 'replace')).toEqual({
      store: { version: 2, words: [words[1]] },
      added: 1,
      updated: 0,
    });
  });
});
