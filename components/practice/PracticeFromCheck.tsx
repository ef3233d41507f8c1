'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useState } from 'react';
import { CHUNK_CHARS } from '@/lib/check/chunks';
import type { Exercise } from '@/lib/practice/types';
import styles from './practice.module.css';

/** The session's code (and the store's validation) loads when asked for, not with the check page. */
const PracticeSession = lazy(() => import('./PracticeSession').then((m) => ({ default: m.PracticeSession })));

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; exercises: Exercise[] }
  | { kind: 'error'; message: string };

/**
 * "Practise with this text" on the check page: asks the server for exercises from the engine's
 * certain findings in the checked text (its first part, for a long one), then plays a session.
 */
export interface CheckPracticeProps {
  locale: string;
}

export function PracticeFromCheck({ text, locale }: CheckPracticeProps & { text: string }) {
  const t = useTranslations('Practice');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function load() {
    setState({ kind: 'loading' });
    try {
      const res = await fetch('/api/practice', {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: text.slice(0, CHUNK_CHARS),
      });
      const body = (await res.json().catch(() => ({}))) as { exercises?: Exercise[]; error?: string };
      if (!res.ok || !body.exercises) throw new Error(body.error ?? res.statusText);
      setState({ kind: 'ready', exercises: body.exercises });
    } catch (e) {
      setState({ kind: 'error', message: t('checkFailed', { detail: (e as Error).message }) });
    }
  }

  const swaps = state.kind === 'ready' ? state.exercises.filter((e) => e.type === 'swap').length : 0;
  return (
    <section className={`${styles.fromCheck} ${styles.root}`} aria-label={t('checkButton')}>
      {state.kind === 'ready' && swaps > 0 ? (
        <Suspense fallback={<p>{t('checkLoading')}</p>}>
          <PracticeSession
            pool={state.exercises}
            source="check"
            locale={locale}
            wordsHref={`/${locale}/words`}
            autoStart
          />
        </Suspense>
      ) : (
        <>
          <p>{t('checkIntro')}</p>
          <button
            type="button"
            className={styles.secondary}
            onClick={load}
            disabled={state.kind === 'loading'}
          >
            {t('checkButton')}
          </button>
        </>
      )}
      <p role="status" className={styles.meta}>
        {state.kind === 'loading' && t('checkLoading')}
        {state.kind === 'ready' && swaps === 0 && t('checkNone')}
        {state.kind === 'error' && state.message}
      </p>
    </section>
  );
}
