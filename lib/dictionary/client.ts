/**
 * Dictionary access from the browser: an article's subset (one file) or, for arbitrary text,
 * the shards of the whole dictionary (static JSON grouped by first character, see shardKey,
 * written by scripts/build-dict.ts under public/dict/shards/). Fetches each file once per client.
 */
import { explain, hasHan, lookup, shardKey } from './lookup';
import type { AliasData, DictData, DictEntry, DictFile, Explained } from './types';

/**
 * The current shards' versioned folder (lib/dictionary/shards-path.js), set at build time by
 * next.config.js; tests pass their own baseUrl.
 */
export const SHARDS_URL = process.env.NEXT_PUBLIC_DICT_SHARDS_URL ?? '/dict/shards';

export const articleDictUrl = (slug: string) => `/dict/articles/${slug}.json`;

type Fetch = (url: string) => Promise<Response>;

async function getFile(fetchFn: Fetch, url: string): Promise<DictFile | undefined> {
  const res = await fetchFn(url);
  if (res.status === 404) return undefined; // no headword starts with this character
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as DictFile;
}

export interface DictionaryClient {
  /** Each word's entries (Simplified or Traditional spelling); [] where the dictionary has none. */
  lookupWords(words: readonly string[]): Promise<Map<string, readonly DictEntry[]>>;
  /** A word, or its parts where the dictionary lacks it as one word (see `explain`). */
  explainWord(word: string): Promise<Explained[]>;
}

/** A client over the shards of the whole dictionary: fetches only the shards the words need. */
export function createShardClient({
  baseUrl = SHARDS_URL,
  fetch: fetchFn = (u) => fetch(u),
}: { baseUrl?: string; fetch?: Fetch } = {}): DictionaryClient {
  const shards = new Map<string, Promise<DictFile | undefined>>();
  const shard = (key: string) => {
    let p = shards.get(key);
    if (!p) {
      p = getFile(fetchFn, `${baseUrl}/${key}.json`);
      shards.set(key, p);
      p.catch(() => shards.delete(key)); // let a later call retry after a network error
    }
    return p;
  };
  /** Merge the shards holding `words` (and the Simplified words their Traditional spellings point to). */
  async function dataFor(words: readonly string[]): Promise<{ w: DictData; a: AliasData }> {
    const w: Record<string, readonly DictEntry[]> = {};
    const a: Record<string, readonly string[]> = {};
    const load = async (keys: Iterable<string>) => {
      for (const f of await Promise.all([...new Set(keys)].map(shard))) {
        if (!f) continue;
        Object.assign(w, f.w);
        if (f.a) Object.assign(a, f.a);
      }
    };
    await load(words.filter(hasHan).map(shardKey));
    const viaAlias = words.flatMap((x) => (w[x] ? [] : (a[x] ?? [])));
    if (viaAlias.length) await load(viaAlias.map(shardKey));
    return { w, a };
  }
  return {
    async lookupWords(words) {
      const { w, a } = await dataFor(words);
      return new Map(words.map((x) => [x, lookup(w, x, a)]));
    },
    async explainWord(word) {
      // Parts of a word start anywhere in it: fetch the shards of each of its characters.
      const { w, a } = await dataFor([word, ...new Set(word)]);
      return explain(w, word, a);
    },
  };
}

/** A client over one subset file (an article's): fetched on first use, then kept. */
export function createSubsetClient(url: string, fetchFn: Fetch = (u) => fetch(u)): DictionaryClient {
  let file: Promise<DictFile> | undefined;
  const get = () => {
    if (!file) {
      file = getFile(fetchFn, url).then((f) => f ?? { v: 1, w: {} });
      file.catch(() => (file = undefined));
    }
    return file;
  };
  return {
    async lookupWords(words) {
      const f = await get();
      return new Map(words.map((x) => [x, lookup(f.w, x, f.a)]));
    },
    async explainWord(word) {
      const f = await get();
      return explain(f.w, word, f.a);
    },
  };
}

let defaultClient: DictionaryClient | undefined;

/** Look words up in the whole dictionary (for pages such as /check that take arbitrary text). */
export function lookupWords(words: readonly string[]): Promise<Map<string, readonly DictEntry[]>> {
  defaultClient ??= createShardClient();
  return defaultClient.lookupWords(words);
}
