import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, STORE_KEY } from '@/lib/study/schema';
import {
  addPractice,
  addWord,
  listBackups,
  MIGRATIONS,
  readStore,
  removeWord,
  updateStore,
  writeStore,
} from '@/lib/study/store';
import { memoryStorage, store, T0, words } from './fixtures';

const BACKUP = `${BACKUP_PREFIX}${T0.toISOString()}`;

describe('reading the store', () => {
  it('starts empty when nothing is stored', () => {
    expect(readStore(memoryStorage(), T0)).toEqual({ store: { version: 2, words: [] }, readOnly: false });
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
      /^version 99 \(this site reads 2\)$/,
    ],
    ['no version', JSON.stringify({ words: [] }), 'shape', /^version: missing$/],
    ['a wrong shape', JSON.stringify({ version: 2, words: 'lots' }), 'shape', /^words: /],
    [
      'a bad field',
      JSON.stringify({ version: 2, words: [{ ...words[0], added: 'yesterday' }] }),
      'shape',
      /^words\[0\]\.added: /,
    ],
    [
      'a word twice',
      JSON.stringify({ version: 2, words: [words[0], words[0]] }),
      'shape',
      /^words: each word may appear only once$/,
    ],
    ['not an object', '[1,2,3]', 'shape', /^not an object$/],
  ])('sets aside %s with a notice, keeping the data', (_name, raw, problem, detail) => {
    const s = memoryStorage({ [STORE_KEY]: raw });
    const r = readStore(s, T0);
    expect(r.store).toEqual({ version: 2, words: [] });
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
      store: { version: 2, words: [] },
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
      store: { version: 2, words: [] },
      notice: { kind: 'unavailable' },
      readOnly: true,
    });
    expect(readStore(undefined, T0)).toEqual({
      store: { version: 2, words: [] },
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
    const migrations = {
      ...MIGRATIONS,
      0: ({ list }: Record<string, unknown>) => ({ version: 1, words: list }),
    };
    expect(readStore(s, T0, migrations)).toEqual({
      store: {
        version: 2,
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

describe('version 2: practice cards and sessions', () => {
  const card = {
    hanzi: '首席科学家',
    pinyin: 'shǒu xí kē xué jiā',
    en: '迷信 is superstition; the title is 首席科学家.',
    added: T0.toISOString(),
    swap: { published: '首席迷信家', spun: '迷信', original: '科学', at: 2, kind: 'synonym' },
  };

  it('migrates a version 1 store as it is, words and progress kept', () => {
    const v1 = JSON.stringify({ version: 1, words });
    const s = memoryStorage({ [STORE_KEY]: v1 });
    expect(readStore(s, T0)).toEqual({ store: { version: 2, words }, readOnly: false });
    // Written back at the next change, as version 2.
    updateStore(s, T0, (st) =>
      addPractice(st, { source: 'tr35-china', at: T0.toISOString(), right: 7, total: 10 }),
    );
    expect(JSON.parse(s.data.get(STORE_KEY)!)).toEqual({
      version: 2,
      words,
      practice: [{ source: 'tr35-china', at: T0.toISOString(), right: 7, total: 10 }],
    });
  });

  it('keeps a practice card beside the plain word of the same form, each removable alone', () => {
    let st = addWord(store, card, T0);
    expect(st.words.map((w) => w.hanzi)).toEqual(['首席科学家', '算力', '首席科学家']);
    expect(addWord(st, card, T0)).toBe(st);
    st = removeWord(st, '首席迷信家→首席科学家');
    expect(st.words).toEqual(store.words);
  });

  it('sets aside a practice card whose spun word is not where it says, with a notice', () => {
    const bad = { ...card, swap: { ...card.swap, at: 1 } };
    const s = memoryStorage({ [STORE_KEY]: JSON.stringify({ version: 2, words: [bad] }) });
    const r = readStore(s, T0);
    expect(r.store).toEqual({ version: 2, words: [] });
    expect(r.notice).toMatchObject({
      kind: 'recovered',
      problem: 'shape',
      detail: 'words[0].swap: spun must stand at `at` in published',
    });
  });

  it('keeps the last 50 practice sessions', () => {
    let st: typeof store = store;
    for (let i = 0; i < 55; i++)
      st = addPractice(st, {
        source: 'check',
        at: new Date(T0.getTime() + i * 1000).toISOString(),
        right: i % 10,
        total: 10,
      });
    expect(st.practice).toHaveLength(50);
    expect(st.practice![0]!.right).toBe(5);
  });
});
