/** despin's command line: options and the help text. */
import os from 'node:os';
import { CliError, MAX_BYTES } from './input';

/**
 * Input per worker thread when --jobs is not given. Workers cost CPU of their own (each loads an
 * engine, ~0.4 s; measured on 2 cores: 1.3–1.6 s more CPU in all than one thread), so they pay off
 * from about 3 MB of text: 2 MB took 1.98 s in one thread and 2.10 s in two, 4 MB 3.3 s and
 * 3.0 s, 8 MB 6.0 s and 4.4 s (bin/unspun-despin.mjs --json on the bench's spun text).
 */
export const BYTES_PER_JOB = 4 * 1024 * 1024;

/** Threads for an input of `bytes` bytes (null: unknown, as from a pipe) when --jobs is not given. */
export function autoJobs(bytes: number | null, cores = os.availableParallelism()): number {
  if (bytes === null) return cores;
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_JOB)));
}

export const USAGE = 'usage: despin [--json | --jsonl [--strict]] [--all] [--jobs N] [FILE|-]';

export const HELP = `${USAGE}

Finds spinner substitutions (首席迷信家 for 首席科学家) in Chinese text and says what stood there.

  FILE | -      UTF-8 input; stdin when absent or "-". A relative FILE is read from the
                directory you ran the command in (also under \`npm run despin\`).
  (default)     a readable list of findings, then the corrected text
  --json        the findings as one JSON array, written as they are found
  --jsonl       one record per line in, one line out, in the same order:
                  in:  {"id": …, "text": "…"}          (other fields are ignored)
                  out: {"id": …, "findings": […]}      or {"line": N, "findings": […]} without an id
                a bad line gives {"id": …, "line": N, "error": "…"} and the rest goes on;
                the exit status is then 1. Blank lines are skipped (they still count in N).
  --strict      with --jsonl: stop at the first bad line (what was written before it stays)
  --all         also weaker hints (confidence >= 0.2), not only recommended findings
  --jobs N      run the engine in N worker threads, each loading its own engine; output keeps
                the input's order; 1: no threads. Default: one thread per ${BYTES_PER_JOB / 1024 / 1024} MB of a text
                or JSONL file, up to the number of cores (${os.availableParallelism()} here): workers cost
                CPU of their own and pay off from about 3 MB; JSONL from a pipe: the number of cores

Each finding: {start, end, text, replacement, confidence, kind, rule, reason, evidence}, and
alternatives (other replacements that also read well) where there are any. start and end are
offsets in UTF-16 code units (JavaScript string indices) into the text as given: into the
whole input, or into a JSONL record's "text". A UTF-8 byte-order mark at the start of the input
is part of the text as given (U+FEFF at offset 0), so offsets after it count it; in --jsonl a
byte-order mark before a line's JSON is ignored. Texts of any line length are cut into pieces
that overlap by more than the longest lexicon form, so nothing at a cut is lost or split.

Limits: a text, or a JSONL line, of at most ${MAX_BYTES / 1024 / 1024} MB. A larger file is refused
before it is read; from a pipe or device, as soon as that many bytes have arrived. --jsonl input
has no total limit and is streamed: memory stays flat whatever its size. A NUL byte in --jsonl
input means binary input and stops the run.

Exit status: 0 done; 1 bad input, or some JSONL records failed; 2 bad usage.
`;

export interface Args {
  json: boolean;
  jsonl: boolean;
  strict: boolean;
  all: boolean;
  /** --jobs as given; null: decided by the input's size (autoJobs). */
  jobs: number | null;
  file: string | null;
  help: boolean;
}

function jobsOf(v: string | undefined): number {
  const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 256)) throw new CliError(`--jobs needs a whole number from 1 to 256; ${USAGE}`, 2);
  return n;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    json: false,
    jsonl: false,
    strict: false,
    all: false,
    jobs: null,
    file: null,
    help: false,
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--strict') args.strict = true;
    else if (a === '--all') args.all = true;
    else if (a === '--jobs' || a === '-j') args.jobs = jobsOf(argv[++k]);
    else if (a.startsWith('--jobs=')) args.jobs = jobsOf(a.slice('--jobs='.length));
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a}; ${USAGE}`, 2);
    else if (args.file !== null) throw new CliError(`more than one input given; ${USAGE}`, 2);
    else args.file = a;
  }
  if (args.json && args.jsonl) throw new CliError(`--json and --jsonl cannot be combined; ${USAGE}`, 2);
  if (args.strict && !args.jsonl) throw new CliError(`--strict goes with --jsonl; ${USAGE}`, 2);
  return args;
}
