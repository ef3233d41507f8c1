/**
 * Export and import of progress as a JSON file. Import accepts an export file, or a raw store
 * (such as a copy set aside by readStore), validates it, and merges it into or replaces the
 * current list.
 */
import { parseStore, type Migrations, MIGRATIONS, type Problem } from './store';
import {
  EXPORT_FORMAT,
  STORE_VERSION,
  exportSchema,
  firstIssue,
  type ExportFile,
  type SavedWord,
  type Store,
  wordKey,
} from './schema';

export function exportProgress(store: Store, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: STORE_VERSION,
    exported: now.toISOString(),
    words: store.words,
    ...(store.practice?.length ? { practice: store.practice } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportProblem = Problem | 'format';

export function parseProgress(
  text: string,
  migrations: Migrations = MIGRATIONS,
): { ok: true; words: SavedWord[] } | { ok: false; problem: ImportProblem; detail: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'json', detail: (e as Error).message };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problem: 'format', detail: 'not an object' };
  const d = data as Record<string, unknown>;
  if ('format' in d) {
    if (d.format !== EXPORT_FORMAT)
      return { ok: false, problem: 'format', detail: `format "${String(d.format)}"` };
    const { format: _f, exported: _e, ...rest } = d;
    const asStore = parseStore(rest, migrations);
    if (!asStore.ok) return asStore;
    const full = exportSchema.safeParse({ ...d, version: STORE_VERSION, words: asStore.store.words });
    if (!full.success) return { ok: false, problem: 'shape', detail: firstIssue(full.error) };
    return { ok: true, words: full.data.words };
  }
  if ('version' in d && 'words' in d) {
    const asStore = parseStore(d, migrations);
    return asStore.ok ? { ok: true, words: asStore.store.words } : asStore;
  }
  return { ok: false, problem: 'format', detail: 'not an Unspun words file' };
}

export type ImportMode = 'merge' | 'replace';

const lastReview = (w: SavedWord) => (w.card?.last_review ? Date.parse(w.card.last_review) : -Infinity);

/**
 * merge: words only in the file are added; for a word in both, the copy reviewed more recently
 * wins (the current one on a tie); words only in the list are kept.
 * replace: the list becomes the file's words.
 */
export function importProgress(
  store: Store,
  words: readonly SavedWord[],
  mode: ImportMode,
): { store: Store; added: number; updated: number } {
  if (mode === 'replace') return { store: { ...store, words: [...words] }, added: words.length, updated: 0 };
  const incoming = new Map(words.map((w) => [wordKey(w), w]));
  let updated = 0;
  const merged = store.words.map((w) => {
    const other = incoming.get(wordKey(w));
    if (!other) return w;
    incoming.delete(wordKey(w));
    if (lastReview(other) > lastReview(w)) {
      updated++;
      return other;
    }
    return w;
  });
  const added = [...incoming.values()];
  return { store: { ...store, words: [...merged, ...added] }, added: added.length, updated };
}
