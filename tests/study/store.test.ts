import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, STORE_KEY } from '@/lib/study/schema';
import { addWord, listBackups, readStore, removeWord, updateStore, writeStore } from '@/lib/study/store';
import { memoryStorage, store, T0, words } from './fixtures';

const BACKUP = `${BACKUP_PREFIX}${T0.toISOString()}`;

describe('reading the store', () => {
  it('starts empty when nothing is stored', () => {
    expect(readStore(memoryStorage(), T0)).toEqual({ store: { version: 1, words: [] }, readOnly: false });
  });

  it('reads back what was written', () => {
    const s = memoryStorage();
    expect(writeStore(s, store)).toEqual({ ok: true });
    expect(readStore(s, T0)).toEqual({ store, readOnly: false });
  });

  it.each([
    ['bad JSON', '{"version":1,"words":[', 'json', /JSON/],
    [
      'a wrong version',
      JSON.stringify({ version: 99, words: [] }),
      'version',
      /^version 99 \(this site reads 1\)$/,
    ],
    ['no version', JSON.stringify({ words: [] }), 'shape', /^version: missing$/],
    ['a wrong shape', JSON.stringify({ version: 1, words: 'lots' }), 'shape', /^words: /],
    [
      'a bad field',
      JSON.stringify({ version: 1, words: [{ ...words[0], added: 'yesterday' }] }),
      'shape',
      /^words\[0\]\.added: /,
    ],
    [
      'a word twice',
      JSON.stringify({ version: 1, words: [words[0], words[0]] }),
      'shape',
      /^words: each word may appear only once$/,
    ],
    ['not an object', '[1,2,3]', 'shape', /^not an object$/],
  ])('sets aside %s with a notice, keeping the data', (_name, raw, problem, detail) => {
    const s = memoryStorage({ [STORE_KEY]: raw });
    const r = readStore(s, T0);
    expect(r.store).toEqual({ version: 1, words: [] });
    expect(r.readOnly).toBe(false);
    expect(r.notice).toEqual({
      kind: 'recovered',
      problem,
      detail: expect.stringMatching(detail),
      backupKey: BACKUP,
    });
    expect(Object.fromEntries(s.data)).toEqual({ [BACKUP]: raw });
    expect(listBackups(s)).toEqual([BACKUP]);
  });

  it('never overwrites an earlier backup', () => {
    const s = memoryStorage({ [STORE_KEY]: 'one', [BACKUP]: 'earlier' });
    expect(readStore(s, T0).notice).toMatchObject({ backupKey: `${BACKUP}-2` });
    expect(Object.fromEntries(s.data)).toEqual({ [BACKUP]: 'earlier', [`${BACKUP}-2`]: 'one' });
  });

  it('when the data cannot be set aside, keeps it and refuses to write', () => {
    const s = memoryStorage({ [STORE_KEY]: 'garbage' }, { set: 'quota' });
    const r = readStore(s, T0);
    expect(r).toEqual({
      store: { version: 1, words: [] },
      notice: { kind: 'stuck', problem: 'json', detail: expect.any(String) },
      readOnly: true,
    });
    const u = updateStore(s, T0, (st) =>
      addWord(st, { hanzi: '算力', pinyin: 'suàn lì', en: 'compute' }, T0),
    );
    expect(u.error).toBe('readOnly');
    expect(Object.fromEntries(s.data)).toEqual({ [STORE_KEY]: 'garbage' });
  });

  it('reports storage that cannot be read at all', () => {
    expect(readStore(memoryStorage({}, { get: true }), T0)).toEqual({
      store: { version: 1, words: [] },
      notice: { kind: 'unavailable' },
      readOnly: true,
    });
    expect(readStore(undefined, T0)).toEqual({
      store: { version: 1, words: [] },
      notice: { kind: 'unavailable' },
      readOnly: true,
    });
  });

  it('migrates an older version step by step', () => {
    const s = memoryStorage({
      [STORE_KEY]: JSON.stringify({
        version: 0,
        list: [{ hanzi: '算力', pinyin: 'suàn lì', en: 'compute', added: T0.toISOString() }],
      }),
    });
    const migrations = { 0: ({ list }: Record<string, unknown>) => ({ version: 1, words: list }) };
    expect(readStore(s, T0, migrations)).toEqual({
      store: {
        version: 1,
        words: [{ hanzi: '算力', pinyin: 'suàn lì', en: 'compute', added: T0.toISOString() }],
      },
      readOnly: false,
    });
  });
});

describe('writing the store', () => {
  it.each([
    ['quota', 'quota'],
    ['security', 'unavailable'],
  ] as const)('reports a %s error as %s', (kind, error) => {
    expect(writeStore(memoryStorage({}, { set: kind }), store)).toEqual({ ok: false, error });
    const u = updateStore(memoryStorage({}, { set: kind }), T0, (st) =>
      addWord(st, { hanzi: '算力', pinyin: 'suàn lì', en: 'x' }, T0),
    );
    expect(u.error).toBe(error);
    expect(u.store.words).toEqual([]);
  });

  it('adds a word once, keeping progress and the first sentence', () => {
    const s = memoryStorage({ [STORE_KEY]: JSON.stringify(store) });
    const again = { hanzi: '算力', pinyin: 'suàn lì', en: 'other', sentence: { zh: '算力' } };
    const r = updateStore(s, T0, (st) => addWord(st, again, T0));
    expect(r.store.words[1]).toEqual({ ...words[1], sentence: { zh: '算力' } });
    const r2 = updateStore(s, T0, (st) => addWord(st, { ...again, sentence: { zh: 'other' } }, T0));
    expect(r2.store).toEqual(r.store);
    const fresh = updateStore(s, T0, (st) =>
      addWord(st, { hanzi: '大模型', pinyin: 'dà mó xíng', en: 'large model' }, T0),
    );
    expect(fresh.store.words.map((w) => w.hanzi)).toEqual(['首席科学家', '算力', '大模型']);
    expect(fresh.store.words[2]).toEqual({
      hanzi: '大模型',
      pinyin: 'dà mó xíng',
      en: 'large model',
      added: T0.toISOString(),
    });
    expect(JSON.parse(s.data.get(STORE_KEY)!)).toEqual(fresh.store);
  });

  it('removes a word', () => {
    expect(removeWord(store, '算力').words.map((w) => w.hanzi)).toEqual(['首席科学家']);
    expect(removeWord(store, '熊猫')).toBe(store);
  });
});
