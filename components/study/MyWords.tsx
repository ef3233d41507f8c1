'use client';

import { useLocale, useTranslations } from 'next-intl';
import { inLocale } from '@/i18n/routing';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  exportProgress,
  importProgress,
  parseProgress,
  type ImportMode,
  type ImportProblem,
} from '@/lib/study/exchange';
import { downloadText } from '@/lib/client/files';
import { toAnki, toCsv } from '@/lib/study/formats';
import { counts, intervals, RATINGS, rateWord, reviewQueue, type RatingName } from '@/lib/study/scheduler';
import { STORE_KEY, wordKey, type Store } from '@/lib/study/schema';
import {
  listBackups,
  readStore,
  removeWord,
  updateStore,
  type Notice,
  type UpdateResult,
} from '@/lib/study/store';
import { Highlight } from './Highlight';
import { Pinyin } from './Pinyin';
import { useTonePreference } from './preferences';
import { browserStorage } from './saved-words';
import { ListenButton, useChineseVoice } from './speech';

/** The message for each way an imported file can be wrong (each takes the `detail`). */
const IMPORT_PROBLEM: Record<ImportProblem, `import${Capitalize<ImportProblem>}`> = {
  json: 'importJson',
  format: 'importFormat',
  version: 'importVersion',
  shape: 'importShape',
};

/** "10 min", "3 h", "4 days" in the UI language. */
function formatInterval(ms: number, locale: string): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 60 * 24
        ? [Math.round(minutes / 60), 'hour']
        : [Math.round(minutes / 1440), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

function formatWhen(at: number, now: number, locale: string): string {
  const minutes = Math.round((at - now) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (minutes < 60) return rtf.format(Math.max(1, minutes), 'minute');
  if (minutes < 60 * 24) return rtf.format(Math.round(minutes / 60), 'hour');
  return rtf.format(Math.round(minutes / 1440), 'day');
}

/** "My words": review due cards with FSRS, list, export (progress JSON, Anki, CSV) and import. */
export function MyWords() {
  const t = useTranslations('Words');
  const tp = useTranslations('Popup');
  const locale = useLocale();
  const [store, setStore] = useState<Store | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [writeError, setWriteError] = useState<UpdateResult['error']>(undefined);
  const [backups, setBackups] = useState<string[]>([]);
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  const [importMsg, setImportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [tones, setTones] = useTonePreference();
  const voice = useChineseVoice();
  const fileRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef(false);

  const load = useCallback(() => {
    const storage = browserStorage();
    const t = new Date();
    const r = readStore(storage, t);
    setStore(r.store);
    if (r.notice) setNotice(r.notice);
    setBackups(listBackups(storage));
    setNow(t);
  }, []);

  useEffect(() => {
    // localStorage exists only in the browser: read after hydration, so server and client markup agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === STORE_KEY) load();
    };
    window.addEventListener('storage', onStorage);
    const tick = setInterval(() => setNow(new Date()), 15_000);
    return () => {
      window.removeEventListener('storage', onStorage);
      clearInterval(tick);
    };
  }, [load]);

  /** Apply a change to what is stored now; report what could not be saved. */
  const change = useCallback((fn: (s: Store, at: Date) => Store): boolean => {
    const t = new Date();
    const r = updateStore(browserStorage(), t, (s) => fn(s, t));
    setStore(r.store);
    if (r.notice) setNotice(r.notice);
    setWriteError(r.error);
    setBackups(listBackups(browserStorage()));
    setNow(t);
    return !r.error;
  }, []);

  const queue = useMemo(() => (store ? reviewQueue(store.words, now) : []), [store, now]);
  const current = queue[0];
  const c = store ? counts(store.words, now) : undefined;
  const preview = current && revealed ? intervals(current.card, now) : undefined;
  // A swapped word's card gives its meaning in the UI language where the swap has one.
  const meaning = inLocale({ en: current?.en ?? '', zh: current?.swap?.zh }, locale);

  const rate = useCallback(
    (rating: RatingName) => {
      if (!current) return;
      focusNext.current = true;
      change((s, t) => rateWord(s, wordKey(current), rating, t));
      setRevealed(false);
    },
    [current, change],
  );

  // Keyboard: 1–4 rate a revealed card (Space/Enter act on the focused button as usual).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!revealed || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement;
      if (el.closest('input, textarea, select, [contenteditable="true"]')) return;
      const i = ['1', '2', '3', '4'].indexOf(e.key);
      if (i >= 0) {
        e.preventDefault();
        rate(RATINGS[i]!);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [revealed, rate]);

  const currentKey = current && wordKey(current);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
    else if (focusNext.current) {
      focusNext.current = false;
      (showRef.current ?? document.getElementById('review-status'))?.focus();
    }
  }, [revealed, currentKey]);

  async function onImport(e: FormEvent) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setImportMsg({ ok: false, text: t('importNoFile') });
      return;
    }
    const parsed = parseProgress(await file.text());
    if (!parsed.ok) {
      const key = IMPORT_PROBLEM[parsed.problem];
      setImportMsg({ ok: false, text: t(key, { detail: parsed.detail }) });
      return;
    }
    let result = { added: 0, updated: 0 };
    const ok = change((s) => {
      const r = importProgress(s, parsed.words, importMode);
      result = r;
      return r.store;
    });
    if (ok) {
      setImportMsg({ ok: true, text: t('importDone', { count: parsed.words.length, ...result }) });
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  const today = now.toISOString().slice(0, 10);
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const problem =
    notice?.kind === 'unavailable' || writeError === 'unavailable'
      ? t('noticeUnavailable')
      : notice?.kind === 'stuck' || writeError === 'readOnly'
        ? t('noticeStuck')
        : writeError === 'quota'
          ? t('noticeQuota')
          : undefined;

  // Tone colours apply to the card's pinyin and the list's: set in the card, or under "nothing to review".
  const tonesToggle = (
    <label className="term-tones">
      <input type="checkbox" checked={tones} onChange={(e) => setTones(e.target.checked)} /> {tp('tones')}
    </label>
  );

  return (
    <div className="my-words">
      {(notice?.kind === 'recovered' || problem) && (
        <div className="notice" role="alert">
          {notice?.kind === 'recovered' && <p>{t('noticeRecovered', { detail: notice.detail })}</p>}
          {problem && <p>{problem}</p>}
          {notice?.kind === 'stuck' && (
            <button
              type="button"
              onClick={() => {
                const raw = browserStorage()?.getItem(STORE_KEY);
                if (raw) downloadText(`unspun-words-unreadable-${today}.json`, raw, 'application/json');
              }}
            >
              {t('backupDownload')}
            </button>
          )}
        </div>
      )}

      {store === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <section className="review" aria-labelledby="review-h">
            <h2 id="review-h">{t('review')}</h2>
            <p className="review-counts" id="review-status" tabIndex={-1} role="status">
              {c && t('counts', { now: queue.length, fresh: c.fresh, total: c.total })}
            </p>
            {store.words.length === 0 ? (
              <p className="review-empty">{t('empty')}</p>
            ) : current ? (
              <div className="review-card">
                <p className="review-word" lang="zh-Hans">
                  {current.swap?.published ?? current.hanzi}
                </p>
                {!revealed ? (
                  <button
                    type="button"
                    ref={showRef}
                    className="review-show"
                    onClick={() => setRevealed(true)}
                  >
                    {t('show')}
                  </button>
                ) : (
                  <div className="review-answer" ref={answerRef} tabIndex={-1}>
                    <p className="review-reading">
                      <Pinyin text={current.pinyin} />
                      {current.traditional && current.traditional !== current.hanzi && (
                        <span className="review-trad">
                          <span className="label">{tp('traditional')}</span>
                          <span lang="zh-Hant">{current.traditional}</span>
                        </span>
                      )}{' '}
                      <ListenButton text={current.hanzi} label={t('listenWord')} voice={voice} />
                    </p>
                    {current.swap && (
                      <p className="review-word" lang="zh-Hans">
                        {current.hanzi}
                      </p>
                    )}
                    <p className="review-en" lang={meaning.lang}>
                      {meaning.text}
                    </p>
                    {current.sentence && (
                      <div className="review-sentence">
                        <p lang="zh-Hans">
                          <Highlight text={current.sentence.zh} term={current.hanzi} />{' '}
                          <ListenButton
                            text={current.sentence.zh}
                            label={t('listenSentence')}
                            voice={voice}
                            className="sentence"
                          />
                        </p>
                        {current.sentence.en && <p lang="en">{current.sentence.en}</p>}
                        {current.sentence.href && (
                          <p>
                            <a href={current.sentence.href}>{t('open')}</a>
                          </p>
                        )}
                      </div>
                    )}
                    <div className="review-rate" role="group" aria-label={t('rate')}>
                      <p className="review-rate-q">{t('rate')}</p>
                      {RATINGS.map((r, i) => (
                        <button
                          key={r}
                          type="button"
                          data-rating={r}
                          aria-keyshortcuts={String(i + 1)}
                          onClick={() => rate(r)}
                        >
                          <span className="rating">{t(r)}</span>
                          {preview && <span className="interval">{formatInterval(preview[r], locale)}</span>}
                        </button>
                      ))}
                    </div>
                  </div>
                )}
                <div className="review-settings">
                  {tonesToggle}
                  <p className="hint">{t('keys')}</p>
                </div>
              </div>
            ) : (
              <>
                <p className="review-done">
                  {c?.next ? t('nextDue', { when: formatWhen(c.next, now.getTime(), locale) }) : t('noneDue')}
                </p>
                <div className="review-settings">{tonesToggle}</div>
              </>
            )}
          </section>

          {store.words.length > 0 && (
            <section className="word-list" aria-labelledby="list-h">
              <h2 id="list-h">{t('list', { count: store.words.length })}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('colWord')}</th>
                    <th scope="col">{t('colPinyin')}</th>
                    <th scope="col">{t('colEnglish')}</th>
                    <th scope="col">{t('dueLabel')}</th>
                    <th scope="col">
                      <span className="sr">{t('remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {store.words.map((w) => (
                    <tr key={wordKey(w)}>
                      <th scope="row" lang="zh-Hans">
                        {w.swap ? `${w.swap.published} → ${w.hanzi}` : w.hanzi}
                      </th>
                      <td>
                        <Pinyin text={w.pinyin} />
                      </td>
                      <td lang="en">{w.en}</td>
                      <td className="word-due">
                        {w.card ? (
                          <time dateTime={w.card.due}>{dateFmt.format(new Date(w.card.due))}</time>
                        ) : (
                          t('new')
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-label={t('removeWord', { word: w.hanzi })}
                          onClick={() => change((s) => removeWord(s, wordKey(w)))}
                        >
                          {t('remove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}

          <section className="word-export" aria-labelledby="export-h">
            <h2 id="export-h">{t('export')}</h2>
            <div className="buttons">
              {(
                [
                  // [label, file name, contents, type, needs words]
                  [
                    'exportJson',
                    `unspun-words-${today}.json`,
                    () => exportProgress(store, new Date()),
                    'application/json',
                    false,
                  ],
                  [
                    'exportAnki',
                    `unspun-words-anki-${today}.txt`,
                    () => toAnki(store.words),
                    'text/plain;charset=utf-8',
                    true,
                  ],
                  // A byte-order mark so spreadsheet programs read the file as UTF-8.
                  [
                    'exportCsv',
                    `unspun-words-${today}.csv`,
                    () => `\uFEFF${toCsv(store.words)}`,
                    'text/csv;charset=utf-8',
                    true,
                  ],
                ] as const
              ).map(([label, file, contents, type, needsWords]) => (
                <button
                  key={label}
                  type="button"
                  disabled={needsWords && store.words.length === 0}
                  onClick={() => downloadText(file, contents(), type)}
                >
                  {t(label)}
                </button>
              ))}
            </div>
            <p className="hint">{t('exportNote')}</p>
            <p className="hint">{t('storageNote')}</p>
          </section>

          <section className="word-import" aria-labelledby="import-h">
            <h2 id="import-h">{t('import')}</h2>
            <form onSubmit={onImport}>
              <p>
                <label htmlFor="import-file">{t('importFile')}</label>
                <br />
                <input id="import-file" ref={fileRef} type="file" accept="application/json,.json" />
              </p>
              <fieldset>
                <legend>{t('importMode')}</legend>
                {(['merge', 'replace'] as const).map((m) => (
                  <label key={m}>
                    <input
                      type="radio"
                      name="import-mode"
                      value={m}
                      checked={importMode === m}
                      onChange={() => setImportMode(m)}
                    />{' '}
                    {m === 'merge' ? t('importMerge') : t('importReplace')}
                  </label>
                ))}
              </fieldset>
              <button type="submit">{t('importButton')}</button>
              <p className={importMsg?.ok === false ? 'import-msg error' : 'import-msg'} role="status">
                {importMsg?.text}
              </p>
            </form>
          </section>

          {backups.length > 0 && (
            <section className="word-backups" aria-labelledby="backups-h">
              <h2 id="backups-h">{t('backups')}</h2>
              <p>{t('backupsIntro')}</p>
              <ul>
                {backups.map((key) => (
                  <li key={key}>
                    <code>{key}</code>{' '}
                    <button
                      type="button"
                      onClick={() => {
                        const raw = browserStorage()?.getItem(key);
                        if (raw !== null && raw !== undefined)
                          downloadText(`${key.replace(/[^\w.-]+/g, '-')}.json`, raw, 'application/json');
                      }}
                    >
                      {t('backupDownload')}
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => {
                        try {
                          browserStorage()?.removeItem(key);
                        } catch {
                          /* nothing to do: the list is re-read below */
                        }
                        setBackups(listBackups(browserStorage()));
                      }}
                    >
                      {t('backupDelete')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
