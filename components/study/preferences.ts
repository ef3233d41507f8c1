'use client';

import { useCallback, useEffect, useState } from 'react';

const TONES_KEY = 'unspun:tones';
const EVENT = 'unspun:tones';

function apply(on: boolean) {
  document.documentElement.dataset.tones = on ? 'on' : 'off';
}

/** Tone colours on pinyin: off by default, remembered in localStorage, shared by every island on the page. */
export function useTonePreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let stored = false;
    try {
      stored = localStorage.getItem(TONES_KEY) === 'on';
    } catch {
      /* storage unavailable: colours stay off */
    }
    // localStorage exists only in the browser: read after hydration, so server and client markup agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOn(stored);
    apply(stored);
    const sync = (e: Event) => setOn((e as CustomEvent<boolean>).detail);
    window.addEventListener(EVENT, sync);
    return () => window.removeEventListener(EVENT, sync);
  }, []);
  const set = useCallback((value: boolean) => {
    try {
      localStorage.setItem(TONES_KEY, value ? 'on' : 'off');
    } catch {
      /* not remembered, still applied */
    }
    apply(value);
    window.dispatchEvent(new CustomEvent(EVENT, { detail: value }));
  }, []);
  return [on, set];
}
