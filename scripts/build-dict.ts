/**
 * Build step (prebuild, predev; or `npm run dict:build`): write CC-CEDICT with the curated entries
 * merged over it as static JSON shards grouped by first character (lib/dictionary/lookup.ts
 * shardKey: 4096 files), under public/dict/shards/<version>/ (git-ignored; the version is the
 * inputs' hash, so each URL's content is fixed and cached as immutable), for pages that look up arbitrary text (lib/dictionary/client.ts). Parses
 * CC-CEDICT once; skips the work when its inputs have not changed since the last run.
 * Article pages do not use the shards: their subsets are built by app/dict/articles/[file]/route.ts.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLES_DIR } from '../lib/content/load-core';
import { shardDictionary } from '../lib/dictionary/lookup';
import { OVERRIDES_FILE } from '../lib/dictionary/overrides';
import { SHARDS_DIR, shardsVersion, STAMP_FILE } from '../lib/dictionary/shards-path';

const CEDICT_FILE = path.join(process.cwd(), 'node_modules', 'cc-cedict', 'data', 'all.js');

const OUT = path.join(process.cwd(), SHARDS_DIR);
const STAMP = path.join(OUT, STAMP_FILE);
const FORMAT = 3;

/** A hash of everything the shards are made from: CC-CEDICT, the overrides, articles' terms and names, this script's code. */
function inputsHash(): string {
  const h = createHash('sha256').update(`format ${FORMAT}\n`);
  const files = [CEDICT_FILE, OVERRIDES_FILE, new URL(import.meta.url).pathname];
  for (const dir of ['lib/dictionary'])
    for (const f of readdirSync(dir).sort()) files.push(path.join(dir, f));
  for (const name of readdirSync(ARTICLES_DIR).sort()) {
    const dir = path.join(ARTICLES_DIR, name);
    if (statSync(dir).isDirectory())
      for (const f of ['meta.json', 'terms.json']) files.push(path.join(dir, f));
  }
  for (const f of files) h.update(`${f}\n`).update(existsSync(f) ? readFileSync(f) : '');
  return h.digest('hex');
}

const hash = inputsHash();
if (
  existsSync(STAMP) &&
  JSON.parse(readFileSync(STAMP, 'utf8')).hash === hash &&
  !process.argv.includes('--force')
) {
  console.log('dict: shards are up to date (public/dict/shards)');
  process.exit(0);
}

const t0 = performance.now();
// Loaded only when needed: the converters it pulls in take a while to start.
const { loadDictionary } = await import('../lib/dictionary/load');
const { dict, aliases } = loadDictionary();
const shards = shardDictionary(dict, aliases);
// Write next to the old folder, then swap, so a running server never sees half a dictionary.
const tmp = `${OUT}.tmp-${process.pid}`;
const version = shardsVersion(hash);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(path.join(tmp, version), { recursive: true });
let bytes = 0;
let gz = 0;
let largest = { key: '', bytes: 0 };
for (const [key, file] of shards) {
  const json = JSON.stringify(file);
  writeFileSync(path.join(tmp, version, `${key}.json`), json);
  const n = Buffer.byteLength(json);
  bytes += n;
  gz += gzipSync(json).length;
  if (n > largest.bytes) largest = { key, bytes: n };
}
writeFileSync(
  path.join(tmp, STAMP_FILE),
  JSON.stringify({ hash, version, shards: shards.size, headwords: Object.keys(dict).length }),
);
const old = `${OUT}.old-${process.pid}`;
if (existsSync(OUT)) renameSync(OUT, old);
renameSync(tmp, OUT);
rmSync(old, { recursive: true, force: true });
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log(
  `dict: ${Object.keys(dict).length} headwords in ${shards.size} shards, ${kb(bytes)} (${kb(gz)} gzip); largest ${largest.key}.json ${kb(largest.bytes)}; ${((performance.now() - t0) / 1000).toFixed(1)} s → public/dict/shards/${version}`,
);
