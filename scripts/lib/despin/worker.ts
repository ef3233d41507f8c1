/** A despin worker thread: loads its engine (over the shared model bytes) and answers batches of pieces (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { Engine } from '../../../lib/engine';
import { loadEngine } from '../../../lib/lexicon';
import { detectAll, type Batch, type Reply, type WorkerStart } from './pool';

const port = parentPort;
if (port === null) throw new Error('worker.ts runs in a worker thread');

let engine: Engine | null = null;
try {
  // The language model's bytes are shared with the other workers (pool.ts); the rest is this thread's.
  const start = workerData as WorkerStart | undefined;
  engine = start?.lmBytes ? loadEngine({ lmBytes: start.lmBytes }) : loadEngine();
} catch (e) {
  const reply: Reply = { id: -1, fatal: (e as Error).message };
  port.postMessage(reply);
}

if (engine !== null) port.on('message', (batch: Batch) => answer(engine as Engine, batch));

function answer(engine: Engine, batch: Batch): void {
  const reply: Reply = { id: batch.id, results: detectAll(engine, batch.pieces, batch.opts, batch.render) };
  port?.postMessage(reply);
}
