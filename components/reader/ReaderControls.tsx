'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { CopyDownload } from '@/components/site/CopyDownload';
import { useTonePreference } from '@/components/study/preferences';
import { Legend } from './Legend';
import { chooseView, DEFAULT_VIEW, parsePrefs, STORE, VIEWS, type Prefs, type View } from './reader-prefs';
import { SCRIPTS, showScript, type Script } from './script-forms';
import { correctedTextOf } from './text-of-dom';
import { toneRubies } from './tone-rt';

function readPrefs(): Prefs {
  try {
    return parsePrefs(localStorage.getItem(STORE), VIEWS, SCRIPTS);
  } catch {
    return {};
  }
}

function writePrefs(p: Prefs) {
  try {
    localStorage.setItem(STORE, JSON.stringify(p));
  } catch {
    /* storage full or disabled: preferences simply are not remembered */
  }
}

/** Focus the next/previous sentence after the focused one (or the first one on screen). */
function moveSentence(rootId: string, step: 1 | -1) {
  const all = [...document.querySelectorAll<HTMLElement>(`#${rootId} .pair[data-sentence] .zh`)];
  if (!all.length) return;
  const focused = all.findIndex((el) => el.contains(document.activeElement));
  const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  const onScreen = all.findIndex((el) => el.getBoundingClientRect().bottom > toolbar + 16);
  const from = focused >= 0 ? focused : Math.max(onScreen, 0) - (step === 1 ? 1 : 0);
  const next = all[Math.min(all.length - 1, Math.max(0, from + step))]!;
  next.focus({ preventScroll: true });
  // Centred, and below the sticky toolbar even when taller than the space left (scroll-margin-top).
  const r = next.getBoundingClientRect();
  const room = window.innerHeight - toolbar;
  next.scrollIntoView({ block: r.height > room * 0.8 ? 'start' : 'center', behavior: 'smooth' });
}

/**
 * The article's only client island: flips data attributes on the reader root (CSS shows the
 * chosen view, script and pinyin from markup prerendered at build time), keeps the view in the
 * URL, remembers preferences, reverts single corrections, and copies/downloads the text.
 */
export function ReaderControls({ rootId, slug }: { rootId: string; slug: string }) {
  const t = useTranslations('Reader');
  const scriptLabel: Record<Script, string> = {
    s: t('scriptSimplified'),
    tw: t('scriptTw'),
    hk: t('scriptHk'),
  };
  const viewLabel: Record<View, string> = {
    published: t('viewPublished'),
    corrected: t('viewCorrected'),
    changes: t('viewChanges'),
  };
  const shortcutList: [string, string][] = [
    ['j', t('shortcutNext')],
    ['k', t('shortcutPrev')],
    ['v', t('shortcutView')],
    ['p', t('shortcutPinyin')],
    ['t', t('shortcutScript')],
    ['?', t('shortcutHelp')],
  ];
  const [view, setView] = useState<View>(DEFAULT_VIEW);
  const [script, setScript] = useState<Script>('s');
  const [pinyin, setPinyin] = useState(false);
  const [ready, setReady] = useState(false);
  const [tones, setTones] = useTonePreference();

  // On load: the URL's ?view wins, then remembered preferences.
  useEffect(() => {
    const prefs = readPrefs();
    // The URL's query and localStorage are the browser's: read after hydration, so server and client markup agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setView(chooseView(new URLSearchParams(location.search).get('view'), prefs, VIEWS, DEFAULT_VIEW));
    if (prefs.script) setScript(prefs.script);
    if (prefs.pinyin !== undefined) setPinyin(prefs.pinyin);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const root = document.getElementById(rootId);
    if (root) {
      // The island is live: its buttons work from here on (tests wait for this).
      root.dataset.ready = 'true';
      root.dataset.view = view;
      root.dataset.script = script;
      showScript(root, script);
      root.dataset.pinyin = pinyin ? 'on' : 'off';
    }
    writePrefs({ view, script, pinyin });
    const url = new URL(location.href);
    const current = url.searchParams.get('view');
    // A plain link stays plain for the default view; any other choice is written into the URL.
    if (current !== view && !(view === DEFAULT_VIEW && current === null)) {
      url.searchParams.set('view', view);
      history.replaceState(history.state, '', url);
    }
  }, [ready, view, script, pinyin, rootId]);

  // Tone colours reach the text's pinyin too (the title's included), once both are on.
  useEffect(() => {
    if (!ready || !tones || !pinyin) return;
    const root = document.getElementById(rootId);
    if (root) toneRubies(root);
    for (const title of document.querySelectorAll('.title-zh')) toneRubies(title);
  }, [ready, tones, pinyin, rootId]);

  // Revert / restore a single correction from its explanation popover.
  useEffect(() => {
    function onClick(e: MouseEvent) {
      const btn = (e.target as Element | null)?.closest?.('[data-revert]');
      if (!(btn instanceof HTMLElement)) return;
      const id = btn.dataset.revert;
      const mark = document.querySelector<HTMLElement>(`.corr[data-c="${id}"]`);
      if (!mark) return;
      const reverted = mark.dataset.reverted !== 'true';
      mark.dataset.reverted = String(reverted);
      btn.setAttribute('aria-pressed', String(reverted));
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  // Keyboard: j/k sentences, v views, p pinyin, t Traditional, ? the list.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      switch (e.key) {
        case 'j':
        case 'k':
          moveSentence(rootId, e.key === 'j' ? 1 : -1);
          break;
        case 'v':
          setView((v) => VIEWS[(VIEWS.indexOf(v) + 1) % VIEWS.length]!);
          break;
        case 'p':
          setPinyin((p) => !p);
          break;
        case 't':
          setScript((s) => (s === 's' ? 'tw' : 's'));
          break;
        case '?':
          document.getElementById('shortcuts')?.togglePopover();
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rootId]);

  const text = useCallback(() => {
    const root = document.getElementById(rootId);
    return root ? correctedTextOf(root) : '';
  }, [rootId]);

  const scriptButtons = SCRIPTS.map((s) => (
    <button
      key={s}
      type="button"
      aria-pressed={script === s}
      data-script-button={s}
      onClick={() => setScript(s)}
    >
      {scriptLabel[s]}
    </button>
  ));
  const pinyinButton = (
    <button type="button" aria-pressed={pinyin} data-pinyin-button onClick={() => setPinyin(!pinyin)}>
      {t('pinyin')}
    </button>
  );

  // One row: the views always; script and pinyin inline on wide screens; everything in the sheet.
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="group seg views" role="group" aria-label={t('view')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            data-view-button={v}
            onClick={() => setView(v)}
          >
            {viewLabel[v]}
          </button>
        ))}
      </div>
      <div className="group seg wide" role="group" aria-label={t('script')}>
        {scriptButtons}
      </div>
      <div className="group wide">{pinyinButton}</div>
      <button
        type="button"
        className="settings-button"
        popoverTarget="reader-settings"
        aria-label={t('settings')}
        title={t('settings')}
      >
        <span aria-hidden="true" className="aa">
          Aa
        </span>
        <span aria-hidden="true" className="wide">
          {t('more')}
        </span>
      </button>
      <p className="sr" aria-live="polite">
        {t('scriptShown', { script: scriptLabel[script] })}
      </p>
      <div
        id="reader-settings"
        popover="auto"
        role="dialog"
        aria-labelledby="reader-settings-title"
        className="sheet"
      >
        <div className="sheet-head">
          <h2 id="reader-settings-title">{t('settings')}</h2>
          <button
            type="button"
            popoverTarget="reader-settings"
            popoverTargetAction="hide"
            aria-label={t('close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="group seg" role="group" aria-label={t('script')}>
          {scriptButtons}
        </div>
        <div className="sheet-row">
          {pinyinButton}
          <label className="tones">
            <input type="checkbox" checked={tones} onChange={(e) => setTones(e.target.checked)} />{' '}
            {t('tones')}
          </label>
        </div>
        <div className="sheet-row">
          <CopyDownload
            text={text}
            filename={`${slug}-corrected.txt`}
            labels={{ copy: t('copy'), copied: t('copied'), download: t('download') }}
          />
        </div>
        <div className="sheet-row">
          <button type="button" popoverTarget="shortcuts">
            {t('shortcuts')}
          </button>
        </div>
        <Legend id="legend-sheet" />
      </div>
      <div
        id="shortcuts"
        popover="auto"
        role="dialog"
        aria-labelledby="shortcuts-title"
        className="shortcuts"
      >
        <h2 id="shortcuts-title">{t('shortcuts')}</h2>
        <dl>
          {shortcutList.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" popoverTarget="shortcuts" popoverTargetAction="hide">
          {t('shortcutsClose')}
        </button>
      </div>
    </div>
  );
}
