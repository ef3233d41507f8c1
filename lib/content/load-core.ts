import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import { applySpans } from '../text/corrections';
import {
  correctionsSchema,
  metaSchema,
  sentencesSchema,
  termsSchema,
  type Correction,
  type Meta,
  type Sentence,
  type Term,
} from './schema';

/** Where published articles live, relative to the project root. */
export const ARTICLES_DIR = process.env.UNSPUN_ARTICLES_DIR ?? path.join(process.cwd(), 'content', 'articles');

export interface Article {
  slug: string;
  meta: Meta;
  source: string;
  sentences: Sentence[];
  corrections: Correction[];
  corrected: string;
  terms: Term[];
}

/** Every problem found in one or more content files, listed together. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(root)';
}

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Read a JSON file and validate it, pushing "file: field: message" problems. */
function readJson<T>(file: string, schema: ZodType<T>, problems: string[], optional = false): T | undefined {
  if (!existsSync(file)) {
    if (!optional) problems.push(`${display(file)}: file is missing`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${display(file)}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const message = /received undefined$/.test(issue.message) ? 'required' : issue.message;
      problems.push(`${display(file)}: ${fieldPath(issue.path)}: ${message}`);
    }
    return undefined;
  }
  return parsed.data;
}

function readText(file: string, problems: string[]): { text: string; bytes: Buffer } | undefined {
  if (!existsSync(file)) {
    problems.push(`${display(file)}: file is missing`);
    return undefined;
  }
  const bytes = readFileSync(file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    problems.push(`${display(file)}: not valid UTF-8`);
    return undefined;
  }
}

const onlySpace = (s: string) => /^\s*$/u.test(s);

function checkSentences(file: string, source: string, sentences: Sentence[], problems: string[]) {
  const f = display(file);
  let prevEnd = 0;
  let prevParagraph = -1;
  sentences.forEach((s, i) => {
    const at = `${f}: [${i}]`;
    if (s.id !== i + 1) problems.push(`${at}.id: expected ${i + 1} (ids count up from 1), found ${s.id}`);
    if (s.end <= s.start) problems.push(`${at}.end: must be greater than start (${s.start})`);
    if (s.end > source.length) problems.push(`${at}.end: ${s.end} is past the end of source.txt (${source.length})`);
    if (s.start < prevEnd) problems.push(`${at}.start: ${s.start} overlaps the previous sentence (ends at ${prevEnd})`);
    else if (!onlySpace(source.slice(prevEnd, s.start)))
      problems.push(`${at}.start: text between ${prevEnd} and ${s.start} belongs to no sentence`);
    const slice = source.slice(s.start, s.end);
    if (slice !== s.zh) problems.push(`${at}.zh: does not match source.txt at ${s.start}–${s.end} ("${slice}")`);
    const gap = source.slice(prevEnd, s.start);
    if (s.paragraph < prevParagraph) problems.push(`${at}.paragraph: must not go down (previous ${prevParagraph})`);
    else if (i > 0 && gap.includes('\n') && s.paragraph === prevParagraph)
      problems.push(`${at}.paragraph: a line break precedes this sentence, so it starts a new paragraph`);
    prevEnd = Math.max(prevEnd, s.end);
    prevParagraph = s.paragraph;
  });
  if (!onlySpace(source.slice(prevEnd))) problems.push(`${f}: text after ${prevEnd} belongs to no sentence`);
}

function checkCorrections(file: string, source: string, corrections: Correction[], problems: string[]) {
  const f = display(file);
  let prevEnd = 0;
  corrections.forEach((c, i) => {
    const at = `${f}: [${i}]`;
    if (c.end <= c.start) problems.push(`${at}.end: must be greater than start (${c.start})`);
    if (c.end > source.length) problems.push(`${at}.end: ${c.end} is past the end of source.txt (${source.length})`);
    if (c.start < prevEnd) problems.push(`${at}.start: ${c.start} overlaps or precedes the previous correction (ends at ${prevEnd}); keep them sorted and apart`);
    const slice = source.slice(c.start, c.end);
    if (slice !== c.from) problems.push(`${at}.from: "${c.from}" does not match source.txt at ${c.start}–${c.end} ("${slice}")`);
    if (c.to === c.from) problems.push(`${at}.to: same as from; a correction must change the text`);
    prevEnd = Math.max(prevEnd, c.end);
  });
}

/** Load and validate one article folder. Throws ContentError listing every problem. */
export function loadArticle(dir: string): Article {
  const problems: string[] = [];
  const slug = path.basename(dir);
  const meta = readJson(path.join(dir, 'meta.json'), metaSchema, problems);
  const src = readText(path.join(dir, 'source.txt'), problems);
  const sentences = readJson(path.join(dir, 'sentences.json'), sentencesSchema, problems);
  const correctionsFile = path.join(dir, 'corrections.json');
  const parsedCorrections = readJson(correctionsFile, correctionsSchema, problems, true);
  const corrections = parsedCorrections ?? [];
  const terms = readJson(path.join(dir, 'terms.json'), termsSchema, problems, true) ?? [];
  const correctedFile = path.join(dir, 'corrected.txt');
  const correctedText = existsSync(correctedFile) ? readText(correctedFile, problems)?.text : undefined;

  if (meta && meta.slug !== slug) problems.push(`${display(path.join(dir, 'meta.json'))}: slug: "${meta.slug}" must equal the folder name "${slug}"`);
  if (meta && src) {
    const sum = createHash('sha256').update(src.bytes).digest('hex');
    if (sum !== meta.sha256)
      problems.push(`${display(path.join(dir, 'meta.json'))}: sha256: source.txt hashes to ${sum}; the source must stay byte for byte as published`);
  }
  let corrected = src?.text ?? '';
  if (src && sentences) checkSentences(path.join(dir, 'sentences.json'), src.text, sentences, problems);
  if (src && (parsedCorrections || !existsSync(correctionsFile))) {
    checkCorrections(path.join(dir, 'corrections.json'), src.text, corrections, problems);
    corrected = applySpans(src.text, corrections);
    if (corrections.length > 0 && correctedText === undefined) problems.push(`${display(correctedFile)}: file is missing (corrections.json needs it)`);
    else if (correctedText !== undefined && correctedText !== corrected)
      problems.push(`${display(correctedFile)}: differs from source.txt with corrections.json applied; regenerate it with npm run corrections -- ${slug} --write`);
  }
  if (src && sentences) {
    corrections.forEach((c, i) => {
      if (!sentences.some((s) => c.start >= s.start && c.end <= s.end))
        problems.push(`${display(path.join(dir, 'corrections.json'))}: [${i}].start: the span ${c.start}–${c.end} must lie inside one sentence`);
    });
  }
  if (sentences) {
    const ids = new Set(sentences.map((s) => s.id));
    terms.forEach((t, i) => {
      if (!ids.has(t.sentence)) problems.push(`${display(path.join(dir, 'terms.json'))}: [${i}].sentence: no sentence ${t.sentence}`);
    });
  }
  if (problems.length || !meta || !src || !sentences) throw new ContentError(problems);
  return { slug, meta, source: src.text, sentences, corrections, corrected, terms };
}

/** Load every article under `root`, collecting the problems of all of them before throwing. */
export function loadAllArticles(root = ARTICLES_DIR): Article[] {
  const problems: string[] = [];
  const articles: Article[] = [];
  // The ignore comments keep Turbopack's file tracer from taking `root` (any folder) for the whole
  // project; routes that read content at run time list it in next.config.js' outputFileTracingIncludes.
  for (const name of readdirSync(/*turbopackIgnore: true*/ root).sort()) {
    const dir = path.join(/*turbopackIgnore: true*/ root, name);
    if (!statSync(/*turbopackIgnore: true*/ dir).isDirectory()) continue;
    try {
      articles.push(loadArticle(dir));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ContentError(problems);
  return articles;
}
