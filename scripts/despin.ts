/**
 * despin: find (and repair) spinner substitutions in Chinese text, from a paste to a corpus.
 *
 *   npm run -s despin -- [--json] [--all] [--jobs N] [FILE|-]
 *   npm run -s despin -- --jsonl [--strict] [--all] [--jobs N] [FILE|-]
 *   npx unspun-despin …                                  the same, as the package's bin
 *
 * `--help` says it all (scripts/lib/despin/args.ts). Errors are one line on stderr and a
 * non-zero exit (2 for bad usage, 1 for bad input), never a stack trace.
 */
import { autoJobs, HELP, parseArgs } from './lib/despin/args';
import { callerDir, CliError, projectRoot, sourceOf } from './lib/despin/input';
import { Output, Pipeline } from './lib/despin/pipeline';
import { detectorFor, type Detector } from './lib/despin/pool';
import { runJsonl, runText } from './lib/despin/run';

/** The project folder: the engine's data is read from here, wherever the command was run. */
const ROOT = projectRoot(import.meta.url);

async function main(argv: string[], out: Output): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    out.write(HELP);
    return 0;
  }
  const src = sourceOf(args.file, callerDir());
  process.chdir(ROOT);
  let detector: Detector | null = null;
  const plan = (bytes: number | null) => {
    const jobs = args.jobs ?? autoJobs(bytes);
    // JSON output is written where the findings are found (render.ts); the readable list needs them as objects.
    detector = detectorFor(jobs, { all: args.all }, args.jsonl ? 'jsonl' : args.json ? 'json' : 'objects');
    // Two batches per thread keep every worker busy while results are handed on in order.
    return new Pipeline(detector, out, jobs <= 1 ? 0 : 2 * jobs);
  };
  try {
    return await (args.jsonl ? runJsonl : runText)(args, src, plan, out);
  } finally {
    await (detector as Detector | null)?.close();
  }
}

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] || 'unexpected error';
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`despin: cannot write: ${e.code ?? e.message}\n`);
  process.exit(1);
});

const out = new Output();
let code: number;
try {
  code = await main(process.argv.slice(2), out);
} catch (e) {
  await out.end();
  process.stderr.write(`despin: ${oneLine(e)}\n`);
  code = e instanceof CliError ? e.code : 1;
}
await out.end();
process.exit(code);
