'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { filterTerms } from '@/lib/study/search';
import { Highlight } from './Highlight';
import { Pinyin } from './Pinyin';
import { useTonePreference } from './preferences';
import { useSavedWords } from './saved-words';
import { ListenButton, useChineseVoice } from './speech';

export type TermKind = 'domain' | 'idiom' | 'name' | 'phrase';

export interface TermItem {
  hanzi: string;
  traditional: string;
  pinyin: string;
  en: string;
  kind: TermKind;
  /** The learner's note in the UI language. */
  note: string;
  sentence: { id: number; zh: string; en?: string; href: string };
  garbled?: string;
}

const KINDS: readonly TermKind[] = ['domain', 'idiom', 'name', 'phrase'];

/** An article's key terms, filterable by kind and searchable by hanzi, pinyin (toned or not) and English. */
export function TermList({ terms, wordsHref }: { terms: readonly TermItem[]; wordsHref: string }) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<TermKind | undefined>(undefined);
  const [tones, setTones] = useTonePreference();
  const voice = useChineseVoice();
  const { saved, add, problem } = useSavedWords();
  const shown = useMemo(() => filterTerms(terms, query, kind), [terms, query, kind]);
  const present = KINDS.filter((k) => terms.some((t) => t.kind === k));
  const tt = useTranslations('Terms');
  const tp = useTranslations('Popup');
  const tw = useTranslations('Words');
  const problemText = {
    quota: tp('quota'),
    recovered: tp('recovered'),
    stuck: tw('noticeStuck'),
    unavailable: tp('unavailable'),
  };

  return (
    <div className="terms">
      {problem && (
        <p className="notice" role="alert">
          {problemText[problem]} {problem !== 'unavailable' && <a href={wordsHref}>{tw('nav')}</a>}
        </p>
      )}
      <div className="term-filters">
        <div className="term-search">
          <label htmlFor="term-q">{tt('search')}</label>
          <input
            id="term-q"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="term-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <p id="term-q-hint" className="hint">
            {tt('searchHint')}
          </p>
        </div>
        <div className="term-kinds" role="group" aria-label={tt('kind')}>
          <button type="button" aria-pressed={kind === undefined} onClick={() => setKind(undefined)}>
            {tt('all')} ({terms.length})
          </button>
          {present.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={kind === k}
              data-kind={k}
              onClick={() => setKind(kind === k ? undefined : k)}
            >
              {tt(`kind_${k}`)} ({terms.filter((t) => t.kind === k).length})
            </button>
          ))}
        </div>
        <label className="term-tones">
          <input type="checkbox" checked={tones} onChange={(e) => setTones(e.target.checked)} /> {tp('tones')}
        </label>
      </div>
      <p className="term-count" role="status">
        {tt('count', { shown: shown.length, total: terms.length })}
      </p>
      {shown.length === 0 && <p className="term-empty">{tt('empty')}</p>}
      <ul className="term-list">
        {shown.map((t) => {
          const isSaved = saved.has(t.hanzi);
          return (
            <li key={t.hanzi} id={`t-${t.hanzi}`} className="term" data-kind={t.kind}>
              <div className="term-head">
                <h2 className="term-hanzi">
                  <span lang="zh-Hans" title={tt('simplified')}>
                    {t.hanzi}
                  </span>
                  {t.traditional !== t.hanzi && (
                    <span className="term-trad" lang="zh-Hant" title={tt('traditional')}>
                      <span className="sr">{tt('traditional')}: </span>
                      {t.traditional}
                    </span>
                  )}
                </h2>
                <Pinyin text={t.pinyin} className="term-py" />
                <span className="term-kind">{tt(`kind_${t.kind}`)}</span>
              </div>
              <p className="term-en" lang="en">
                {t.en}
              </p>
              <p className="term-note">
                <strong className="label">{tt('note')}</strong>
                {t.note}
              </p>
              <p className="term-sentence">
                <a className="label" href={t.sentence.href}>
                  {tt('sentence', { n: t.sentence.id })}
                </a>
                <span lang="zh-Hans">
                  <Highlight text={t.sentence.zh} term={t.hanzi} />
                </span>
              </p>
              {t.garbled && (
                <p className="term-garbled">
                  <span className="label">{tt('garbled')}</span>
                  <del lang="zh-Hans">{t.garbled}</del>
                </p>
              )}
              <div className="term-actions">
                <button
                  type="button"
                  aria-pressed={isSaved}
                  aria-label={isSaved ? undefined : tp('addWord', { word: t.hanzi })}
                  onClick={() => {
                    if (isSaved) return;
                    void add({
                      hanzi: t.hanzi,
                      traditional: t.traditional,
                      pinyin: t.pinyin,
                      en: t.en,
                      sentence: {
                        zh: t.sentence.zh,
                        ...(t.sentence.en ? { en: t.sentence.en } : {}),
                        href: t.sentence.href,
                      },
                    });
                  }}
                >
                  {isSaved ? `✓ ${tp('added')}` : tp('add')}
                </button>
                <ListenButton text={t.hanzi} label={tp('listen')} voice={voice} />
                <ListenButton
                  text={t.sentence.zh}
                  label={tp('listenSentence')}
                  voice={voice}
                  className="sentence"
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
