/**
 * Where the whole dictionary's shards live (scripts/build-dict.ts writes them): under a folder
 * named after the hash of their inputs, `public/dict/shards/<version>/<key>.json`, so a URL's
 * content never changes and browsers may cache it for good (next.config.js sends `immutable`).
 * The stamp beside the versions says which one is current; next.config.js passes its URL to the
 * client (lib/dictionary/client.ts). Plain JavaScript so next.config.js can import it; types in
 * shards-path.d.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder, relative to the project, and its URL. */
export const SHARDS_DIR = path.join('public', 'dict', 'shards');
export const SHARDS_URL_ROOT = '/dict/shards';
export const STAMP_FILE = '_stamp.json';

/** The version folder's name for an inputs hash (hex). */
export function shardsVersion(hash) {
  return hash.slice(0, 16);
}

/** `/dict/shards/<version>` of the shards built last, or undefined before the first build. */
export function currentShardsUrl(root = process.cwd()) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, SHARDS_DIR, STAMP_FILE), 'utf8'));
    return typeof stamp.version === 'string' ? `${SHARDS_URL_ROOT}/${stamp.version}` : undefined;
  } catch {
    return undefined;
  }
}
