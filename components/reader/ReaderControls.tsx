'use client';

import { useCallback, useEffect, useState } from 'react';
import { correctedTextOf } from './text-of-dom';

export const VIEWS = ['published', 'corrected', 'changes'] as const;
export type View = (typeof VIEWS)[number];
export const SCRIPTS = ['s', 'tw', 'hk'] as const;
export type Script = (typeof SCRIPTS)[number];

export interface ReaderLabels {
  toolbar: string;
  view: string;
  views: Record<View, string>;
  script: string;
  scripts: Record<Script, string>;
  scriptShown: string; // contains "{script}"
  pinyin: string;
  copy: string;
  copied: string;
  download: string;
}

const STORE = 'unspun:reader:v1';
interface Prefs {
  view?: View;
  script?: Script;
  pinyin?: boolean;
}

function readPrefs(): Prefs {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORE) ?? '{}');
    if (!raw || typeof raw !== 'object') return {};
    const p = raw as Record<string, unknown>;
    return {
      view: VIEWS.includes(p.view as View) ? (p.view as View) : undefined,
      script: SCRIPTS.includes(p.script as Script) ? (p.script as Script) : undefined,
      pinyin: typeof p.pinyin === 'boolean' ? p.pinyin : undefined,
    };
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

/**
 * The article's only client island: flips data attributes on the reader root (CSS shows the
 * chosen view, script and pinyin from markup prerendered at build time), keeps the view in the
 * URL, remembers preferences, reverts single corrections, and copies/downloads the text.
 */
export function ReaderControls({ rootId, slug, labels }: { rootId: string; slug: string; labels: ReaderLabels }) {
  const [view, setView] = useState<View>('changes');
  const [script, setScript] = useState<Script>('s');
  const [pinyin, setPinyin] = useState(false);
  const [copied, setCopied] = useState(false);
  const [ready, setReady] = useState(false);

  // On load: the URL's ?view wins, then remembered preferences.
  useEffect(() => {
    const prefs = readPrefs();
    const fromUrl = new URLSearchParams(location.search).get('view');
    setView(VIEWS.includes(fromUrl as View) ? (fromUrl as View) : (prefs.view ?? 'changes'));
    if (prefs.script) setScript(prefs.script);
    if (prefs.pinyin !== undefined) setPinyin(prefs.pinyin);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const root = document.getElementById(rootId);
    if (root) {
      root.dataset.view = view;
      root.dataset.script = script;
      root.dataset.pinyin = pinyin ? 'on' : 'off';
    }
    writePrefs({ view, script, pinyin });
    const url = new URL(location.href);
    if (url.searchParams.get('view') !== view) {
      url.searchParams.set('view', view);
      history.replaceState(history.state, '', url);
    }
  }, [ready, view, script, pinyin, rootId]);

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

  const text = useCallback(() => {
    const root = document.getElementById(rootId);
    return root ? correctedTextOf(root, script) : '';
  }, [rootId, script]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      /* clipboard refused: the download button still works */
    }
  }

  function download() {
    const blob = new Blob([text()], { type: 'text/plain;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${slug}-corrected.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={labels.toolbar}>
      <div className="group" role="group" aria-label={labels.view}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} data-view-button={v} onClick={() => setView(v)}>
            {labels.views[v]}
          </button>
        ))}
      </div>
      <div className="group" role="group" aria-label={labels.script}>
        {SCRIPTS.map((s) => (
          <button key={s} type="button" aria-pressed={script === s} data-script-button={s} onClick={() => setScript(s)}>
            {labels.scripts[s]}
          </button>
        ))}
      </div>
      <div className="group">
        <button type="button" aria-pressed={pinyin} data-pinyin-button onClick={() => setPinyin(!pinyin)}>
          {labels.pinyin}
        </button>
      </div>
      <div className="group">
        <button type="button" onClick={copy}>
          {copied ? labels.copied : labels.copy}
        </button>
        <button type="button" onClick={download}>
          {labels.download}
        </button>
      </div>
      <p className="shown" aria-live="polite">
        {labels.scriptShown.replace('{script}', labels.scripts[script])}
      </p>
    </div>
  );
}
