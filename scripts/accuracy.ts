/**
 * Accuracy of the substitution engine, scored exactly as /work/shared/eval/README.md defines it.
 *
 *   npm run accuracy -- FILE.json [--verbose]     a dataset in the format of shared/eval/dev.json
 *   npm run accuracy -- --article tr35-china      content/articles/<slug>/corrections.json
 *   npm run accuracy                              ../shared/eval/dev.json when it exists
 *   npm run accuracy -- FILE.json --exclude w01,w02   leave passages out (e.g. ones read while curating)
 *
 * Prints precision and recall overall and for the certain tier (confidence >= 0.9), for the
 * default output and for --all output. Accuracy is a benchmark, not a test: it prints figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CERTAIN_CONFIDENCE, type Engine, type Finding } from '../lib/engine';
import {
  addScore,
  emptyTotals,
  precision,
  recall,
  scorePassage,
  type RefSub,
  type Totals,
} from '../lib/engine/score';
import { loadEngine } from '../lib/lexicon';

const devSchema = z.object({
  passages: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      subs: z.array(
        z.object({
          at: z.number().int(),
          spun: z.string(),
          orig: z.string(),
          confidence: z.string().optional(),
        }),
      ),
      negatives: z.array(z.object({ at: z.number().int(), word: z.string() })).optional(),
    }),
  ),
});

const correctionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  from: z.string(),
  to: z.string(),
  kind: z.string(),
  confidence: z.string().optional(),
});
const correctionsSchema = z.union([
  z.array(correctionSchema),
  z.object({ corrections: z.array(correctionSchema) }).passthrough(),
]);

/** Corrections that are not spinner substitutions (page residue, number formatting). */
const NOT_SPINNER = new Set(['residue', 'formatting']);

interface Passage {
  id: string;
  text: string;
  refs: RefSub[];
  negatives: Array<{ start: number; end: number; word: string }>;
}

function fail(msg: string): never {
  process.stderr.write(`accuracy: ${msg}\n`);
  process.exit(1);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${file} is not JSON: ${(e as Error).message}`);
  }
}

function loadDataset(file: string): Passage[] {
  const r = devSchema.safeParse(readJson(file));
  if (!r.success)
    fail(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data.passages.map((p) => ({
    id: p.id,
    text: p.text,
    refs: p.subs.map((s) => {
      if (p.text.slice(s.at, s.at + s.spun.length) !== s.spun)
        fail(`${file}: passage ${p.id}: sub at ${s.at} does not match its text`);
      return { start: s.at, end: s.at + s.spun.length, orig: s.orig };
    }),
    negatives: (p.negatives ?? []).map((n) => ({ start: n.at, end: n.at + n.word.length, word: n.word })),
  }));
}

function loadArticle(slug: string): { passage: Passage; excluded: number } {
  if (!/^[a-z0-9-]+$/.test(slug)) fail(`bad article slug: ${slug}`);
  const dir = path.join(process.cwd(), 'content', 'articles', slug);
  const sourceFile = path.join(dir, 'source.txt');
  const corrFile = path.join(dir, 'corrections.json');
  if (!fs.existsSync(sourceFile)) fail(`no such article: ${slug} (${sourceFile} missing)`);
  if (!fs.existsSync(corrFile)) fail(`${corrFile} does not exist yet: nothing to score against`);
  const text = fs.readFileSync(sourceFile, 'utf8');
  const r = correctionsSchema.safeParse(readJson(corrFile));
  if (!r.success)
    fail(`${corrFile}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const list = Array.isArray(r.data) ? r.data : r.data.corrections;
  const kept = list.filter((c) => !NOT_SPINNER.has(c.kind));
  for (const c of kept) {
    if (text.slice(c.start, c.end) !== c.from)
      fail(`${corrFile}: correction at ${c.start} does not match source.txt`);
  }
  return {
    passage: {
      id: slug,
      text,
      refs: kept.map((c) => ({ start: c.start, end: c.end, orig: c.to })),
      negatives: [],
    },
    excluded: list.length - kept.length,
  };
}

interface Run {
  all: Totals;
  certain: Totals;
  negativesFlagged: number;
  negatives: number;
  misses: string[];
  alarms: string[];
  wrong: string[];
}

const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 6), s)}[${text.slice(s, e)}]${text.slice(e, e + 6)}`.replace(/\s+/g, ' ');

function run(engine: Engine, passages: Passage[], all: boolean): Run {
  let tAll = emptyTotals();
  let tCertain = emptyTotals();
  let negativesFlagged = 0;
  let negatives = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  const wrong: string[] = [];
  for (const p of passages) {
    const findings: Finding[] = engine.detect(p.text, { all });
    const s = scorePassage(p.text, p.refs, findings);
    tAll = addScore(tAll, s);
    const certain = findings.filter((f) => f.confidence >= CERTAIN_CONFIDENCE);
    tCertain = addScore(tCertain, scorePassage(p.text, p.refs, certain));
    p.refs.forEach((r, k) => {
      if (!s.corrected[k]) misses.push(`${p.id}@${r.start} ${ctx(p.text, r.start, r.end)} → ${r.orig}`);
    });
    findings.forEach((f, k) => {
      const line = `${p.id}@${f.start} ${ctx(p.text, f.start, f.end)} → ${f.replacement} (${f.confidence}, ${f.rule})`;
      if (s.falseAlarm[k]) alarms.push(line);
      else if (!s.correct[k]) wrong.push(line);
    });
    for (const n of p.negatives) {
      negatives++;
      if (findings.some((f) => f.start < n.end && n.start < f.end)) negativesFlagged++;
    }
  }
  return { all: tAll, certain: tCertain, negativesFlagged, negatives, misses, alarms, wrong };
}

const pct = (x: number) => x.toFixed(3);
function line(label: string, t: Totals): string {
  return `  ${label.padEnd(22)} precision ${pct(precision(t))} (${t.correct}/${t.findings})  recall ${pct(recall(t))} (${t.corrected}/${t.subs})  false alarms ${t.falseAlarms}`;
}

function report(title: string, engine: Engine, passages: Passage[], verbose: boolean): void {
  console.log(title);
  for (const all of [false, true]) {
    const r = run(engine, passages, all);
    const mode = all ? '--all' : 'default';
    console.log(line(`${mode}: all findings`, r.all));
    console.log(line(`${mode}: certain (≥0.9)`, r.certain));
    if (r.negatives > 0) console.log(`  ${mode}: negatives flagged     ${r.negativesFlagged}/${r.negatives}`);
    if (!all && r.all.falseAlarms > 0) {
      console.log(`  flags on words that are correct where they stand (${r.all.falseAlarms}):`);
      for (const a of r.alarms) console.log(`    ${a}`);
    }
    if (verbose) {
      console.log(`  ${mode}: misses (${r.misses.length})`);
      for (const m of r.misses) console.log(`    ${m}`);
      console.log(`  ${mode}: findings with a wrong replacement (${r.wrong.length})`);
      for (const w of r.wrong) console.log(`    ${w}`);
      if (all) {
        console.log(`  ${mode}: false alarms (${r.alarms.length})`);
        for (const a of r.alarms) console.log(`    ${a}`);
      }
    }
  }
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const exAt = argv.indexOf('--exclude');
  const exclude = new Set(exAt >= 0 ? (argv[exAt + 1] ?? '').split(',').filter(Boolean) : []);
  const rest = argv.filter(
    (a, k) => a !== '--verbose' && a !== '-v' && (exAt < 0 || (k !== exAt && k !== exAt + 1)),
  );
  const engine = loadEngine();
  const articleAt = rest.indexOf('--article');
  if (articleAt >= 0) {
    const slug = rest[articleAt + 1];
    if (slug === undefined) fail('--article needs a slug, e.g. --article tr35-china');
    const { passage, excluded } = loadArticle(slug);
    report(
      `article ${slug}: ${passage.refs.length} spinner substitutions${excluded > 0 ? ` (${excluded} non-spinner corrections left out)` : ''}`,
      engine,
      [passage],
      verbose,
    );
    return;
  }
  const unknown = rest.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}`);
  const file = rest[0] ?? path.join(process.cwd(), '..', 'shared', 'eval', 'dev.json');
  if (!fs.existsSync(file))
    fail(`no dataset: ${file} (usage: npm run accuracy -- FILE.json | --article SLUG)`);
  const passages = loadDataset(file).filter((p) => !exclude.has(p.id));
  const subs = passages.reduce((n, p) => n + p.refs.length, 0);
  const note = exclude.size > 0 ? ` (excluding ${[...exclude].join(', ')})` : '';
  report(
    `${path.basename(file)}: ${passages.length} passages, ${subs} substitutions${note}`,
    engine,
    passages,
    verbose,
  );
}

main(process.argv.slice(2));
