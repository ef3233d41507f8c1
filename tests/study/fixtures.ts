import type { SavedWord, Store } from '@/lib/study/schema';

export const T0 = new Date('2026-01-05T09:00:00.000Z');

export const words: SavedWord[] = [
  {
    hanzi: '首席科学家',
    traditional: '首席科學家',
    pinyin: 'shǒu xí kē xué jiā',
    en: 'chief scientist',
    sentence: {
      zh: '无问芯穹联合创始人兼首席科学家戴国浩',
      en: 'co-founder and chief scientist',
      href: '/en/articles/tr35-china#s-7',
    },
    added: '2026-01-01T08:00:00.000Z',
  },
  {
    hanzi: '算力',
    pinyin: 'suàn lì',
    en: 'computing power, compute',
    added: '2026-01-02T08:00:00.000Z',
    card: {
      due: '2026-01-04T08:00:00.000Z',
      stability: 3.2,
      difficulty: 5.1,
      elapsed_days: 0,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: '2026-01-02T08:00:00.000Z',
    },
  },
];

export const store: Store = { version: 2, words };

/** An in-memory Storage; `fail` makes chosen operations throw as browsers do. */
export function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: 'quota' | 'security' | ((key: string) => boolean) } = {},
) {
  const data = new Map(Object.entries(initial));
  const error = (name: string) => Object.assign(new Error(name), { name });
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem(k: string) {
      if (fail.get) throw error('SecurityError');
      return data.get(k) ?? null;
    },
    setItem(k: string, v: string) {
      if (typeof fail.set === 'function' ? fail.set(k) : fail.set)
        throw error(fail.set === 'security' ? 'SecurityError' : 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem(k: string) {
      data.delete(k);
    },
  };
}
