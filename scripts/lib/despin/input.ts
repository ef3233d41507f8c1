/**
 * Input for despin: where a FILE argument points, a whole text read with a hard byte limit
 * (however it arrives: file, pipe, device), and JSONL lines split as bytes arrive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** Largest text (and largest JSONL line) accepted, in bytes. */
export const MAX_BYTES = 20 * 1024 * 1024;
export const LIMIT = `${MAX_BYTES / 1024 / 1024} MB limit`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/**
 * The directory relative FILE paths are read from: the caller's. `npm run despin` runs in the
 * project folder and leaves the caller's directory in INIT_CWD.
 */
export function callerDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.npm_lifecycle_event === 'despin' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/**
 * The project folder above a module: the nearest folder with the project's package.json. The
 * CLI runs from scripts/ under tsx and from node_modules/.cache/unspun-despin/… when bundled.
 */
export function projectRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'unspun') return dir;
    } catch {
      // no package.json here: look further up
    }
    const up = path.dirname(dir);
    if (up === dir) throw new CliError('cannot find the project folder (package.json of unspun)', 1);
    dir = up;
  }
}

export interface Source {
  /** Name used in messages: the FILE as given, or "stdin". */
  label: string;
  /** Absolute path, or null for stdin. */
  file: string | null;
}

export function sourceOf(arg: string | null, dir: string): Source {
  if (arg === null || arg === '-') return { label: 'stdin', file: null };
  return { label: arg, file: path.resolve(dir, arg) };
}

export interface Opened {
  stream: Readable;
  /** Size in bytes when the input is a regular file (stdin redirected from one included). */
  size: number | null;
}

/** Open the input; a regular file over the limit (`limit` bytes) is refused before it is read. */
export function open(src: Source, limit: number | null): Opened {
  if (src.file === null) {
    // stdin redirected from a file (`despin < big.txt`) is measured like a FILE.
    let st: fs.Stats | null = null;
    try {
      st = fs.fstatSync(0);
    } catch {
      // not a descriptor that can be measured: counted as it is read
    }
    const size = st?.isFile() ? st.size : null;
    if (limit !== null && size !== null && size > limit)
      throw new CliError(`${src.label} is larger than the ${LIMIT}`, 1);
    return { stream: process.stdin, size };
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(src.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${src.label}` : `cannot read ${src.label}: ${code ?? 'error'}`,
      1,
    );
  }
  if (st.isDirectory()) throw new CliError(`${src.label} is a directory, not a text file`, 1);
  if (limit !== null && st.isFile() && st.size > limit)
    throw new CliError(`${src.label} is larger than the ${LIMIT}`, 1);
  return {
    stream: fs.createReadStream(src.file, { highWaterMark: 1 << 16 }),
    size: st.isFile() ? st.size : null,
  };
}

function readError(src: Source, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(`cannot read ${src.label}: ${code ?? (e as Error).message}`, 1);
}

/** Read the whole input, stopping as soon as more than `limit` bytes have arrived. */
export async function readBounded(src: Source, stream: Readable, limit = MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        throw new CliError(`${src.label} is larger than the ${LIMIT}`, 1);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    throw e instanceof CliError ? e : readError(src, e);
  }
  return Buffer.concat(chunks, size);
}

/** UTF-8 text as given: a byte-order mark is kept (it is U+FEFF at offset 0), invalid bytes refused. */
export function decodeText(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${label} is not valid UTF-8`, 1);
  }
}

export type Line = { n: number; bytes: Buffer } | { n: number; tooLong: true };

/**
 * Splits bytes into lines as they arrive, keeping at most `limit` bytes of a line: the rest of a
 * longer line is skipped and the line reported as too long. A NUL byte, which no JSON text
 * holds, means binary input and stops the run.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private skipping = false;
  private n = 0;

  constructor(
    private readonly label: string,
    private readonly limit = MAX_BYTES,
  ) {}

  push(chunk: Buffer, onLine: (line: Line) => void): void {
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      let line = this.n + 1;
      for (let at = chunk.indexOf(10); at >= 0 && at < nul; at = chunk.indexOf(10, at + 1)) line++;
      throw new CliError(`${this.label}: line ${line} has a NUL byte: binary input, not JSONL`, 1);
    }
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf(10, at);
      this.take(chunk, at, nl < 0 ? chunk.length : nl);
      if (nl < 0) return;
      this.emit(onLine);
      at = nl + 1;
    }
  }

  end(onLine: (line: Line) => void): void {
    if (this.size > 0 || this.skipping) this.emit(onLine);
  }

  private take(chunk: Buffer, from: number, to: number): void {
    if (this.skipping || to === from) return;
    if (this.size + (to - from) > this.limit) {
      this.skipping = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(chunk.subarray(from, to));
    this.size += to - from;
  }

  private emit(onLine: (line: Line) => void): void {
    this.n++;
    const line: Line = this.skipping
      ? { n: this.n, tooLong: true }
      : { n: this.n, bytes: this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts) };
    this.parts = [];
    this.size = 0;
    this.skipping = false;
    onLine(line);
  }
}
