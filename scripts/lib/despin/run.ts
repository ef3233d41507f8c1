/** despin's two ways of working: one text (readable or --json), or a stream of JSONL records. */
import type { Finding } from '../../../lib/engine';
import type { Args } from './args';
import {
  CliError,
  decodeText,
  LIMIT,
  LineSplitter,
  MAX_BYTES,
  open,
  readBounded,
  type Line,
  type Source,
} from './input';
import { afterKept, overlapUnits, piecesOf, PIECE_UNITS } from './pieces';
import type { Output, Pipeline } from './pipeline';
import type { Result } from './pool';
import { isRendered, keptJson, type Rendered } from './render';

/** The pipeline for an input of `bytes` bytes (null: not known in advance). */
export type Plan = (bytes: number | null) => Pipeline;

const overlapFor = async (text: string) => (text.length > PIECE_UNITS ? overlapUnits() : 0);

/** A finding as a line of the readable list. */
export const readableLine = (f: Finding) =>
  `${String(f.start).padStart(6)}  ${f.text} → ${f.replacement}${f.alternatives ? ` (or ${f.alternatives.join(', ')})` : ''}  ${f.confidence.toFixed(2)}  ${f.kind}  ${f.reason}\n`;

interface TextFormat {
  /** Write a piece's findings after those already kept (ending at `keptEnd`); the new keptEnd. */
  piece(r: Finding[] | Rendered, keptEnd: number): number;
  end(): void;
}

/** `JSON.stringify(findings, null, 2)`, written a piece's findings at a time. */
function jsonArray(out: Output): TextFormat {
  let n = 0;
  return {
    piece: (r, keptEnd) => {
      const part = keptJson(r, keptEnd, 'json');
      if (part === null) return keptEnd;
      out.write(`${n++ === 0 ? '[\n' : ',\n'}${part.text}`);
      return part.end;
    },
    end: () => out.write(n === 0 ? '[]\n' : '\n]\n'),
  };
}

/** The findings as lines, then the corrected text. */
function readable(out: Output, text: string): TextFormat {
  const corrected: string[] = [];
  let at = 0;
  let n = 0;
  return {
    piece: (r, keptEnd) => {
      if (isRendered(r)) throw new Error('the readable list is written from findings, not JSON');
      for (const f of afterKept(r, keptEnd)) {
        n++;
        out.write(readableLine(f));
        corrected.push(text.slice(at, f.start), f.replacement);
        at = keptEnd = f.end;
      }
      return keptEnd;
    },
    end: () => {
      if (n === 0) out.write('No spinner substitutions found.\n');
      out.write('\n--- corrected ---\n');
      for (const s of corrected) out.write(s);
      out.write(`${text.slice(at)}\n`);
    },
  };
}

/** One text, at most MAX_BYTES however it arrives, piece by piece. Returns the exit status. */
export async function runText(args: Args, src: Source, plan: Plan, out: Output): Promise<number> {
  const bytes = await readBounded(src, open(src, MAX_BYTES).stream);
  const text = decodeText(bytes, src.label);
  if (text.trim() === '') throw new CliError(`${src.label} is empty`, 1);
  const pipeline = plan(bytes.length);
  const format = args.json ? jsonArray(out) : readable(out, text);
  let keptEnd = 0;
  const emit = (r: Result | undefined) => {
    if (typeof r === 'string') throw new CliError(`the engine failed on ${src.label}: ${r}`, 1);
    keptEnd = format.piece(r ?? [], keptEnd);
  };
  for (const piece of piecesOf(text, await overlapFor(text))) {
    await pipeline.add({ piece, emit });
    await pipeline.send();
  }
  await pipeline.finish();
  format.end();
  return 0;
}

interface Tally {
  records: number;
  failed: number;
  first: string | null;
  /** --strict: a bad line was met; read no further. */
  stop: boolean;
}

const bareId = (rec: unknown): unknown =>
  typeof rec === 'object' && rec !== null && !Array.isArray(rec) ? (rec as { id?: unknown }).id : undefined;

/**
 * JSONL records streamed: lines are read, queued and answered in order with a bounded number
 * in flight. A bad line becomes an error line (or, with --strict, stops the run).
 */
export async function runJsonl(args: Args, src: Source, plan: Plan, out: Output): Promise<number> {
  const { stream, size } = open(src, null);
  const pipeline = plan(size);
  const splitter = new LineSplitter(src.label);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const tally: Tally = { records: 0, failed: 0, first: null, stop: false };

  const fail = async (n: number, id: unknown, error: string) => {
    tally.failed++;
    tally.first ??= `line ${n}: ${error}`;
    if (args.strict) {
      tally.stop = true;
      // Thrown in turn, after every earlier record has been written.
      await pipeline.add({
        emit: () => {
          throw new CliError(`${src.label}: line ${n}: ${error}`, 1);
        },
      });
      return;
    }
    const line = id === undefined ? { line: n, error } : { id, line: n, error };
    await pipeline.add({ emit: () => out.write(`${JSON.stringify(line)}\n`) });
  };

  const record = async (line: Line) => {
    if ('tooLong' in line) {
      tally.records++;
      return fail(line.n, undefined, `larger than the ${LIMIT}`);
    }
    let s: string;
    try {
      s = decoder.decode(line.bytes);
    } catch {
      tally.records++;
      return fail(line.n, undefined, 'not valid UTF-8');
    }
    if (s.trim() === '') return;
    tally.records++;
    let rec: unknown;
    try {
      rec = JSON.parse(s);
    } catch {
      return fail(line.n, undefined, 'not JSON');
    }
    const id = bareId(rec);
    const text = (rec as { text?: unknown } | null)?.text;
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec) || typeof text !== 'string')
      return fail(line.n, id, 'needs an object with a string "text"');
    await answer(line.n, id, text);
  };

  const answer = async (n: number, id: unknown, text: string) => {
    const head = id === undefined ? `{"line":${n},"findings":[` : `{"id":${JSON.stringify(id)},"findings":[`;
    let written = 0;
    let keptEnd = 0;
    let failed = false;
    const pieces = [...piecesOf(text, await overlapFor(text))];
    for (let k = 0; k < pieces.length; k++) {
      const last = k === pieces.length - 1;
      await pipeline.add({
        piece: pieces[k],
        emit: (r) => {
          if (failed) return;
          if (typeof r === 'string') {
            failed = true;
            tally.failed++;
            tally.first ??= `line ${n}: ${r}`;
            if (args.strict) throw new CliError(`${src.label}: line ${n}: ${r}`, 1);
            // Findings already written stand; the line says where the engine gave up.
            out.write(`${k === 0 ? head : ''}],"line":${n},"error":${JSON.stringify(r)}}\n`);
            return;
          }
          let s = k === 0 ? head : '';
          const part = keptJson(r ?? [], keptEnd, 'jsonl');
          if (part !== null) {
            s += `${written++ === 0 ? '' : ','}${part.text}`;
            keptEnd = part.end;
          }
          out.write(last ? `${s}]}\n` : s);
        },
      });
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const lines: Line[] = [];
      splitter.push(chunk, (l) => lines.push(l));
      for (const l of lines) {
        await record(l);
        if (tally.stop) break;
      }
      // What has arrived goes out now, so a slow producer sees answers as it writes.
      await pipeline.send();
      if (tally.stop) break;
    }
    if (!tally.stop) {
      const rest: Line[] = [];
      splitter.end((l) => rest.push(l));
      for (const l of rest) await record(l);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${src.label}: ${code ?? (e as Error).message}`, 1);
  } finally {
    stream.destroy();
  }
  await pipeline.finish();
  if (tally.records === 0) throw new CliError(`${src.label} has no JSONL records`, 1);
  if (tally.failed > 0) {
    process.stderr.write(
      `despin: ${tally.failed} of ${tally.records} record${tally.records === 1 ? '' : 's'} failed (first: ${tally.first})\n`,
    );
    return 1;
  }
  return 0;
}
