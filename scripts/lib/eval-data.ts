/**
 * Annotated and clean texts for measuring (scripts/accuracy.ts) and fitting
 * (scripts/fit-weights.ts) the engine: a dataset in the format of ../shared/eval/dev.json, an
 * article's curated corrections, and clean text (the corrected seed, dev passages with every
 * annotated substitution restored, Debian's zh_CN texts assembled by scripts/clean-corpus.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { restoreSpan, type RefSub } from '../../lib/engine/score';

export interface Passage {
  id: string;
  text: string;
  refs: RefSub[];
  negatives: Array<{ start: number; end: number; word: string }>;
}

export class EvalDataError extends Error {}
const fail = (msg: string): never => {
  throw new EvalDataError(msg);
};

/** ../shared/eval/dev.json, next to the project. */
export const DEFAULT_DEV = path.join(process.cwd(), '..', 'shared', 'eval', 'dev.json');

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

function readJson(file: string): unknown {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`${file} is not JSON: ${(e as Error).message}`);
  }
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

export function loadDataset(file: string): Passage[] {
  const r = devSchema.safeParse(readJson(file));
  if (!r.success) return fail(`${file}: ${issues(r.error)}`);
  return r.data.passages.map((p) => ({
    id: p.id,
    text: p.text,
    refs: p.subs.map((s) => {
      if (p.text.slice(s.at, s.at + s.spun.length) !== s.spun)
        fail(`${file}: passage ${p.id}: sub at ${s.at} does not match its text`);
      return {
        start: s.at,
        end: s.at + s.spun.length,
        orig: s.orig,
        ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
      };
    }),
    negatives: (p.negatives ?? []).map((n) => ({ start: n.at, end: n.at + n.word.length, word: n.word })),
  }));
}

export function loadArticle(slug: string): { passage: Passage; excluded: number; corrected: string } {
  if (!/^[a-z0-9-]+$/.test(slug)) fail(`bad article slug: ${slug}`);
  const dir = path.join(process.cwd(), 'content', 'articles', slug);
  const sourceFile = path.join(dir, 'source.txt');
  const corrFile = path.join(dir, 'corrections.json');
  if (!fs.existsSync(sourceFile)) fail(`no such article: ${slug} (${sourceFile} missing)`);
  if (!fs.existsSync(corrFile)) fail(`${corrFile} does not exist yet: nothing to score against`);
  const text = fs.readFileSync(sourceFile, 'utf8');
  const r = correctionsSchema.safeParse(readJson(corrFile));
  if (!r.success) return fail(`${corrFile}: ${issues(r.error)}`);
  const list = Array.isArray(r.data) ? r.data : r.data.corrections;
  const kept = list.filter((c) => !NOT_SPINNER.has(c.kind));
  for (const c of kept) {
    if (text.slice(c.start, c.end) !== c.from)
      fail(`${corrFile}: correction at ${c.start} does not match source.txt`);
  }
  const correctedFile = path.join(dir, 'corrected.txt');
  return {
    passage: {
      id: slug,
      text,
      refs: kept.map((c) => ({ start: c.start, end: c.end, orig: c.to })),
      negatives: [],
    },
    excluded: list.length - kept.length,
    corrected: fs.existsSync(correctedFile) ? fs.readFileSync(correctedFile, 'utf8') : '',
  };
}

/** A passage with every annotated substitution restored: clean text of the same kind. */
export const restored = (p: Passage): string => restoreSpan(p.text, 0, p.text.length, p.refs);

/** Han characters in a text (the unit of false-alarm rates). */
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}

/** Split a long text into pieces of about `size` characters at line breaks (for folds). */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
