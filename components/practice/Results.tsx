'use client';

import { useTranslations } from 'next-intl';
import { byCategory, type Outcome } from '@/lib/practice/session';
import styles from './practice.module.css';

interface Props {
  outcomes: readonly Outcome[];
  missed: number;
  /** How many misses were saved as cards. */
  saved: number;
  wordsHref: string;
  problem: string | null;
  focusRef: (el: HTMLHeadingElement | null) => void;
  onRetry: () => void;
  onNew: () => void;
}

/** The end of a session: the score, right and wrong by kind, and what to do next. */
export function Results({ outcomes, missed, saved, wordsHref, problem, focusRef, onRetry, onNew }: Props) {
  const t = useTranslations('Practice');
  const right = outcomes.filter((o) => o.correct).length;
  return (
    <section className={styles.results} aria-labelledby="practice-result">
      <h2 id="practice-result" tabIndex={-1} ref={focusRef}>
        {t('resultTitle')}
      </h2>
      <p className={styles.score}>
        <span className={styles.scoreBig} aria-hidden="true">
          {right}
          <span className={styles.scoreOf}>/{outcomes.length}</span>
        </span>
        <span className="sr">{t('score', { right, total: outcomes.length })}</span>
      </p>
      <h3 className={styles.kindsH}>{t('kindsHeading')}</h3>
      <ul className={styles.kinds}>
        {byCategory(outcomes).map((k) => (
          <li key={k.category}>
            <span className={styles.kindName}>{t(`kinds.${k.category}`)}</span>
            <span className={styles.meter} aria-hidden="true">
              <span style={{ width: `${(100 * k.right) / k.total}%` }} />
            </span>
            <span className={styles.kindScore}>{t('score', { right: k.right, total: k.total })}</span>
          </li>
        ))}
      </ul>
      {problem ? (
        <p className={styles.saved}>{problem}</p>
      ) : (
        <p className={styles.meta}>
          {saved > 0 ? t('missedSaved', { count: saved }) : missed === 0 ? t('missedNone') : null}
        </p>
      )}
      <div className={styles.next}>
        {missed > 0 && (
          <button type="button" className={styles.primary} onClick={onRetry}>
            {t('retryMissed', { count: missed })}
          </button>
        )}
        <button type="button" className={missed > 0 ? styles.secondary : styles.primary} onClick={onNew}>
          {t('newSession')}
        </button>
        <a href={wordsHref} className={styles.link}>
          {t('toWords')}
        </a>
      </div>
    </section>
  );
}
