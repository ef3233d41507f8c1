/**
 * The one inline script of the article page. It runs right after the reader's markup and applies
 * the reader's view, script and pinyin choices (from ?view= and localStorage) before first paint,
 * so a shared link never flashes the default view.
 *
 * Generated from the island's own code and constants (the storage key, the views, the scripts, the
 * preference parser and the Traditional swap), so the two cannot drift. It is the same string for
 * every page and request: its SHA-256 is allowed by the Content-Security-Policy
 * (scripts/csp-hashes.ts hashes it in the built pages).
 */
import { chooseView, DEFAULT_VIEW, parsePrefs, STORE, VIEWS } from '@/components/reader/reader-prefs';
import { SCRIPT_LANG, SCRIPTS, swapScript } from '@/components/reader/script-forms';

/** The prelude's body: every name it uses comes in as an argument (or is a browser global). */
function prelude(
  store: string,
  views: readonly string[],
  scripts: readonly string[],
  fallback: string,
  langs: Record<string, string>,
  parse: typeof parsePrefs,
  choose: typeof chooseView,
  show: typeof swapScript,
) {
  const root = document.getElementById('reader');
  if (!root) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(store);
  } catch {
    /* storage disabled: the defaults */
  }
  const prefs = parse(stored, views, scripts);
  root.dataset.view = choose(new URLSearchParams(location.search).get('view'), prefs, views, fallback);
  if (prefs.pinyin === true) root.dataset.pinyin = 'on';
  if (prefs.script && prefs.script !== 's') {
    root.dataset.script = prefs.script;
    show(root, prefs.script, '.zh', langs);
  }
}

const args = [STORE, VIEWS, SCRIPTS, DEFAULT_VIEW, SCRIPT_LANG].map((v) => JSON.stringify(v));
const fns = [parsePrefs, chooseView, swapScript].map(String);

export const READER_PRELUDE = `(function(){try{(${String(prelude)})(${[...args, ...fns].join(',')})}catch(e){}})()`;
