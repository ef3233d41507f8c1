'use client';

import { useTranslations } from 'next-intl';
import { inLocale } from '@/i18n/routing';
import type { Outcome } from '@/lib/practice/session';
import type { Exercise } from '@/lib/practice/types';
import styles from './practice.module.css';

interface Props {
  ex: Exercise;
  result: Outcome;
  locale: string;
  /** The miss was saved as a card in My words. */
  saved: boolean;
  problem: string | null;
  last: boolean;
  onNext: () => void;
  focusRef: (el: HTMLButtonElement | null) => void;
}

/** After an answer: the verdict, the corrected clause, both words with pinyin, the explanation and the gloss. */
export function Feedback({ ex, result, locale, saved, problem, last, onNext, focusRef }: Props) {
  const t = useTranslations('Practice');
  const why = ex.type === 'swap' ? inLocale(ex.explanation, locale) : undefined;
  const verdict =
    ex.type === 'clean'
      ? result.correct
        ? t('cleanRight')
        : t('cleanWrong')
      : result.correct
        ? t('chooseRight', { original: ex.original })
        : result.chose
          ? t('halfRight', { spun: ex.spun, original: ex.original })
          : t('authorWrote', { original: ex.original });
  return (
    <div className={styles.feedback} data-correct={result.correct}>
      <p className={styles.verdictBig}>
        <span aria-hidden="true">{result.correct ? '✓' : '✗'}</span> {verdict}
      </p>
      {ex.type === 'swap' && (
        <>
          <p className={styles.pair}>
            <span className={styles.pairWord} data-side="spun">
              <span lang="zh-Hans">{ex.spun}</span>
              <span className={styles.py}>{ex.spunPinyin}</span>
            </span>
            <span className={styles.arrow} aria-hidden="true">
              →
            </span>
            <span className="sr"> → </span>
            <span className={styles.pairWord} data-side="original">
              <span lang="zh-Hans">{ex.original}</span>
              <span className={styles.py}>{ex.originalPinyin}</span>
            </span>
          </p>
          <dl className={styles.facts}>
            <dt>{t('corrected')}</dt>
            <dd lang="zh-Hans" className={styles.zh}>
              {ex.corrected.slice(0, ex.at)}
              <ins>{ex.original}</ins>
              {ex.corrected.slice(ex.at + ex.original.length)}
            </dd>
            <dt>{t('why')}</dt>
            <dd lang={why?.lang}>{why?.text}</dd>
            {ex.en && (
              <>
                <dt>{t('english')}</dt>
                <dd lang="en">{ex.en}</dd>
              </>
            )}
          </dl>
        </>
      )}
      {ex.type === 'clean' && ex.en && (
        <dl className={styles.facts}>
          <dt>{t('english')}</dt>
          <dd lang="en">{ex.en}</dd>
        </dl>
      )}
      {!result.correct && ex.type === 'swap' && (saved || problem) && (
        <p className={styles.saved}>{problem ?? t('addedToWords')}</p>
      )}
      <div className={styles.next}>
        {ex.href && (
          <a href={ex.href} className={styles.link}>
            {t('readInArticle')}
          </a>
        )}
        <button type="button" className={styles.primary} onClick={onNext} ref={focusRef}>
          {last ? t('finish') : t('continue')}
        </button>
      </div>
    </div>
  );
}
