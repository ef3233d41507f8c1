'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createShardClient, createSubsetClient, type DictionaryClient } from '@/lib/dictionary/client';
import { rankByReading } from '@/lib/dictionary/lookup';
import type { Explained } from '@/lib/dictionary/types';
import type { NewWord } from '@/lib/study/store';
import { simplifiedOf } from '@/components/reader/script-forms';
import { DictEntries } from './DictEntries';
import { Pinyin } from './Pinyin';
import { useTonePreference } from './preferences';
import { useSavedWords, type SaveProblem } from './saved-words';
import { ListenButton, useChineseVoice } from './speech';

export interface WordPopupProps {
  /** The element whose words open popups. */
  rootId: string;
  /**
   * What a word is, inside the root and outside a correction (`.corr`): by default a `<ruby>` (as
   * the reader renders every Chinese word) or any `.w` element. Its word is `data-w`, else its
   * Simplified form (components/reader/script-forms.ts), else its text without `<rt>`; its `<rt>`
   * is the pinyin read in context and its `data-t` the Taiwan form.
   */
  wordSelector?: string;
  /** Elements that group words for ←/→ (a sentence, focusable with tabindex=0). */
  groupSelector?: string;
  /** An article's dictionary subset; without it the shards of the whole dictionary are fetched. */
  dictUrl?: string;
  /** The term list; a key term's entry links to `${termsHref}#t-<word>`. */
  termsHref?: string;
  wordsHref: string;
  /** Dictionary credit (with its links), rendered on the server. */
  credit: ReactNode;
}

interface SentenceInfo {
  zh: string;
  en?: string;
  href?: string;
}

interface Target {
  el: HTMLElement;
  word: string;
  /** Traditional form as the page shows it, for a whole word. */
  tw?: string;
  /** Pinyin as read in this sentence, for a whole word. */
  py?: string;
  sentence?: SentenceInfo;
  /** A corrected word (the Corrected view): which correction put it here. */
  corr?: { id: string; from: string; to: string };
}

type Lookup = { state: 'loading' } | { state: 'ready'; items: Explained[] } | { state: 'error' };

/** Scroll so that `el` sits between the sticky toolbar (if any) and the top of a bottom sheet. */
export function revealAbove(el: Element, sheetTop: number) {
  const r = el.getBoundingClientRect();
  const top = (document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0) + 8;
  const bottom = sheetTop - 8;
  if (r.top >= top && r.bottom <= bottom) return;
  const want = top + Math.max(0, (bottom - top - r.height) / 2);
  window.scrollBy({ top: r.top - want, behavior: 'instant' });
}

function textWithout(el: Element, remove: string): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(remove).forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}

/** The corrected sentence a word sits in, its English, and a link to it. */
function sentenceOf(el: Element): SentenceInfo | undefined {
  const pair = el.closest<HTMLElement>('[data-sentence]');
  if (!pair) return undefined;
  const zh = textWithout(pair.querySelector('.zh-text') ?? pair, 'rt, .sr, .tag, .anchor, del');
  const en = pair.querySelector('.en-text')?.textContent?.trim();
  const out: SentenceInfo = { zh };
  if (en && en !== '—') out.en = en;
  if (pair.id) out.href = `${location.pathname}#${pair.id}`;
  return out;
}

function targetOf(el: HTMLElement): Target {
  const whole = !el.dataset.w;
  const word = el.dataset.w ?? simplifiedOf(el) ?? textWithout(el, 'rt');
  const t: Target = { el, word, sentence: sentenceOf(el) };
  if (whole) {
    const tw = el.dataset.t;
    if (tw) t.tw = tw;
    const py = el.querySelector('rt')?.textContent;
    if (py) t.py = py;
  }
  return t;
}

/** Pinyin and English to save for a word, from what the dictionary says. */
function summary(
  items: readonly Explained[],
  py?: string,
): { pinyin: string; en: string; traditional?: string } {
  if (items.length === 1 && items[0]!.entries.length) {
    const [first] = rankByReading(items[0]!.entries, py);
    return { pinyin: py ?? first!.p, en: first!.d.slice(0, 3).join('; '), traditional: first!.t };
  }
  const known = items.filter((i) => i.entries.length);
  return {
    pinyin: py ?? known.map((i) => i.entries[0]!.p).join(' '),
    en: known.map((i) => `${i.w}: ${i.entries[0]!.d[0]}`).join('; '),
  };
}

function useLookup(client: DictionaryClient, words: readonly string[] | null, attempt: number): Lookup[] {
  const key = words?.join('\u0000') ?? '';
  // Results are tagged with the request they answer; until the current one's arrive, it is loading.
  const request = `${attempt}\u0001${key}`;
  const [out, setOut] = useState<{ request: string; lookups: Lookup[] }>({ request: '', lookups: [] });
  useEffect(() => {
    if (!key) return;
    const list = key.split('\u0000');
    let live = true;
    Promise.all(list.map((w) => client.explainWord(w))).then(
      (results) => live && setOut({ request, lookups: results.map((items) => ({ state: 'ready', items })) }),
      () => live && setOut({ request, lookups: list.map(() => ({ state: 'error' })) }),
    );
    return () => {
      live = false;
    };
  }, [client, key, request]);
  const loading = useMemo<Lookup[]>(
    () => (key ? key.split('\u0000').map(() => ({ state: 'loading' })) : []),
    [key],
  );
  return out.request === request ? out.lookups : loading;
}

function Problem({ problem, wordsHref }: { problem: SaveProblem | null; wordsHref: string }) {
  const t = useTranslations('Popup');
  if (!problem) return null;
  const text =
    problem === 'quota' ? t('quota') : problem === 'unavailable' ? t('unavailable') : t('recovered');
  return (
    <p className="wp-problem" role="alert">
      {text} {problem !== 'unavailable' && <a href={wordsHref}>{t('review')}</a>}
    </p>
  );
}

/**
 * The word popup island: opens a dialog for any word of the root by click, tap or keyboard
 * (Tab to a sentence, ←/→ between its words, Enter or Space), shows Simplified and Traditional,
 * pinyin and the dictionary's definitions (fetched the first time), lets the learner save the
 * word; fills each correction's explanation with the meanings of both words when it opens.
 */
export function WordPopup({
  rootId,
  wordSelector = 'ruby, .w',
  groupSelector = '.zh',
  dictUrl,
  termsHref,
  wordsHref,
  credit,
}: WordPopupProps) {
  const t = useTranslations('Popup');
  const client = useMemo(() => (dictUrl ? createSubsetClient(dictUrl) : createShardClient()), [dictUrl]);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [corr, setCorr] = useState<{
    host: HTMLElement;
    from: string;
    to: string;
    word?: string;
    sentence?: SentenceInfo;
  } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [tones, setTones] = useTonePreference();
  const voice = useChineseVoice();
  const { saved, add, problem, refresh } = useSavedWords({ eager: false });

  const open = useCallback(
    (el: HTMLElement, corr?: Target['corr']) => {
      void refresh();
      setTarget({ ...targetOf(el), ...(corr ? { corr } : {}) });
    },
    [refresh],
  );

  // Clicks and keys on the words, delegated from the root.
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!root) return;
    const isWord = (el: Element | null | undefined): el is HTMLElement =>
      el instanceof HTMLElement && el.matches(wordSelector) && !el.closest('.corr') && root.contains(el);
    const stops = (group: Element) =>
      [...group.querySelectorAll<HTMLElement>(`${wordSelector}, .corr-btn`)].filter(
        (el) =>
          (el.classList.contains('corr-btn') || isWord(el as Element)) && el.getClientRects().length > 0,
      );
    const focusStop = (el: HTMLElement) => {
      // Focusable by script only: the sentence, not each of its words, is in the Tab order.
      if (isWord(el) && !el.hasAttribute('tabindex')) {
        el.tabIndex = -1;
        el.setAttribute('role', 'button');
        el.setAttribute('aria-haspopup', 'dialog');
      }
      el.focus();
    };
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement;
      const group = t.closest(groupSelector);
      if (!group || !root!.contains(group)) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'Home' || e.key === 'End') {
        const list = stops(group);
        const at = list.indexOf(t);
        if (!list.length || (at < 0 && (e.key === 'Home' || e.key === 'End'))) return;
        const last = list.length - 1;
        let next: number;
        if (at < 0) next = e.key === 'ArrowLeft' ? last : 0;
        else if (e.key === 'Home') next = 0;
        else if (e.key === 'End') next = last;
        else next = Math.max(0, Math.min(last, at + (e.key === 'ArrowRight' ? 1 : -1)));
        e.preventDefault();
        focusStop(list[next]!);
      } else if ((e.key === 'Enter' || e.key === ' ') && isWord(t)) {
        e.preventDefault();
        open(t);
      }
    }
    function onClick(e: MouseEvent) {
      // In the Corrected view a corrected word is a word like any other: its popup, with the correction noted.
      const btn = (e.target as Element | null)?.closest?.('.corr-btn');
      const mark = btn?.closest<HTMLElement>('.corr');
      if (btn && mark && root!.dataset.view === 'corrected' && mark.dataset.reverted !== 'true') {
        const words = [...btn.querySelectorAll<HTMLElement>('ins ruby')];
        const w = (e.target as Element).closest<HTMLElement>('ins ruby') ?? words[0];
        const note = document.querySelector<HTMLElement>(`.corr-dict[data-c="${mark.dataset.c}"]`);
        if (w && note) {
          e.preventDefault(); // not the correction's popover
          open(w, { id: mark.dataset.c!, from: note.dataset.from ?? '', to: note.dataset.to ?? '' });
          return;
        }
      }
      const w = (e.target as Element | null)?.closest?.(wordSelector);
      if (!isWord(w)) return;
      if (window.getSelection()?.isCollapsed === false) return; // selecting text, not asking
      focusStop(w);
      open(w);
    }
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('click', onClick);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('click', onClick);
    };
  }, [rootId, wordSelector, groupSelector, open]);

  // A correction's explanation popover: fill its dictionary part while it is open.
  useEffect(() => {
    function onToggle(e: Event) {
      const pop = e.target as HTMLElement;
      const host = pop.classList?.contains('corr-note') ? pop.querySelector<HTMLElement>('.corr-dict') : null;
      if (!host) return;
      if ((e as ToggleEvent).newState === 'open') {
        const mark = document.querySelector(`.corr[data-c="${host.dataset.c}"]`);
        void refresh();
        setCorr({
          host,
          from: host.dataset.from ?? '',
          to: host.dataset.to ?? '',
          word: host.dataset.w,
          sentence: mark ? sentenceOf(mark) : undefined,
        });
      } else setCorr((c) => (c?.host === host ? null : c));
    }
    // Placed beside its mark on a desk (CSS anchor positioning, .corr-note in globals.css); a sheet
    // at the bottom on a phone, with the page scrolled so that the mark stays in sight above it.
    function onBeforeToggle(e: Event) {
      const pop = e.target as HTMLElement;
      if (!pop.classList?.contains('corr-note') || (e as ToggleEvent).newState !== 'open') return;
      const id = pop.id.replace(/^x-/, '');
      document.querySelectorAll<HTMLElement>('.corr-btn.anchored').forEach((b) => {
        b.classList.remove('anchored');
      });
      document.querySelector(`.corr[data-c="${id}"] .corr-btn`)?.classList.add('anchored');
    }
    function onShown(e: Event) {
      const pop = e.target as HTMLElement;
      if (!pop.classList?.contains('corr-note') || (e as ToggleEvent).newState !== 'open') return;
      if (window.innerWidth >= 600) return;
      const mark = document.querySelector(`.corr[data-c="${pop.id.replace(/^x-/, '')}"]`);
      if (mark) revealAbove(mark, pop.getBoundingClientRect().top);
    }
    document.addEventListener('beforetoggle', onBeforeToggle, true);
    document.addEventListener('toggle', onToggle, true);
    document.addEventListener('toggle', onShown, true);
    return () => {
      document.removeEventListener('beforetoggle', onBeforeToggle, true);
      document.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('toggle', onShown, true);
    };
  }, [refresh]);

  const [wordLookup] = useLookup(client, target ? [target.word] : null, attempt);
  const corrWords = corr ? [corr.from, corr.to, corr.word].filter((w): w is string => !!w) : null;
  const corrLookups = useLookup(client, corrWords, attempt);

  // Show the dialog for a new target, beside its word (a sheet at the bottom on narrow screens).
  useEffect(() => {
    const d = dialogRef.current;
    if (target && d && !d.open) {
      d.showModal();
      d.focus();
    }
  }, [target]);
  const place = useCallback(() => {
    const d = dialogRef.current;
    if (!d?.open || !target) return;
    if (window.innerWidth < 600) {
      d.style.removeProperty('top');
      d.style.removeProperty('left');
      return;
    }
    const r = target.el.getBoundingClientRect();
    const box = d.getBoundingClientRect();
    const gap = 8;
    let top = r.bottom + gap;
    if (top + box.height > window.innerHeight - gap && r.top - gap - box.height > gap)
      top = r.top - gap - box.height;
    top = Math.max(gap, Math.min(top, window.innerHeight - box.height - gap));
    const left = Math.max(gap, Math.min(r.left, window.innerWidth - box.width - gap));
    d.style.top = `${Math.round(top)}px`;
    d.style.left = `${Math.round(left)}px`;
  }, [target]);
  useLayoutEffect(place, [place, wordLookup]);
  // On a phone the dialog is a sheet at the bottom: keep the tapped word in sight above it.
  useLayoutEffect(() => {
    const d = dialogRef.current;
    if (!d?.open || !target || window.innerWidth >= 600) return;
    revealAbove(target.el, d.getBoundingClientRect().top);
  }, [target, wordLookup]);
  useEffect(() => {
    if (!target) return;
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, { passive: true });
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place);
    };
  }, [target, place]);

  const close = () => dialogRef.current?.close();
  const onClose = () => {
    const el = target?.el;
    setTarget(null);
    el?.focus({ preventScroll: true });
  };
  const onDialogClick = (e: React.MouseEvent<HTMLDialogElement>) => {
    // A click on the backdrop lands on the dialog itself, outside its box.
    if (e.target !== e.currentTarget) return;
    const r = e.currentTarget.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) close();
  };

  const termHref = termsHref ? (w: string) => `${termsHref}#t-${encodeURIComponent(w)}` : undefined;
  const dictBody = (l: Lookup | undefined, py?: string, shownTraditional?: string) =>
    !l || l.state === 'loading' ? (
      <p className="wp-loading" role="status">
        {t('loading')}
      </p>
    ) : l.state === 'error' ? (
      <p className="wp-error" role="alert">
        {t('failed')}{' '}
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('retry')}
        </button>
      </p>
    ) : (
      <DictEntries
        items={l.items}
        contextPinyin={py}
        termHref={termHref}
        shownTraditional={shownTraditional}
      />
    );

  const addButton = (word: string, lookup: Lookup | undefined, py?: string, sentence?: SentenceInfo) => {
    const isSaved = saved.has(word);
    return (
      <button
        type="button"
        className="wp-add"
        aria-pressed={isSaved}
        disabled={lookup?.state !== 'ready'}
        onClick={() => {
          if (lookup?.state !== 'ready' || isSaved) return;
          const s = summary(lookup.items, py);
          const item: NewWord = { hanzi: word, pinyin: s.pinyin, en: s.en };
          if (s.traditional) item.traditional = s.traditional;
          if (sentence) item.sentence = sentence;
          void add(item);
        }}
      >
        {isSaved ? `✓ ${t('added')}` : t('addWord', { word })}
      </button>
    );
  };

  const trad =
    target &&
    (wordLookup?.state === 'ready' && wordLookup.items.length === 1 && wordLookup.items[0]!.entries.length
      ? (rankByReading(wordLookup.items[0]!.entries, target.py)[0]!.t ?? target.word)
      : (target.tw ?? target.word));

  return (
    <>
      <dialog
        ref={dialogRef}
        className="wp"
        aria-label={target ? t('title', { word: target.word }) : undefined}
        tabIndex={-1}
        onClose={onClose}
        onClick={onDialogClick}
      >
        {target && (
          <>
            <div className="wp-head">
              {trad === target.word ? (
                // One form when Simplified and Traditional are written alike (公司).
                <p className="wp-forms">
                  <span className="wp-hanzi" lang="zh-Hans">
                    {target.word}
                  </span>
                </p>
              ) : (
                <p className="wp-forms">
                  <span className="wp-form">
                    <span className="wp-label">{t('simplified')}</span>{' '}
                    <span className="wp-hanzi" lang="zh-Hans">
                      {target.word}
                    </span>
                  </span>
                  <span className="wp-form">
                    <span className="wp-label">{t('traditional')}</span>{' '}
                    <span className="wp-hanzi" lang="zh-Hant">
                      {trad}
                    </span>
                  </span>
                </p>
              )}
              <button
                type="button"
                className="wp-close"
                aria-label={t('close')}
                title={t('close')}
                onClick={close}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            {target.corr && (
              <p className="wp-corr">
                {t.rich('correctedHere', {
                  from: target.corr.from,
                  to: target.corr.to || '∅',
                  del: (chunks) => <del lang="zh-Hans">{chunks}</del>,
                  ins: (chunks) => <ins lang="zh-Hans">{chunks}</ins>,
                })}{' '}
                <button
                  type="button"
                  onClick={() => {
                    const id = target.corr!.id;
                    close();
                    document.getElementById(`x-${id}`)?.showPopover();
                  }}
                >
                  {t('why')}
                </button>
              </p>
            )}
            {target.py && (
              <p className="wp-py">
                <span className="wp-label">{t('inContext')}</span> <Pinyin text={target.py} />{' '}
                <ListenButton text={target.word} label={t('listen')} voice={voice} />
              </p>
            )}
            <div className="wp-body">{dictBody(wordLookup, target.py, trad ?? undefined)}</div>
            <div className="wp-actions">
              {addButton(target.word, wordLookup, target.py, target.sentence)}
              {!target.py && <ListenButton text={target.word} label={t('listen')} voice={voice} />}
              {target.sentence && (
                <ListenButton
                  text={target.sentence.zh}
                  label={t('listenSentence')}
                  voice={voice}
                  className="sentence"
                />
              )}
              <a className="wp-review" href={wordsHref}>
                {t('review')}
              </a>
              <label className="wp-tones">
                <input type="checkbox" checked={tones} onChange={(e) => setTones(e.target.checked)} />{' '}
                {t('tones')}
              </label>
            </div>
            <Problem problem={problem} wordsHref={wordsHref} />
            <p className="wp-credit">{credit}</p>
          </>
        )}
      </dialog>
      {corr &&
        createPortal(
          <div className="cd">
            {[
              { label: t('spun'), word: corr.from, i: 0 },
              { label: t('original'), word: corr.to, i: 1 },
              ...(corr.word ? [{ label: t('inWord'), word: corr.word, i: 2 }] : []),
            ]
              .filter((x) => x.word)
              .map((x) => (
                <section key={x.i} className={`cd-part cd-${x.i}`}>
                  <h4>
                    <span className="cd-label">{x.label}</span> <span lang="zh-Hans">{x.word}</span>
                  </h4>
                  {dictBody(corrLookups[corrWords!.indexOf(x.word)])}
                </section>
              ))}
            {(corr.word ?? corr.to) && (
              <div className="wp-actions">
                {[...new Set([corr.to, corr.word].filter((w): w is string => !!w))].map((w) => (
                  <span key={w} className="wp-add-group">
                    {addButton(w, corrLookups[corrWords!.indexOf(w)], undefined, corr.sentence)}
                  </span>
                ))}
                <ListenButton text={corr.word ?? corr.to} label={t('listen')} voice={voice} />
              </div>
            )}
            <Problem problem={problem} wordsHref={wordsHref} />
            <p className="wp-credit">{credit}</p>
          </div>,
          corr.host,
        )}
    </>
  );
}
