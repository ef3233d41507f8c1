/**
 * Typed arrays kept in one file, for the parts of the engine that are slow to build and depend
 * only on their sources (the word model's tables, the language model's trie): the engine's
 * start-up reads them back instead of building them again. The files live in `.data/cache/`
 * under a key of their sources; a file that is missing, unreadable or not what it should be is
 * reported as absent (the caller builds and writes it again), and a cache that cannot be written
 * is skipped.
 *
 * A file's name is its kind and its key (`words-<key>.bin`); writing one removes all but the
 * KEEP most recently used files of its kind (reading a file marks it used), so edits to the
 * sources do not pile up old copies of tens of megabytes.
 *
 * Format: "UNSPTAB1" · u32 header length · header (JSON: the arrays' names, types and lengths,
 * and a number for each meta field), padded to 8 bytes · each array's bytes, padded to 8 bytes.
 * Byte order is the machine's (the file never leaves it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const MAGIC = 'UNSPTAB1';
const TYPES = { i32: Int32Array, u32: Uint32Array, f32: Float32Array } as const;
type TypeName = keyof typeof TYPES;
export type Table = Int32Array | Uint32Array | Float32Array;

interface Header {
  meta: Record<string, number>;
  arrays: Array<[string, TypeName, number]>;
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;
/** Files of one kind kept in the cache. */
export const KEEP = 3;

function typeName(a: Table): TypeName {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  return 'f32';
}

/** Write `arrays` and `meta` to `file` (through a temporary file, so a reader never sees half of it). */
export function writeTables(file: string, meta: Record<string, number>, arrays: Record<string, Table>): void {
  const header: Header = {
    meta,
    arrays: Object.entries(arrays).map(([name, a]) => [name, typeName(a), a.length]),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = pad8(12 + json.length);
  let size = start;
  for (const a of Object.values(arrays)) size += pad8(a.byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  let at = start;
  for (const a of Object.values(arrays)) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  writeCacheFile(file, out);
}

/**
 * Write a cache file through a temporary file (a reader, in this process's other threads or
 * another process, never sees half of it), then remove the older files of its kind (`prune`).
 * A tree that cannot be written keeps no cache: nothing is thrown.
 */
export function writeCacheFile(file: string, data: Uint8Array | string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    fs.writeFileSync(/*turbopackIgnore: true*/ tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    return; // a read-only tree: no cache
  }
  prune(file);
}

/**
 * Remove all but the KEEP most recently used files of `file`'s kind (the name up to its key),
 * including copies in an earlier format (.json). A process that read one has it in memory.
 */
function prune(file: string): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const kind = base.slice(0, base.lastIndexOf('-') + 1);
  try {
    const others = fs
      .readdirSync(dir)
      .filter((n) => n !== base && n.startsWith(kind) && /^[0-9a-f]+\.(bin|json)$/.test(n.slice(kind.length)))
      .map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { n } of others.slice(KEEP - 1)) fs.rmSync(path.join(dir, n), { force: true });
  } catch {
    // another process pruned first, or the folder cannot be listed: nothing to do
  }
}

/** The arrays a reader wants, by name, and the type each must have. */
export type TableSpec = Record<string, TypeName>;
type TablesOf<S extends TableSpec> = { [K in keyof S]: InstanceType<(typeof TYPES)[S[K]]> };

/**
 * The arrays and meta fields of `file` (views into one buffer read at once), or null when the
 * file is absent or not a complete table file with every array of `want`, each of its type, and
 * only numbers as meta fields.
 */
export function readTables<S extends TableSpec>(
  file: string,
  want: S,
): { meta: Record<string, number>; arrays: TablesOf<S> } | null {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(/*turbopackIgnore: true*/ file);
  } catch {
    return null;
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return null;
  // Typed-array views need their elements aligned: copy in the rare case the buffer is not.
  if (buf.byteOffset % 8 !== 0) buf = Buffer.from(Uint8Array.from(buf).buffer);
  const data = buf.buffer as ArrayBuffer; // readFileSync never answers with shared memory
  const len = buf.readUInt32LE(8);
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + len)) as Header;
  } catch {
    return null;
  }
  if (!Array.isArray(header.arrays) || typeof header.meta !== 'object' || header.meta === null) return null;
  if (!Object.values(header.meta).every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  let at = pad8(12 + len);
  const arrays: Record<string, Table> = {};
  const types: Record<string, TypeName> = {};
  for (const [name, type, length] of header.arrays) {
    if (!Object.hasOwn(TYPES, type) || !Number.isInteger(length) || length < 0) return null;
    const bytes = length * 4;
    if (at + bytes > buf.length) return null;
    arrays[name] = new TYPES[type](data, buf.byteOffset + at, length);
    types[name] = type;
    at += pad8(bytes);
  }
  if (at !== buf.length || Object.entries(want).some(([n, t]) => types[n] !== t)) return null;
  try {
    const now = new Date();
    fs.utimesSync(file, now, now); // used: pruning keeps it
  } catch {
    // a read-only tree
  }
  return { meta: header.meta, arrays: arrays as TablesOf<S> };
}
