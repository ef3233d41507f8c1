/**
 * The exercise generator: swap exercises from an article's curated corrections or from the
 * engine's certain findings in a user's text, and clean clauses to answer "Nothing is wrong here".
 * Pure and deterministic: segmentation, pinyin, the lexicon and the engine's verdict are passed in,
 * and every random choice comes from a PRNG seeded by the exercise's id.
 */
import { clauseAround, clauseSpans, hanCount } from './clauses';
import { pickDistractors, type DistractorIndex } from './distractors';
import { mulberry32, seedOf } from './prng';
import type { Category, CleanExercise, Exercise, Explanation, SwapExercise, Token } from './types';

export interface GeneratorDeps {
  /** `text` split into words, with pinyin read in context. */
  words(text: string): Token[];
  /** Pinyin of `text.slice(start, end)`, read in context. */
  pinyin(text: string, start: number, end: number): string;
  index: DistractorIndex;
  /** Would a reader of `text` take [start, end) for a spinner's swap (the engine flags it)? */
  flagged(text: string, start: number, end: number): boolean;
}

/** Damage a learner can spot and name; formatting, residue and expansions are not word swaps. */
export const SWAP_KINDS: ReadonlySet<string> = new Set([
  'synonym',
  'antonym',
  'idiom',
  'proper-noun',
  'variant',
]);
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** A clean clause needs this many Han characters to be worth reading. */
const CLEAN_MIN_HAN = 10;
const CLEAN_MAX_HAN = 45;

interface SwapInput {
  id: string;
  category: SwapExercise['category'];
  /** The clause as shown (as published, other swaps repaired). */
  text: string;
  at: number;
  spun: string;
  original: string;
  explanation: Explanation;
  en?: string;
  href?: string;
}

/** Start offsets of `tokens` in the text they split, and the end. */
function offsets(tokens: readonly Token[]): number[] {
  const out = [0];
  for (const t of tokens) out.push(out[out.length - 1]! + t.s.length);
  return out;
}

/** Indices [a, b) of the tokens overlapping [start, end). */
function overlapping(tokens: readonly Token[], start: number, end: number): [number, number] {
  const at = offsets(tokens);
  let a = -1;
  let b = -1;
  tokens.forEach((_, i) => {
    if (at[i]! < end && at[i + 1]! > start) {
      if (a < 0) a = i;
      b = i + 1;
    }
  });
  return [a, b];
}

export function swapExercise(input: SwapInput, deps: GeneratorDeps): SwapExercise | null {
  const { text, at, spun, original } = input;
  if (text.slice(at, at + spun.length) !== spun)
    throw new Error(`${input.id}: "${spun}" is not at ${at} in "${text}"`);
  const tokens = deps.words(text);
  const target = overlapping(tokens, at, at + spun.length);
  const corrected = text.slice(0, at) + original + text.slice(at + spun.length);
  const cTokens = deps.words(corrected);
  const [pa, pb] = overlapping(cTokens, at, at + original.length);
  const cAt = offsets(cTokens);
  const ps = cAt[pa]!;
  const pe = cAt[pb]!;
  const phraseCorrected = corrected.slice(ps, pe);
  const rest = (w: string) => corrected.slice(0, at) + w + corrected.slice(at + original.length);
  const distractors = pickDistractors(deps.index, {
    spun,
    original,
    wrongHere: (w) => deps.flagged(rest(w), at, at + w.length),
    rng: mulberry32(seedOf(`${input.id}:${original}`)),
  });
  if (distractors.length < 3) return null;
  const out: SwapExercise = {
    type: 'swap',
    id: input.id,
    category: input.category,
    tokens,
    target,
    spun,
    original,
    spunPinyin: deps.pinyin(text, at, at + spun.length),
    originalPinyin: deps.pinyin(corrected, at, at + original.length),
    at,
    corrected,
    phrase: {
      published: phraseCorrected.slice(0, at - ps) + spun + phraseCorrected.slice(at - ps + original.length),
      corrected: phraseCorrected,
      at: at - ps,
      pinyin: deps.pinyin(corrected, ps, pe),
    },
    options: [original, ...distractors],
    explanation: input.explanation,
  };
  if (input.en) out.en = input.en;
  if (input.href) out.href = input.href;
  return out;
}

function cleanExercise(
  id: string,
  text: string,
  deps: GeneratorDeps,
  en?: string,
  href?: string,
): CleanExercise {
  const out: CleanExercise = { type: 'clean', id, category: 'clean', tokens: deps.words(text), text };
  if (en) out.en = en;
  if (href) out.href = href;
  return out;
}

/** The first clause of `text` (widened to its neighbours if short) fit to be a clean exercise. */
export function cleanClause(text: string): string | undefined {
  for (const [s] of clauseSpans(text)) {
    const [a, b] = clauseAround(text, s, s + 1, CLEAN_MIN_HAN, CLEAN_MAX_HAN);
    const han = hanCount(text.slice(a, b));
    if (han >= CLEAN_MIN_HAN && han <= CLEAN_MAX_HAN) return text.slice(a, b);
  }
  return undefined;
}

/** A text with some spans replaced; where each kept span ends up. */
interface Edit {
  start: number;
  end: number;
  to: string;
}
function applyEdits(
  text: string,
  base: number,
  edits: readonly Edit[],
  keep?: Edit,
): { text: string; at: number } {
  let out = '';
  let pos = base;
  let at = -1;
  for (const e of edits) {
    out += text.slice(pos - base, e.start - base);
    if (e === keep) {
      at = out.length;
      out += text.slice(e.start - base, e.end - base);
    } else out += e.to;
    pos = e.end;
  }
  out += text.slice(pos - base);
  return { text: out, at };
}

export interface ArticleInput {
  slug: string;
  locale: string;
  source: string;
  sentences: readonly { id: number; start: number; end: number; kind: string; en?: string }[];
  corrections: readonly {
    start: number;
    end: number;
    from: string;
    to: string;
    kind: string;
    confidence: string;
    explanation: { en: string; zh: string };
  }[];
}

/**
 * Every exercise an article offers: one per certain word swap (in its clause, the article's other
 * corrections repaired), and one clean clause per sentence (from the corrected text). Likely
 * corrections are not asked (their spun form still reads, so "nothing is wrong" could be right).
 */
export function articleExercises(a: ArticleInput, deps: GeneratorDeps): Exercise[] {
  const out: Exercise[] = [];
  for (const s of a.sentences) {
    if (s.kind === 'residue') continue;
    const href = `/${a.locale}/articles/${a.slug}#s-${s.id}`;
    const text = a.source.slice(s.start, s.end);
    const inside = a.corrections
      .map((c, i) => ({ ...c, i }))
      .filter((c) => c.start >= s.start && c.end <= s.end);
    for (const c of inside) {
      if (c.confidence !== 'certain' || !SWAP_KINDS.has(c.kind)) continue;
      if (!HAN_ONLY.test(c.from) || !HAN_ONLY.test(c.to)) continue;
      const shown = applyEdits(text, s.start, inside, c);
      const [cs, ce] = clauseAround(shown.text, shown.at, shown.at + c.from.length);
      const ex = swapExercise(
        {
          id: `c${c.i}`,
          category: c.kind as SwapExercise['category'],
          text: shown.text.slice(cs, ce),
          at: shown.at - cs,
          spun: c.from,
          original: c.to,
          explanation: c.explanation,
          ...(s.en ? { en: s.en } : {}),
          href,
        },
        deps,
      );
      if (ex) out.push(ex);
    }
    const clean = cleanClause(applyEdits(text, s.start, inside).text);
    if (clean) out.push(cleanExercise(`k${s.id}`, clean, deps, s.en, href));
  }
  return out;
}

/** What the engine reports (lib/engine's Finding, the fields used here). */
export interface FindingInput {
  start: number;
  end: number;
  text: string;
  replacement: string;
  confidence: number;
  kind: string;
  reason: string;
}

/** Sentence spans of a user's text: up to 。！？!? or a line break. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]?|\n|$)/gu;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The part of a finding that changed: the engine may report a whole word (迷信难题 → 科学难题)
 * where only 迷信 was swapped; the exercise asks about the swap itself (two characters at least).
 */
export function narrow(f: Pick<FindingInput, 'start' | 'end' | 'text' | 'replacement'>): Edit {
  const a = f.text;
  const b = f.replacement;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  // Keep two characters at least: 子 → 型 alone would be no word to choose (模子 → 模型 stays whole).
  if (a.length - p - q < 2 || b.length - p - q < 2) return { start: f.start, end: f.end, to: b };
  return { start: f.start + p, end: f.end - q, to: b.slice(p, b.length - q) };
}

export interface CheckOptions<F extends FindingInput = FindingInput> {
  /** Findings at or above this confidence are certain (lib/engine's CERTAIN_CONFIDENCE). */
  certain: number;
  /** At most this many swap and clean exercises (a long text has hundreds). */
  maxSwaps?: number;
  maxClean?: number;
  /** The explanation of a finding in the UI languages (default: the engine's English reason). */
  explain?: (f: F) => Explanation;
}

/**
 * Exercises from a user's own text: one per certain finding (the engine's reason as the
 * explanation; the sentence's other certain findings repaired), and clean clauses only from
 * sentences where the engine found nothing at all. `findings`: everything the engine reported,
 * hints included, so that "clean" means clean.
 */
export function checkExercises<F extends FindingInput>(
  text: string,
  findings: readonly F[],
  deps: GeneratorDeps,
  opts: CheckOptions<F>,
): Exercise[] {
  const maxSwaps = opts.maxSwaps ?? 40;
  const maxClean = opts.maxClean ?? 15;
  const certain = findings
    .filter((f) => f.confidence >= opts.certain && SWAP_KINDS.has(f.kind))
    .filter((f) => HAN_ONLY.test(f.text) && HAN_ONLY.test(f.replacement));
  const swaps: Exercise[] = [];
  const clean: Exercise[] = [];
  sentenceSpans(text).forEach(([s, e], n) => {
    const inSentence = findings.filter((f) => f.start < e && f.end > s);
    const sentence = text.slice(s, e);
    if (inSentence.length === 0) {
      const c = clean.length < maxClean ? cleanClause(sentence) : undefined;
      if (c) clean.push(cleanExercise(`k${n}`, c, deps));
      return;
    }
    const edits = certain.filter((f) => f.start >= s && f.end <= e).map((f) => ({ ...narrow(f), f }));
    for (const edit of edits) {
      if (swaps.length >= maxSwaps) return;
      const shown = applyEdits(sentence, s, edits, edit);
      const spun = text.slice(edit.start, edit.end);
      const [cs, ce] = clauseAround(shown.text, shown.at, shown.at + spun.length);
      const ex = swapExercise(
        {
          id: `f${edit.f.start}`,
          category: edit.f.kind as Category as SwapExercise['category'],
          text: shown.text.slice(cs, ce),
          at: shown.at - cs,
          spun,
          original: edit.to,
          explanation: opts.explain ? opts.explain(edit.f) : { en: edit.f.reason },
        },
        deps,
      );
      if (ex) swaps.push(ex);
    }
  });
  return [...swaps, ...clean];
}
