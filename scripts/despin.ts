/**
 * despin: find (and repair) spinner substitutions in Chinese text.
 *
 *   npm run -s despin -- [--json] [--all] [FILE|-]     text from FILE or stdin ('-' or nothing)
 *   npm run -s despin -- --jsonl [--all] [FILE|-]      lines of {"id": …, "text": …} → {"id": …, "findings": […]}
 *
 * Input must be UTF-8, non-empty and at most MAX_BYTES. Errors are one line on stderr and a
 * non-zero exit (2 for bad usage, 1 for bad input), never a stack trace.
 */
import fs from 'node:fs';
import { applyFindings, type Finding } from '../lib/engine';
import { loadEngine } from '../lib/lexicon';

/** Largest input accepted (bytes). */
const MAX_BYTES = 20 * 1024 * 1024;

const USAGE = 'usage: despin [--json | --jsonl] [--all] [FILE|-]';

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Args {
  json: boolean;
  jsonl: boolean;
  all: boolean;
  file: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, jsonl: false, all: false, file: null };
  for (const a of argv) {
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--all') args.all = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a}; ${USAGE}`, 2);
    else if (args.file !== null) throw new CliError(`more than one input given; ${USAGE}`, 2);
    else args.file = a;
  }
  if (args.json && args.jsonl) throw new CliError(`--json and --jsonl cannot be combined; ${USAGE}`, 2);
  return args;
}

function readInput(file: string | null): Buffer {
  if (file === null || file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') break;
        throw new CliError(`cannot read stdin: ${code ?? (e as Error).message}`, 1);
      }
      if (n === 0) break;
      size += n;
      if (size > MAX_BYTES)
        throw new CliError(`input is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`, 1);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? 'error'}`,
      1,
    );
  }
  if (st.isDirectory()) throw new CliError(`${file} is a directory, not a text file`, 1);
  if (st.size > MAX_BYTES)
    throw new CliError(`${file} is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`, 1);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, 1);
  }
}

function decode(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${label} is not valid UTF-8`, 1);
  }
}

function readable(text: string, findings: Finding[]): string {
  const lines: string[] = [];
  if (findings.length === 0) lines.push('No spinner substitutions found.');
  for (const f of findings) {
    lines.push(
      `${String(f.start).padStart(6)}  ${f.text} → ${f.replacement}  ${f.confidence.toFixed(2)}  ${f.kind}  ${f.reason}`,
    );
  }
  lines.push('', '--- corrected ---', applyFindings(text, findings).text);
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  const label = args.file === null || args.file === '-' ? 'stdin' : args.file;
  const text = decode(readInput(args.file), label);
  if (text.trim() === '') throw new CliError(`${label} is empty`, 1);
  const engine = loadEngine();
  const opts = { all: args.all };
  if (args.jsonl) {
    const out: string[] = [];
    const lines = text.split('\n');
    lines.forEach((raw, k) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') return;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new CliError(`${label}: line ${k + 1} is not JSON`, 1);
      }
      if (
        typeof rec !== 'object' ||
        rec === null ||
        Array.isArray(rec) ||
        typeof (rec as { text?: unknown }).text !== 'string'
      ) {
        throw new CliError(`${label}: line ${k + 1} needs an object with a string "text"`, 1);
      }
      const { id, text: t } = rec as { id?: unknown; text: string };
      out.push(JSON.stringify({ id: id ?? null, findings: engine.detect(t, opts) }));
    });
    if (out.length === 0) throw new CliError(`${label} has no JSONL records`, 1);
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  const findings = engine.detect(text, opts);
  process.stdout.write(args.json ? `${JSON.stringify(findings, null, 2)}\n` : readable(text, findings));
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    process.stderr.write(`despin: ${e.message}\n`);
    process.exit(e.code);
  }
  process.stderr.write(`despin: ${(e as Error).message?.split('\n')[0] ?? 'unexpected error'}\n`);
  process.exit(1);
}
