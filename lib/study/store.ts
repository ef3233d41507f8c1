/**
 * Reading and writing "My words" in Web Storage (localStorage), defensively: an unreadable or
 * invalid store is set aside under a backup key and reported, never silently dropped; storage
 * that throws (disabled, full) is reported too. Pure apart from the Storage object passed in.
 */
import {
  BACKUP_PREFIX,
  STORE_KEY,
  STORE_VERSION,
  emptyStore,
  firstIssue,
  storeSchema,
  wordKey,
  type PracticeRecord,
  type SavedWord,
  type Store,
} from './schema';

/** The part of the Web Storage API used here (so tests can pass a plain object). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Upgrades from an older store version to the next one. Version 1 is the first; add steps here. */
export type Migrations = Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
export const MIGRATIONS: Migrations = {
  // 2 adds practice cards (words with `swap`) and practice sessions: version 1 words are valid as they are.
  1: (old) => ({ ...old, version: 2 }),
};

export type Problem = 'json' | 'version' | 'shape';

/** Bring stored data up to the current version, then validate it. */
export function parseStore(
  data: unknown,
  migrations: Migrations = MIGRATIONS,
): { ok: true; store: Store; migrated: boolean } | { ok: false; problem: Problem; detail: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problem: 'shape', detail: 'not an object' };
  let d = data as Record<string, unknown>;
  if (typeof d.version !== 'number') return { ok: false, problem: 'shape', detail: 'version: missing' };
  let migrated = false;
  while (typeof d.version === 'number' && d.version < STORE_VERSION && migrations[d.version]) {
    d = migrations[d.version]!(d);
    migrated = true;
  }
  if (d.version !== STORE_VERSION)
    return {
      ok: false,
      problem: 'version',
      detail: `version ${String(d.version)} (this site reads ${STORE_VERSION})`,
    };
  const parsed = storeSchema.safeParse(d);
  if (!parsed.success) return { ok: false, problem: 'shape', detail: firstIssue(parsed.error) };
  return { ok: true, store: parsed.data, migrated };
}

export type Notice =
  /** The stored data could not be read; it was copied to `backupKey` and a fresh list started. */
  | { kind: 'recovered'; problem: Problem; detail: string; backupKey: string }
  /** The stored data could not be read, nor copied aside: nothing will be written over it. */
  | { kind: 'stuck'; problem: Problem; detail: string }
  /** Storage cannot be read at all (disabled, blocked). */
  | { kind: 'unavailable' };

export interface ReadResult {
  store: Store;
  notice?: Notice;
  /** Writing would lose data or cannot work: callers must not write. */
  readOnly: boolean;
}

function backupKeyFor(storage: StorageLike, now: Date): string {
  const base = `${BACKUP_PREFIX}${now.toISOString()}`;
  let key = base;
  for (let i = 2; storage.getItem(key) !== null; i++) key = `${base}-${i}`;
  return key;
}

/** Read the store; set aside (copy to a backup key, then remove) whatever cannot be read. */
export function readStore(
  storage: StorageLike | undefined,
  now: Date,
  migrations: Migrations = MIGRATIONS,
): ReadResult {
  let raw: string | null;
  try {
    if (!storage) throw new Error('no storage');
    raw = storage.getItem(STORE_KEY);
  } catch {
    return { store: emptyStore(), notice: { kind: 'unavailable' }, readOnly: true };
  }
  if (raw === null) return { store: emptyStore(), readOnly: false };
  let result: ReturnType<typeof parseStore>;
  try {
    result = parseStore(JSON.parse(raw), migrations);
  } catch (e) {
    result = { ok: false, problem: 'json', detail: (e as Error).message };
  }
  if (result.ok) return { store: result.store, readOnly: false };
  const { problem, detail } = result;
  try {
    const backupKey = backupKeyFor(storage!, now);
    storage!.setItem(backupKey, raw);
    storage!.removeItem(STORE_KEY);
    return {
      store: emptyStore(),
      notice: { kind: 'recovered', problem, detail, backupKey },
      readOnly: false,
    };
  } catch {
    return { store: emptyStore(), notice: { kind: 'stuck', problem, detail }, readOnly: true };
  }
}

export type WriteError = 'quota' | 'unavailable';

export function writeStore(
  storage: StorageLike | undefined,
  store: Store,
): { ok: true } | { ok: false; error: WriteError } {
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(STORE_KEY, JSON.stringify(store));
    return { ok: true };
  } catch (e) {
    const name = (e as { name?: string }).name;
    const quota =
      name === 'QuotaExceededError' ||
      name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      (e as { code?: number }).code === 22;
    return { ok: false, error: quota ? 'quota' : 'unavailable' };
  }
}

export interface UpdateResult extends ReadResult {
  /** Set when the change could not be saved; `store` is then what is still stored. */
  error?: WriteError | 'readOnly';
}

/** Read, change, write back: always starts from what is stored now (another tab may have written). */
export function updateStore(
  storage: StorageLike | undefined,
  now: Date,
  change: (s: Store) => Store,
): UpdateResult {
  const read = readStore(storage, now);
  if (read.readOnly) return { ...read, error: 'readOnly' };
  const next = change(read.store);
  if (next === read.store) return read;
  const written = writeStore(storage, next);
  return written.ok ? { ...read, store: next } : { ...read, error: written.error };
}

/** Keys of data set aside by readStore, oldest first. */
export function listBackups(storage: StorageLike | undefined): string[] {
  const out: string[] = [];
  try {
    if (!storage) return out;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(BACKUP_PREFIX)) out.push(k);
    }
  } catch {
    /* unavailable storage has no backups to list */
  }
  return out.sort();
}

// Changes to the list of words (pure).

export type NewWord = Omit<SavedWord, 'added' | 'card'>;

/** The word with this key (lib/study/schema's wordKey: the hanzi, for a word that is not a practice card). */
export const findWord = (store: Store, key: string) => store.words.find((w) => wordKey(w) === key);

/** Add a word; a word already saved keeps its progress (and gains a sentence if it had none). */
export function addWord(store: Store, word: NewWord, now: Date): Store {
  const old = findWord(store, wordKey(word));
  if (old) {
    if (old.sentence || !word.sentence) return store;
    return { ...store, words: store.words.map((w) => (w === old ? { ...w, sentence: word.sentence } : w)) };
  }
  return { ...store, words: [...store.words, { ...word, added: now.toISOString() }] };
}

export function removeWord(store: Store, key: string): Store {
  if (!findWord(store, key)) return store;
  return { ...store, words: store.words.filter((w) => wordKey(w) !== key) };
}

/** How many practice sessions the store keeps. */
export const PRACTICE_KEEP = 50;

/** Record a finished practice session (the oldest dropped beyond PRACTICE_KEEP). */
export function addPractice(store: Store, record: PracticeRecord): Store {
  return { ...store, practice: [...(store.practice ?? []), record].slice(-PRACTICE_KEEP) };
}
