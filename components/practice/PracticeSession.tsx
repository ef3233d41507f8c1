'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { browserStorage } from '@/components/study/saved-words';
import { cardOf } from '@/lib/practice/cards';
import {
  pickSession,
  retrySession,
  outcome,
  spotIsRight,
  type Outcome,
  type SessionItem,
  type Spot,
} from '@/lib/practice/session';
import type { Exercise, SwapExercise } from '@/lib/practice/types';
import type { PracticeRecord } from '@/lib/study/schema';
import { addPractice, addWord, readStore, updateStore } from '@/lib/study/store';
import { Feedback } from './Feedback';
import { Results } from './Results';
import { Sentence, type TokenMark } from './Sentence';
import styles from './practice.module.css';

type Step =
  | { kind: 'spot' }
  | { kind: 'choose'; spot: Spot }
  | { kind: 'done'; spot: Spot; choice?: string; result: Outcome };

type Phase =
  | { kind: 'start' }
  | { kind: 'play'; items: SessionItem[]; index: number; step: Step; outcomes: Outcome[] }
  | { kind: 'result'; items: SessionItem[]; outcomes: Outcome[] };

export interface PracticeProps {
  pool: readonly Exercise[];
  /** What is practised: the article's slug, or "check". */
  source: string;
  locale: string;
  /** Where "My words" is. */
  wordsHref: string;
  /** Skip the start screen (the check page's button already asked). */
  autoStart?: boolean;
}

/** A seed from `?seed=` (to repeat a session), else from the clock. */
function newSeed(): number {
  const given = Number(new URLSearchParams(location.search).get('seed'));
  return Number.isInteger(given) && given > 0 ? given : (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
}

/** Hydration, read without an effect: false in the server's markup, true once the island is live. */
const noSubscribe = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * Spot the swap: a session of exercises, its feedback, the results, and misses saved as cards.
 * One live region, present from the start, announces each step to screen readers.
 */
export function PracticeSession(props: PracticeProps) {
  const [announce, setAnnounce] = useState('');
  return (
    <div className={styles.root}>
      <p className="sr" aria-live="polite" role="status">
        {announce}
      </p>
      <Session {...props} setAnnounce={setAnnounce} />
    </div>
  );
}

function Session({
  pool,
  source,
  locale,
  wordsHref,
  autoStart,
  setAnnounce,
}: PracticeProps & { setAnnounce: (text: string) => void }) {
  const t = useTranslations('Practice');
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const hydrated = useSyncExternalStore(noSubscribe, isClient, isServer);
  const [pinyin, setPinyin] = useState(false);
  const [last, setLast] = useState<PracticeRecord | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const focusRef = useRef<HTMLElement | null>(null);
  const wantFocus = useRef(false);

  useEffect(() => {
    const r = readStore(browserStorage(), new Date());
    // Stored progress exists only in the browser: read it after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLast(r.store.practice?.filter((p) => p.source === source).at(-1));
  }, [source]);

  const begin = useCallback(
    (items: SessionItem[]) => {
      if (items.length === 0) return;
      wantFocus.current = true;
      setSaved(0);
      setPhase({ kind: 'play', items, index: 0, step: { kind: 'spot' }, outcomes: [] });
      setAnnounce(`${t('count', { n: 1, total: items.length })}. ${t('stepSpot')}`);
    },
    [t, setAnnounce],
  );

  useEffect(() => {
    // A session's random seed must not differ between the server render and hydration: start after it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (autoStart) begin(pickSession(pool, newSeed()));
  }, [autoStart, pool, begin]);

  // Move focus where the next action is, after each step (not on the first render).
  useEffect(() => {
    if (!wantFocus.current || !focusRef.current) return;
    wantFocus.current = false;
    focusRef.current.focus();
  });

  /** Keep a change to the store; report (once) what could not be saved. */
  const save = useCallback(
    (change: Parameters<typeof updateStore>[2]) => {
      const r = updateStore(browserStorage(), new Date(), change);
      if (r.notice?.kind === 'recovered') setProblem(t('noticeRecovered', { detail: r.notice.detail }));
      else if (r.error) setProblem(t('noticeUnavailable'));
      return !r.error;
    },
    [t],
  );

  if (phase.kind === 'start') {
    return (
      // data-ready: the Start button works from here on (tests wait for it; before hydration it does nothing).
      <div className={styles.start} data-ready={hydrated ? 'true' : undefined}>
        <p className={styles.lead}>{t('intro')}</p>
        <ol className={styles.how}>
          <li>{t('howSpot')}</li>
          <li>{t('howChoose')}</li>
          <li>{t('howReview')}</li>
        </ol>
        <p className={styles.meta}>
          {t('exercises', { count: pool.length })}
          {last && <> · {t('lastTime', { right: last.right, total: last.total })}</>}
        </p>
        <button
          type="button"
          className={styles.primary}
          onClick={() => begin(pickSession(pool, newSeed()))}
          disabled={pool.length === 0}
        >
          {t('start')}
        </button>
      </div>
    );
  }

  if (phase.kind === 'result') {
    const missed = phase.items
      .filter((it) => phase.outcomes.find((o) => o.id === it.exercise.id && !o.correct))
      .map((it) => it.exercise);
    return (
      <Results
        outcomes={phase.outcomes}
        missed={missed.length}
        saved={saved}
        wordsHref={wordsHref}
        problem={problem}
        focusRef={(el) => {
          focusRef.current = el;
        }}
        onRetry={() => begin(retrySession(missed, newSeed()))}
        onNew={() => begin(pickSession(pool, newSeed()))}
      />
    );
  }

  const { items, index, step, outcomes } = phase;
  const item = items[index]!;
  const ex = item.exercise;

  function finish(result: Outcome, spot: Spot, choice?: string) {
    if (phase.kind !== 'play') return;
    wantFocus.current = true;
    let added = false;
    if (!result.correct && ex.type === 'swap') {
      added = save((s) => addWord(s, cardOf(ex), new Date()));
      if (added) setSaved((n) => n + 1);
    }
    setPhase({ ...phase, step: { kind: 'done', spot, choice, result }, outcomes: [...outcomes, result] });
    return added;
  }

  function onSpot(spot: Spot) {
    if (phase.kind !== 'play') return;
    const right = spotIsRight(ex, spot);
    if (ex.type === 'clean') {
      finish(outcome(ex, spot), spot);
      setAnnounce(right ? t('cleanRight') : t('cleanWrong'));
      return;
    }
    wantFocus.current = true;
    setPhase({ ...phase, step: { kind: 'choose', spot } });
    setAnnounce(
      `${t(right ? 'spotRight' : 'spotWrong', { spun: ex.spun })} ${t('stepChoose', { spun: ex.spun })}`,
    );
  }

  function onChoose(choice: string) {
    if (phase.kind !== 'play' || step.kind !== 'choose' || ex.type !== 'swap') return;
    const result = outcome(ex, step.spot, choice);
    finish(result, step.spot, choice);
    setAnnounce(
      choice === ex.original
        ? t('chooseRight', { original: ex.original })
        : t('chooseWrong', { choice, original: ex.original }),
    );
  }

  function next() {
    if (phase.kind !== 'play') return;
    wantFocus.current = true;
    if (index + 1 < items.length) {
      setPhase({ ...phase, index: index + 1, step: { kind: 'spot' } });
      setAnnounce(`${t('count', { n: index + 2, total: items.length })}. ${t('stepSpot')}`);
      return;
    }
    const right = outcomes.filter((o) => o.correct).length;
    const record = { source, at: new Date().toISOString(), right, total: outcomes.length };
    save((s) => addPractice(s, record));
    setLast(record);
    setPhase({ kind: 'result', items, outcomes });
    setAnnounce(`${t('resultTitle')}. ${t('score', { right, total: outcomes.length })}`);
  }

  const marks = step.kind === 'spot' ? undefined : marksFor(ex, step.spot);

  return (
    <div className={styles.session}>
      <div className={styles.bar}>
        <progress
          className={styles.progress}
          max={items.length}
          value={index + (step.kind === 'done' ? 1 : 0)}
          aria-label={t('progress')}
        />
        <span className={styles.count}>{t('count', { n: index + 1, total: items.length })}</span>
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={pinyin}
          onClick={() => setPinyin((p) => !p)}
        >
          {t('pinyin')}
        </button>
      </div>

      <section className={styles.card} aria-labelledby="practice-q">
        <h2
          id="practice-q"
          className={styles.question}
          tabIndex={-1}
          ref={
            step.kind === 'spot'
              ? (el) => {
                  focusRef.current = el;
                }
              : undefined
          }
        >
          {step.kind === 'spot' || ex.type === 'clean' ? t('stepSpot') : t('stepChoose', { spun: ex.spun })}
        </h2>
        <Sentence
          key={`${ex.id}-${index}`}
          tokens={ex.tokens}
          pinyin={pinyin}
          label={t('sentence')}
          markLabels={{ swap: t('swapped'), wrong: t('yourChoice'), right: t('swapped') }}
          onPick={step.kind === 'spot' ? (i) => onSpot(i) : undefined}
          marks={marks}
        />
        {step.kind === 'spot' && (
          <>
            <button type="button" className={styles.nothing} onClick={() => onSpot('clean')}>
              {t('nothingWrong')}
            </button>
            <p className={styles.hint}>{t('keys')}</p>
          </>
        )}
        {step.kind !== 'spot' && ex.type === 'swap' && <SpotVerdict ex={ex} spot={step.spot} />}
        {step.kind !== 'spot' && ex.type === 'swap' && (
          <Options
            ex={ex}
            options={item.options}
            chosen={step.kind === 'done' ? step.choice : undefined}
            onChoose={step.kind === 'choose' ? onChoose : undefined}
            firstRef={
              step.kind === 'choose'
                ? (el) => {
                    focusRef.current = el;
                  }
                : undefined
            }
          />
        )}
        {step.kind === 'done' && (
          <Feedback
            ex={ex}
            result={step.result}
            locale={locale}
            saved={!step.result.correct && ex.type === 'swap' && !problem}
            problem={problem}
            last={index + 1 === items.length}
            onNext={next}
            focusRef={(el) => {
              focusRef.current = el;
            }}
          />
        )}
      </section>
    </div>
  );
}

function marksFor(ex: Exercise, spot: Spot): Map<number, TokenMark> {
  const m = new Map<number, TokenMark>();
  if (ex.type === 'swap') {
    const right = spotIsRight(ex, spot);
    for (let i = ex.target[0]; i < ex.target[1]; i++) m.set(i, right ? 'right' : 'swap');
  }
  if (spot !== 'clean' && !spotIsRight(ex, spot)) m.set(spot, 'wrong');
  return m;
}

function SpotVerdict({ ex, spot }: { ex: SwapExercise; spot: Spot }) {
  const t = useTranslations('Practice');
  const right = spotIsRight(ex, spot);
  return (
    <p className={styles.verdict} data-right={right}>
      <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
      {t(right ? 'spotRight' : 'spotWrong', { spun: ex.spun })}
    </p>
  );
}

function Options({
  ex,
  options,
  chosen,
  onChoose,
  firstRef,
}: {
  ex: SwapExercise;
  options: readonly string[];
  chosen?: string;
  onChoose?: (o: string) => void;
  /** Receives the first option's element (to be focused). */
  firstRef?: (el: HTMLButtonElement | null) => void;
}) {
  const t = useTranslations('Practice');
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  // Keys 1–4 pick an option; arrows move between them.
  useEffect(() => {
    if (!onChoose) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const i = ['1', '2', '3', '4'].indexOf(e.key);
      if (i >= 0 && options[i]) {
        e.preventDefault();
        onChoose(options[i]);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onChoose, options]);

  return (
    <div
      className={styles.options}
      role="group"
      aria-label={t('options')}
      onKeyDown={(e) => {
        const at = refs.current.findIndex((el) => el === document.activeElement);
        if (at < 0) return;
        const step =
          e.key === 'ArrowRight' || e.key === 'ArrowDown'
            ? 1
            : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
              ? -1
              : 0;
        if (!step) return;
        e.preventDefault();
        refs.current[(at + step + options.length) % options.length]?.focus();
      }}
    >
      {options.map((o, i) => {
        const state =
          chosen === undefined ? undefined : o === ex.original ? 'right' : o === chosen ? 'wrong' : 'other';
        return (
          <button
            key={o}
            type="button"
            lang="zh-Hans"
            className={styles.option}
            data-state={state}
            aria-keyshortcuts={String(i + 1)}
            aria-disabled={onChoose ? undefined : true}
            ref={(el) => {
              refs.current[i] = el;
              if (i === 0) firstRef?.(el);
            }}
            onClick={() => onChoose?.(o)}
          >
            <span className={styles.key} aria-hidden="true">
              {i + 1}
            </span>
            {o}
            {state === 'right' && <span className="sr"> ✓</span>}
            {state === 'wrong' && <span className="sr"> ({t('yourChoice')})</span>}
          </button>
        );
      })}
    </div>
  );
}
