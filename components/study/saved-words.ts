'use client';

import { useCallback, useEffect, useState } from 'react';
import { STORE_KEY } from '@/lib/study/keys';
import type { NewWord, StorageLike } from '@/lib/study/store';

/** localStorage, or undefined where touching it throws (disabled, sandboxed). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The store code (and zod, which validates it) loads on first use, not with the page. */
const loadStore = () => import('@/lib/study/store');

export type SaveProblem = 'recovered' | 'stuck' | 'unavailable' | 'quota';

/**
 * Which words are in "My words", and adding to it, kept in step with other tabs. `eager: false`
 * reads the store only when asked (refresh), e.g. when a popup opens, not on every page load.
 */
export function useSavedWords({ eager = true }: { eager?: boolean } = {}) {
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const refresh = useCallback(async () => {
    const { readStore } = await loadStore();
    const r = readStore(browserStorage(), new Date());
    setSaved(new Set(r.store.words.map((w) => w.hanzi)));
    if (r.notice) setProblem(r.notice.kind);
  }, []);

  useEffect(() => {
    // localStorage exists only in the browser: read after hydration, so server and client markup agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (eager) void refresh();
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === STORE_KEY) void refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refresh, eager]);

  const add = useCallback(async (word: NewWord): Promise<boolean> => {
    const { addWord, updateStore } = await loadStore();
    const now = new Date();
    const r = updateStore(browserStorage(), now, (s) => addWord(s, word, now));
    setSaved(new Set(r.store.words.map((w) => w.hanzi)));
    if (r.error === 'quota') setProblem('quota');
    else if (r.notice) setProblem(r.notice.kind);
    else if (r.error) setProblem('unavailable');
    return !r.error;
  }, []);

  return { saved, add, problem, refresh };
}
