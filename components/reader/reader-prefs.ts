/**
 * The reader's remembered choices (view, script, pinyin): one storage key and one parser, used by
 * the island (ReaderControls) and by the inline prelude that applies them before first paint
 * (lib/inline/reader-prelude.ts). Pure; `parsePrefs` and `chooseView` refer to nothing outside
 * themselves (the prelude carries their source), so the lists come in as arguments.
 */
import type { Script } from './script-forms';

export const STORE = 'unspun:reader:v1';

export const VIEWS = ['published', 'corrected', 'changes'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'changes';

export interface Prefs {
  view?: View;
  script?: Script;
  pinyin?: boolean;
}

/** The valid choices of a stored value (anything else is dropped, never an error). */
export function parsePrefs(
  stored: string | null,
  views: readonly string[],
  scripts: readonly string[],
): Prefs {
  let raw: unknown;
  try {
    raw = JSON.parse(stored || '{}');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const p = raw as Record<string, unknown>;
  const out: Prefs = {};
  if (typeof p.view === 'string' && views.indexOf(p.view) >= 0) out.view = p.view as View;
  if (typeof p.script === 'string' && scripts.indexOf(p.script) >= 0) out.script = p.script as Script;
  if (typeof p.pinyin === 'boolean') out.pinyin = p.pinyin;
  return out;
}

/** The view to show: the URL's `?view=` wins, then the remembered one, then the default. */
export function chooseView(
  fromUrl: string | null,
  prefs: Prefs,
  views: readonly string[],
  fallback: string,
): View {
  return (fromUrl !== null && views.indexOf(fromUrl) >= 0 ? fromUrl : (prefs.view ?? fallback)) as View;
}
