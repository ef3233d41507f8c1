/**
 * The substitution engine, step by step: compile the lexicon into a trie (compile.ts), find the
 * candidates of a text and measure their local evidence (candidates.ts: curated rules, the
 * unigram window, the bigram language model), add the passage's spinner evidence (evidence.ts),
 * weigh everything with fitted weights and choose non-overlapping findings (select.ts), and
 * explain each (explain.ts).
 */
import {
  EVIDENCE_RADIUS,
  findCandidates,
  LM_WINDOW,
  ORIG_RADIUS,
  WINDOW,
  type Candidate,
  type Scorers,
} from './candidates';
import { compileEntries } from './compile';
import { addEvidence } from './evidence';
import { toFinding } from './explain';
import { DEFAULT_WEIGHTS, FEATURES, weightVector } from './features';
import type { LanguageModel } from './lm';
import {
  alternativesOf,
  CERTAIN_CONFIDENCE,
  HINT_CONFIDENCE,
  RECOMMENDED_CONFIDENCE,
  select,
  weigh,
} from './select';
import { buildView, isHan, type TextView } from './text';
import { createWordModel, type WordModel } from './words';
import type { DetectOptions, EngineData, EngineInfo, Finding, TextRange } from './types';

export { CERTAIN_CONFIDENCE, HINT_CONFIDENCE, RECOMMENDED_CONFIDENCE };

/** Block size (code points) for bounded memory; a block ends at the next line break. */
const BLOCK = 8192;
const MAX_BLOCK = 65536;

/**
 * The stretch of the view to detect in for `range`: its ends moved out to the nearest places
 * where no finding can be cut (next to a character that is not Han, as every lexicon form and
 * scoring window is Han only, or the text's ends). The choice among overlapping candidates then
 * stays inside, and each candidate is measured with its context as in the whole text: the
 * findings starting in the range are those of the whole text.
 */
function viewRange(view: TextView, text: string, r: TextRange): { lo: number; hi: number } {
  const ok = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) <= text.length;
  if (typeof r !== 'object' || r === null || !ok(r.start) || !ok(r.end) || r.start > r.end)
    throw new RangeError(
      `range must be {start, end} with 0 ≤ start ≤ end ≤ ${text.length} (the text's length); got ${JSON.stringify(r)}`,
    );
  const { cps, pos, n } = view;
  /** First view position whose original offset is at or after `x`. */
  const at = (x: number) => {
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((pos[mid] as number) < x) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  let lo = at(r.start);
  while (lo > 0 && isHan(cps[lo - 1] as number)) lo--;
  let hi = at(r.end);
  while (hi < n && isHan(cps[hi] as number)) hi++;
  return { lo, hi };
}

/** A candidate as the fitting script sees it: where, what, and its features by name. */
export interface InspectedCandidate {
  start: number;
  end: number;
  /** The finding this candidate would give (offsets, replacement) if chosen. */
  finding: Finding;
  spun: string;
  orig: string;
  eligible: boolean;
  features: Record<(typeof FEATURES)[number], number>;
}

export interface Engine {
  detect(text: string, options?: DetectOptions): Finding[];
  /** Every candidate with its features, before weighing (for fitting and debugging). */
  inspect(text: string): InspectedCandidate[];
  /** Is `word` a word of the frequency model? */
  isWord(word: string): boolean;
  readonly info: EngineInfo;
}

export interface EngineExtras {
  /** The word bigram language model (lib/engine/lm.ts); without it the `lm` features are 0. */
  lm?: LanguageModel | null;
  /**
   * The word model, already made (e.g. by wordModelFromTables from a cached copy of its tables);
   * `data.words` is then not read. It must be the model of `data.words`' sources.
   */
  words?: WordModel;
}

function parseCharMap(pairs: string): Map<number, number> {
  const m = new Map<number, number>();
  const cps = Array.from(pairs, (ch) => ch.codePointAt(0) as number);
  for (let k = 0; k + 1 < cps.length; k += 2) m.set(cps[k] as number, cps[k + 1] as number);
  return m;
}

/** Build an engine from its data. Everything it holds is created here and never mutated. */
export function createEngine(data: EngineData, extras: EngineExtras = {}): Engine {
  if (data.format !== 'unspun-engine-data' || data.version !== 1) {
    throw new Error('createEngine: unsupported engine data (expected unspun-engine-data v1)');
  }
  const words = extras.words ?? createWordModel(data.words);
  const lm = extras.lm ?? null;
  const t2s = parseCharMap(data.t2s);
  const simplifiedOnly = new Set(Array.from(data.simplifiedOnly, (ch) => ch.codePointAt(0) as number));
  const lex = compileEntries(data.entries, words, lm);
  const defaults = data.weights ?? DEFAULT_WEIGHTS;
  // Reused block after block (findCandidates): a block's candidates are done with before the next.
  const pool: Candidate[] = [];
  const defaultVector = weightVector(defaults);
  const info: EngineInfo = Object.freeze({
    entries: data.entries.length,
    words: words.size,
    lmWords: lm?.size ?? 0,
  });

  const isTraditional = (text: string, script: DetectOptions['script']): boolean => {
    if (script === 'traditional') return true;
    if (script === 'simplified') return false;
    let trad = 0;
    let simp = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (cp < 0x3400) continue;
      const s = t2s.get(cp);
      if (s !== undefined && s !== cp) trad++;
      else if (simplifiedOnly.has(cp)) simp++;
    }
    return trad > simp;
  };

  /**
   * Candidates of each block (blocks end at a line break once BLOCK code points are passed), each
   * measured as in the whole text: the candidates within EVIDENCE_RADIUS beyond the block's edges
   * lend it their evidence, and originals standing as written are looked for ORIG_RADIUS beyond.
   * A block ends after a line break, which no form or window crosses, so the choice among
   * overlapping candidates stays within it too (only a line longer than MAX_BLOCK is cut).
   * `ctxFrom`, `ctxTo`: the stretch of the view the block's candidates were measured in.
   */
  const eachBlock = (
    view: TextView,
    scorers: Scorers,
    dropLogit: number,
    each: (cands: Candidate[], ctxFrom: number, ctxTo: number) => void,
    lo = 0,
    hi = view.n,
  ) => {
    const { cps, n } = view;
    const reach = ORIG_RADIUS + lex.maxForm + Math.max(WINDOW, LM_WINDOW) + 1;
    for (let from = lo; from < hi;) {
      let to = Math.min(hi, from + BLOCK);
      while (to < hi && to - from < MAX_BLOCK && cps[to - 1] !== 0x0a) to++;
      const ctxFrom = Math.max(0, from - reach);
      const ctxTo = Math.min(n, to + reach);
      const near = findCandidates(
        view,
        Math.max(0, from - EVIDENCE_RADIUS),
        Math.min(n, to + EVIDENCE_RADIUS + 1),
        ctxFrom,
        ctxTo,
        scorers,
        dropLogit,
      );
      if (near.length > 0) {
        addEvidence(near);
        const cands = near.filter((c) => c.i >= from && c.i < to);
        if (cands.length > 0) each(cands, ctxFrom, ctxTo);
      }
      from = to;
    }
  };

  const detect = (text: string, options: DetectOptions = {}): Finding[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const floor =
      typeof options.minConfidence === 'number' && Number.isFinite(options.minConfidence)
        ? options.minConfidence
        : options.all
          ? HINT_CONFIDENCE
          : RECOMMENDED_CONFIDENCE;
    const weights = options.weights ?? defaults;
    const w = options.weights ? weightVector(options.weights) : defaultVector;
    const traditional = isTraditional(text, options.script);
    const view = buildView(text, traditional ? t2s : null);
    const { cps, head } = view;
    const range = options.range === undefined ? null : viewRange(view, text, options.range);
    const dropLogit = floor <= 0 ? -Infinity : floor >= 1 ? Infinity : Math.log(floor / (1 - floor));
    const scorers: Scorers = { words, lm, lex, w, intercept: weights.intercept, pool };
    const findings: Finding[] = [];
    const taken = new Uint8Array(view.n);
    const reasons = new Map<string, string>();
    eachBlock(
      view,
      scorers,
      dropLogit,
      (cands, from, to) => {
        weigh(cands, w, weights.intercept, weights.certain);
        /** Cost of cps[lo − WINDOW, hi + WINDOW) read with candidate c corrected (lower is better). */
        const unionCost = (c: Candidate, lo0: number, hi0: number): number => {
          const lo = Math.max(from, lo0 - WINDOW);
          const hi = Math.min(to, hi0 + WINDOW);
          const ol = c.ce.orig.length;
          const m = c.i - lo + ol + (hi - c.j);
          const u = new Int32Array(m);
          let t = 0;
          for (let k = lo; k < c.i; k++) u[t++] = cps[k] as number;
          for (let k = 0; k < ol; k++) u[t++] = c.ce.orig[k] as number;
          for (let k = c.j; k < hi; k++) u[t++] = cps[k] as number;
          return words.segment(u, m, new Float64Array(m + 1), null);
        };
        const chosen = select(cands, floor, unionCost, (k) => head[k] === 1, taken);
        const alternatives = alternativesOf(cands, chosen, floor);
        for (const c of chosen)
          findings.push(toFinding(text, view, c, traditional, reasons, alternatives.get(c)));
      },
      range?.lo,
      range?.hi,
    );
    if (range === null) return findings;
    const { start, end } = options.range as TextRange;
    return findings.filter((f) => f.start >= start && f.start < end);
  };

  const inspect = (text: string): InspectedCandidate[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const traditional = isTraditional(text, 'auto');
    const view = buildView(text, traditional ? t2s : null);
    const scorers: Scorers = { words, lm, lex, w: defaultVector, intercept: defaults.intercept, pool };
    const out: InspectedCandidate[] = [];
    const reasons = new Map<string, string>();
    eachBlock(view, scorers, -Infinity, (cands) => {
      for (const c of cands) {
        const finding = toFinding(text, view, c, traditional, reasons);
        out.push({
          start: finding.start,
          end: finding.end,
          finding,
          spun: c.ce.e.spun,
          orig: c.ce.e.orig,
          eligible: c.eligible,
          features: Object.fromEntries(
            FEATURES.map((n, k) => [n, c.f[k] as number]),
          ) as InspectedCandidate['features'],
        });
      }
    });
    return out;
  };

  const isWord = (word: string): boolean => {
    const cps = Array.from(word, (ch) => ch.codePointAt(0) as number);
    return cps.length > 0 && cps.length <= 8 && words.cost(Int32Array.from(cps), 0, cps.length) >= 0;
  };

  return Object.freeze({ detect, inspect, isWord, info });
}
