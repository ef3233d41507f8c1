/**
 * Where pieces are detected: in this thread (`--jobs 1`), or in up to N worker threads, each with
 * its own engine (Node cannot share a loaded engine's objects between threads, but it can share
 * memory: the language model's bytes, the largest part of the model, are read once into a
 * SharedArrayBuffer that every worker's engine reads in place). Workers start as work arrives,
 * so a short input never pays for more engines than it can use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DetectOptions, Engine, Finding } from '../../../lib/engine';
import { CliError } from './input';
import { detectPiece, type Piece } from './pieces';
import { renderFindings, type RenderMode, type Rendered } from './render';

/** Findings of a piece (as objects or as JSON text), or the message of the error the engine threw on it. */
export type Result = Finding[] | Rendered | string;

export interface Batch {
  id: number;
  pieces: Piece[];
  opts: DetectOptions;
  render: RenderMode;
}

export type Reply = { id: number; results: Result[] } | { id: number; fatal: string };

export interface Detector {
  /** Results in the order of `pieces`. Rejects only when detection cannot go on at all. */
  run(pieces: Piece[]): Promise<Result[]>;
  close(): Promise<void>;
}

/** Each piece's result (what a worker thread answers, and --jobs 1 in this thread). */
export function detectAll(
  engine: Engine,
  pieces: Piece[],
  opts: DetectOptions,
  render: RenderMode,
): Result[] {
  return pieces.map((p) => {
    try {
      const found = detectPiece(engine, p, opts);
      return render === 'objects' ? found : renderFindings(found, render);
    } catch (e) {
      return (e as Error).message || 'engine error';
    }
  });
}

const loadError = (message: string) =>
  new CliError(`cannot load the engine: ${message.split('\n')[0] ?? message}`, 1);

/** Detection in this thread; the engine loads on first use. */
export function inlineDetector(opts: DetectOptions, render: RenderMode): Detector {
  let engine: Engine | null = null;
  return {
    run: async (pieces) => {
      try {
        // Imported here: with worker threads, this thread never loads the engine's code.
        engine ??= (await import('../../../lib/lexicon')).loadEngine();
      } catch (e) {
        throw loadError((e as Error).message);
      }
      return detectAll(engine, pieces, opts, render);
    },
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  busy: number;
}

interface Waiting {
  slot: Slot;
  resolve: (results: Result[]) => void;
  reject: (e: Error) => void;
}

/** What a worker starts with (worker.ts). */
export interface WorkerStart {
  /** The language model's bytes in a SharedArrayBuffer, read once for every worker; null: none. */
  lmBytes: Uint8Array | null;
}

/**
 * A file's bytes in a SharedArrayBuffer, or null when it cannot be read. Worker threads given
 * this view all read the same memory (no copy per worker).
 */
export function readShared(file: string): Uint8Array | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size;) {
      const n = fs.readSync(fd, bytes, at, size - at, at);
      if (n === 0) return null;
      at += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

/** Detection in up to `jobs` worker threads. */
export class WorkerPool implements Detector {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failed: Error | null = null;
  private closing = false;
  /** Read when the first worker starts (the engine's default file: the CLI runs in the project). */
  private shared: WorkerStart | null = null;

  constructor(
    private readonly jobs: number,
    private readonly opts: DetectOptions,
    private readonly render: RenderMode,
  ) {}

  /** Worker threads started so far. */
  get started(): number {
    return this.slots.length;
  }

  run(pieces: Piece[]): Promise<Result[]> {
    if (this.failed !== null) return Promise.reject(this.failed);
    const slot = this.pick();
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { slot, resolve, reject });
      const batch: Batch = { id, pieces, opts: this.opts, render: this.render };
      slot.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** The least busy worker; a new one while every worker has work and fewer than `jobs` run. */
  private pick(): Slot {
    let best: Slot | undefined;
    for (const s of this.slots) if (best === undefined || s.busy < best.busy) best = s;
    if (best !== undefined && (best.busy === 0 || this.slots.length >= this.jobs)) return best;
    return this.spawn();
  }

  private spawn(): Slot {
    // The entry registers tsx itself, so workers run alike under tsx, `node --import tsx` or the bin.
    this.shared ??= {
      lmBytes: readShared(path.join(process.cwd(), 'content', 'lm', 'open-gram-bigram.bin')),
    };
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      execArgv: [],
      workerData: this.shared,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (reply: Reply) => {
      if ('fatal' in reply) return this.fail(loadError(reply.fatal));
      const w = this.waiting.get(reply.id);
      if (w === undefined) return;
      this.waiting.delete(reply.id);
      slot.busy--;
      w.resolve(reply.results);
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', () => {
      if (!this.closing && slot.busy > 0) this.fail(new Error('a worker thread stopped unexpectedly'));
    });
    this.slots.push(slot);
    return slot;
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }
}

/**
 * A worker's young generation (MB). The engine makes many short-lived objects (a candidate and
 * its features for every lexicon form in the text); room for more of them between scavenges
 * made --jobs 2 on 8 MB ~8 % faster on 2 cores (3.97–4.06 s vs 4.36–4.59 s in interleaved
 * runs; 48 MB: no gain, 192 MB: no more).
 */
const YOUNG_MB = 96;

/** The detector for `--jobs N`. */
export function detectorFor(jobs: number, opts: DetectOptions, render: RenderMode = 'objects'): Detector {
  return jobs <= 1 ? inlineDetector(opts, render) : new WorkerPool(jobs, opts, render);
}
