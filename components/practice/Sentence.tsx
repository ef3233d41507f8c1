'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import type { Token } from '@/lib/practice/types';
import styles from './practice.module.css';

export type TokenMark = 'swap' | 'wrong' | 'right';

/** A token the learner can pick: Chinese words (punctuation, numbers and Latin text are not asked about). */
export const pickable = (t: Token) => Boolean(t.py);

function Word({ t, pinyin }: { t: Token; pinyin: boolean }) {
  if (!pinyin || !t.py) return <>{t.s}</>;
  return (
    <ruby>
      {t.s}
      <rt>{t.py}</rt>
    </ruby>
  );
}

interface Props {
  tokens: readonly Token[];
  /** While picking: called with the token's index. Absent once answered. */
  onPick?: (index: number) => void;
  /** After answering: how each token is marked. */
  marks?: ReadonlyMap<number, TokenMark>;
  markLabels: Record<TokenMark, string>;
  label: string;
  pinyin: boolean;
}

/**
 * The clause as a row of words. While picking, the words are one group in the Tab order: arrow
 * keys move between them (a roving tabindex), Enter or Space picks, as do a tap or a click.
 */
export function Sentence({ tokens, onPick, marks, markLabels, label, pinyin }: Props) {
  const picks = tokens.map((t, i) => (pickable(t) ? i : -1)).filter((i) => i >= 0);
  const [focus, setFocus] = useState(picks[0] ?? 0);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(e: KeyboardEvent) {
    const at = picks.indexOf(focus);
    let next: number | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = picks[Math.min(picks.length - 1, at + 1)];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = picks[Math.max(0, at - 1)];
    else if (e.key === 'Home') next = picks[0];
    else if (e.key === 'End') next = picks[picks.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    setFocus(next);
    refs.current[next]?.focus();
  }

  return (
    <p
      className={styles.sentence}
      data-sentence
      lang="zh-Hans"
      role={onPick ? 'group' : undefined}
      aria-label={onPick ? label : undefined}
      onKeyDown={onPick ? onKeyDown : undefined}
      data-pinyin={pinyin ? 'on' : 'off'}
    >
      {tokens.map((t, i) => {
        if (onPick && pickable(t))
          return (
            <button
              key={i}
              type="button"
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={styles.token}
              tabIndex={i === focus ? 0 : -1}
              onClick={() => onPick(i)}
              onFocus={() => setFocus(i)}
            >
              <Word t={t} pinyin={pinyin} />
            </button>
          );
        const mark = marks?.get(i);
        if (mark)
          return (
            <mark key={i} className={styles.token} data-mark={mark}>
              <Word t={t} pinyin={pinyin} />
              <span className="sr"> ({markLabels[mark]})</span>
            </mark>
          );
        return (
          <span key={i} className={pickable(t) ? styles.token : styles.punct}>
            <Word t={t} pinyin={pinyin} />
          </span>
        );
      })}
    </p>
  );
}
