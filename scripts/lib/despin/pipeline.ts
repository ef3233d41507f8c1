/**
 * The ordered pipeline: pieces are batched, detected (maybe in parallel), and their results
 * handed on strictly in input order, with a bounded number of batches in flight; output goes
 * to stdout in large writes, waiting when stdout is full. Memory stays flat whatever the input.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Detector, Result } from './pool';
import type { Piece } from './pieces';

/** Code units of text per batch sent to a worker. */
export const BATCH_UNITS = 32_768;
const BATCH_ITEMS = 1024;

/** Buffered writes to a stream. */
export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable = process.stdout) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) this.flush();
  }

  /** Write what is buffered, then wait while the stream is full. */
  async drain(): Promise<void> {
    this.flush();
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  /** Write what is buffered and wait until the stream has taken it. */
  async end(): Promise<void> {
    this.flush();
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }

  private flush(): void {
    if (this.size === 0) return;
    this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** Something to do in input order: with a piece, once its result is in. */
export interface Item {
  piece?: Piece;
  emit(result: Result | undefined): void;
}

interface InFlight {
  items: Item[];
  results: Promise<Result[]> | null;
}

export class Pipeline {
  private batch: Item[] = [];
  private units = 0;
  private readonly inFlight: InFlight[] = [];

  constructor(
    private readonly detector: Detector,
    private readonly out: Output,
    /** Batches in flight before the oldest is waited for. */
    private readonly depth: number,
  ) {}

  /** Queue an item; sends the batch when it is full. */
  async add(item: Item): Promise<void> {
    this.batch.push(item);
    if (item.piece !== undefined) this.units += item.piece.text.length;
    if (this.units >= BATCH_UNITS || this.batch.length >= BATCH_ITEMS) await this.send();
  }

  /** Send the current batch; while too many are in flight, hand on the oldest. */
  async send(): Promise<void> {
    if (this.batch.length > 0) {
      const items = this.batch;
      this.batch = [];
      this.units = 0;
      const pieces = items.flatMap((i) => (i.piece === undefined ? [] : [i.piece]));
      const results = pieces.length > 0 ? this.detector.run(pieces) : null;
      // Handled when its turn comes; until then a failure must not count as unhandled.
      results?.catch(() => {});
      this.inFlight.push({ items, results });
    }
    while (this.inFlight.length > this.depth) await this.next();
  }

  /** Send what is left and hand on every result. */
  async finish(): Promise<void> {
    await this.send();
    while (this.inFlight.length > 0) await this.next();
    await this.out.drain();
  }

  private async next(): Promise<void> {
    const head = this.inFlight.shift() as InFlight;
    const results = head.results === null ? [] : await head.results;
    let k = 0;
    for (const item of head.items) item.emit(item.piece === undefined ? undefined : results[k++]);
    await this.out.drain();
  }
}
