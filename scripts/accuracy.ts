/**
 * Accuracy of the substitution engine, scored exactly as /work/shared/eval/README.md defines it.
 *
 *   npm run accuracy                              dev (../shared/eval/dev.json, when it exists), the seed
 *                                                 article and clean text: every figure at once
 *   npm run accuracy -- FILE.json [--verbose]     a dataset in the format of shared/eval/dev.json
 *   npm run accuracy -- --article tr35-china      content/articles/<slug>/corrections.json
 *   npm run accuracy -- --clean FILE [FILE…]      false alarms per 10,000 Han characters of clean text
 *   npm run accuracy -- FILE.json --exclude w01,w02   leave passages out
 *
 * Clean text, by default: the corrected seed, the dev passages with every annotated substitution
 * restored, and Debian's zh_CN texts when scripts/clean-corpus.ts has assembled them in
 * .data/clean/ (mo.txt is what the weights are fitted on; man.txt is kept apart).
 * Prints precision and recall overall and for the certain tier (confidence >= 0.9), for the
 * default output and for --all output. Accuracy is a benchmark, not a test: it prints figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CERTAIN_CONFIDENCE, type Engine, type Finding } from '../lib/engine';
import {
  addScore,
  emptyTotals,
  precision,
  recall,
  restoreSpan,
  scorePassage,
  type Totals,
} from '../lib/engine/score';
import { loadEngine } from '../lib/lexicon';
import {
  DEFAULT_DEV,
  EvalDataError,
  hanCount,
  loadArticle,
  loadDataset,
  restored,
  type Passage,
} from './lib/eval-data';

function fail(msg: string): never {
  process.stderr.write(`accuracy: ${msg}\n`);
  process.exit(1);
}

interface Run {
  all: Totals;
  certain: Totals;
  negativesFlagged: number;
  negatives: number;
  /** Substitutions the annotator marked 'high' (clear), and how many of them were corrected. */
  high: number;
  highCorrected: number;
  misses: string[];
  alarms: string[];
  wrong: string[];
  /** Of the findings with a wrong replacement, those that name the right one among their alternatives. */
  wrongWithRightAlternative: number;
}

const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 6), s)}[${text.slice(s, e)}]${text.slice(e, e + 6)}`.replace(/\s+/g, ' ');

function run(engine: Engine, passages: Passage[], all: boolean): Run {
  let tAll = emptyTotals();
  let tCertain = emptyTotals();
  let negativesFlagged = 0;
  let negatives = 0;
  let high = 0;
  let highCorrected = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  const wrong: string[] = [];
  let wrongWithRightAlternative = 0;
  for (const p of passages) {
    const findings: Finding[] = engine.detect(p.text, { all });
    const s = scorePassage(p.text, p.refs, findings);
    tAll = addScore(tAll, s);
    const certain = findings.filter((f) => f.confidence >= CERTAIN_CONFIDENCE);
    tCertain = addScore(tCertain, scorePassage(p.text, p.refs, certain));
    p.refs.forEach((r, k) => {
      if (r.confidence === 'high') {
        high++;
        if (s.corrected[k]) highCorrected++;
      }
      if (!s.corrected[k]) misses.push(`${p.id}@${r.start} ${ctx(p.text, r.start, r.end)} → ${r.orig}`);
    });
    findings.forEach((f, k) => {
      const line = `${p.id}@${f.start} ${ctx(p.text, f.start, f.end)} → ${f.replacement} (${f.confidence}, ${f.rule})`;
      if (s.falseAlarm[k]) alarms.push(line);
      else if (!s.correct[k]) {
        wrong.push(line);
        const right = restoreSpan(p.text, f.start, f.end, p.refs);
        if (f.alternatives?.includes(right)) wrongWithRightAlternative++;
      }
    });
    for (const n of p.negatives) {
      negatives++;
      if (findings.some((f) => f.start < n.end && n.start < f.end)) negativesFlagged++;
    }
  }
  return {
    all: tAll,
    certain: tCertain,
    negativesFlagged,
    negatives,
    high,
    highCorrected,
    misses,
    alarms,
    wrong,
    wrongWithRightAlternative,
  };
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
    if (r.high > 0)
      console.log(
        `  ${mode}: recall of the clear (high-confidence) substitutions ${pct(r.highCorrected / r.high)} (${r.highCorrected}/${r.high})`,
      );
    if (r.negatives > 0) console.log(`  ${mode}: negatives flagged     ${r.negativesFlagged}/${r.negatives}`);
    if (r.wrong.length > 0)
      console.log(
        `  ${mode}: wrong replacements that name the right one among their alternatives ${r.wrongWithRightAlternative}/${r.wrong.length}`,
      );
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

/** Findings per 10,000 Han characters of clean text, and the most frequent false pairs. */
export function cleanReport(engine: Engine, label: string, text: string, top = 8): void {
  const han = hanCount(text);
  const findings = engine.detect(text);
  const certain = findings.filter((f) => f.confidence >= CERTAIN_CONFIDENCE);
  const per = (n: number) => ((n * 10000) / Math.max(1, han)).toFixed(2);
  console.log(
    `clean ${label}: ${han} Han characters: default ${findings.length} findings (${per(findings.length)} per 10,000), certain ${certain.length} (${per(certain.length)} per 10,000)`,
  );
  const pairs = new Map<string, number>();
  for (const f of findings) {
    const k = `${f.text}→${f.replacement}${f.confidence >= CERTAIN_CONFIDENCE ? ' (certain)' : ''}`;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const list = [...pairs].sort((a, b) => b[1] - a[1]).slice(0, top);
  if (list.length > 0) console.log(`  most frequent: ${list.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}

/** The clean texts measured by default. */
function defaultCleanTexts(dev: Passage[] | null): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seed = loadArticle('tr35-china');
  if (seed.corrected)
    out.push(['corrected seed (content/articles/tr35-china/corrected.txt)', seed.corrected]);
  if (dev) out.push(['dev passages restored', dev.map(restored).join('\n')]);
  for (const f of ['mo.txt', 'man.txt']) {
    const file = path.join(process.cwd(), '.data', 'clean', f);
    if (fs.existsSync(file)) out.push([`.data/clean/${f}`, fs.readFileSync(file, 'utf8')]);
  }
  return out;
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const exAt = argv.indexOf('--exclude');
  const exclude = new Set(exAt >= 0 ? (argv[exAt + 1] ?? '').split(',').filter(Boolean) : []);
  const rest = argv.filter(
    (a, k) => a !== '--verbose' && a !== '-v' && (exAt < 0 || (k !== exAt && k !== exAt + 1)),
  );
  const engine = loadEngine();
  const cleanAt = rest.indexOf('--clean');
  if (cleanAt >= 0) {
    const files = rest.slice(cleanAt + 1);
    if (files.length === 0) fail('--clean needs a file of clean text');
    for (const f of files) {
      const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), f);
      if (!fs.existsSync(file)) fail(`no such file: ${f}`);
      cleanReport(engine, f, fs.readFileSync(file, 'utf8'));
    }
    return;
  }
  const articleAt = rest.indexOf('--article');
  if (articleAt >= 0) {
    const slug = rest[articleAt + 1];
    if (slug === undefined) fail('--article needs a slug, e.g. --article tr35-china');
    reportArticle(engine, slug, verbose);
    return;
  }
  const unknown = rest.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}`);
  const explicit = rest[0] !== undefined;
  const file = rest[0] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), rest[0]) : DEFAULT_DEV;
  let dev: Passage[] | null = null;
  if (fs.existsSync(file)) {
    dev = loadDataset(file).filter((p) => !exclude.has(p.id));
    const subs = dev.reduce((n, p) => n + p.refs.length, 0);
    const note = exclude.size > 0 ? ` (excluding ${[...exclude].join(', ')})` : '';
    report(
      `${path.basename(file)}: ${dev.length} passages, ${subs} substitutions${note}`,
      engine,
      dev,
      verbose,
    );
  } else if (explicit)
    fail(`no dataset: ${file} (usage: npm run accuracy -- FILE.json | --article SLUG | --clean FILE)`);
  else console.log(`(no ${path.relative(process.cwd(), file)}: dev figures skipped)`);
  if (explicit) return;
  reportArticle(engine, 'tr35-china', verbose);
  for (const [label, text] of defaultCleanTexts(dev)) cleanReport(engine, label, text);
  if (!fs.existsSync(path.join(process.cwd(), '.data', 'clean', 'mo.txt')))
    console.log('(Debian clean corpus not assembled: npm run -s clean-corpus)');
}

function reportArticle(engine: Engine, slug: string, verbose: boolean): void {
  const { passage, excluded } = loadArticle(slug);
  report(
    `article ${slug}: ${passage.refs.length} spinner substitutions${excluded > 0 ? ` (${excluded} non-spinner corrections left out)` : ''}`,
    engine,
    [passage],
    verbose,
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof EvalDataError) fail(e.message);
    throw e;
  }
}
