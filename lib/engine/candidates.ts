/**
 * Step 2 of the engine: find every lexicon form in a block of the text (one left-to-right walk
 * of the trie from each Han character) and measure the local evidence for each candidate: curated
 * context rules and cues, the unigram window (does the correction join its neighbours into a
 * word? is the spun span inside a longer word?) and the bigram language model's verdict on the
 * window with and without the correction.
 */
import type { CompiledEntry, CompiledLexicon } from './compile';
import { bestCase, clamp, F, FEATURE_COUNT } from './features';

/** Radius (code points) of the neighbourhood that lends evidence (evidence.ts uses the same). */
export const EVIDENCE_RADIUS = 150;
/** Radius (code points) within which an original standing as written counts against a candidate. */
export const ORIG_RADIUS = 1000;
import type { LanguageModel } from './lm';
import { isHan, type TextView } from './text';
import type { WordModel } from './words';

/** Code points of Han context on each side for the unigram window. */
export const WINDOW = 4;
/** Code points of Han context on each side for the language model's window. */
export const LM_WINDOW = 6;

export interface Candidate {
  /** Span of the spun form in the view. */
  i: number;
  j: number;
  /** Span of the finding: [i, j) widened to the word the correction forms with its neighbours. */
  fi: number;
  fj: number;
  ce: CompiledEntry;
  /** Features in FEATURES order. */
  f: Float64Array;
  /** May enter the certain tier (a non-word not buried in a word, or a fusing correction). */
  eligible: boolean;
  confidence: number;
  /** The language model's ratio, unclamped (the margin between originals is taken from it). */
  ratio: number;
  /** The model's probability, before the tiers cap it (orders candidates of one span). */
  p: number;
  certain: boolean;
  /** A certain candidate that lost a partial overlap with another certain one. */
  beaten?: boolean;
}

export interface Scorers {
  words: WordModel;
  lm: LanguageModel | null;
  lex: CompiledLexicon;
  w: Float64Array;
  intercept: number;
  /**
   * Candidate objects to reuse (each with its own feature vector): a call's candidates are
   * written into these, so the caller must be done with the previous call's candidates before
   * calling again. Without it, every call makes new ones.
   */
  pool?: Candidate[];
}

/** A blank candidate for the pool (every field is written before it is handed out). */
const blank = (): Candidate => ({
  i: 0,
  j: 0,
  fi: 0,
  fj: 0,
  ce: null as unknown as CompiledEntry,
  f: new Float64Array(FEATURE_COUNT),
  eligible: false,
  confidence: 0,
  ratio: 0,
  p: 0,
  certain: false,
  beaten: false,
});

/** Does view.cps end at `i` with `s`? */
function endsWith(v: TextView, i: number, s: Int32Array): boolean {
  if (i < s.length) return false;
  for (let t = 0; t < s.length; t++) if (v.cps[i - s.length + t] !== s[t]) return false;
  return true;
}
function startsWith(v: TextView, j: number, s: Int32Array): boolean {
  if (j + s.length > v.n) return false;
  for (let t = 0; t < s.length; t++) if (v.cps[j + t] !== s[t]) return false;
  return true;
}
// Loops, not Array.some: these run for every candidate with context conditions or cues.
export function anyEnds(v: TextView, i: number, l: Int32Array[] | null): boolean {
  if (l === null) return false;
  for (let k = 0; k < l.length; k++) if (endsWith(v, i, l[k] as Int32Array)) return true;
  return false;
}
export function anyStarts(v: TextView, j: number, l: Int32Array[] | null): boolean {
  if (l === null) return false;
  for (let k = 0; k < l.length; k++) if (startsWith(v, j, l[k] as Int32Array)) return true;
  return false;
}

function contextAllows(v: TextView, i: number, j: number, ce: CompiledEntry): boolean {
  const c = ce.context;
  if (c === null) return true;
  if (c.before !== null && !anyEnds(v, i, c.before)) return false;
  if (c.after !== null && !anyStarts(v, j, c.after)) return false;
  if (anyEnds(v, i, c.notBefore)) return false;
  if (anyStarts(v, j, c.notAfter)) return false;
  return true;
}

/** Features that depend on the text around a candidate (bounded by `bestCase` before measuring). */
const LOCAL = [
  F.ctx,
  F.fused,
  F.buried,
  F.lm,
  F.lmMargin,
  F.lmCtx,
  F.evCtx,
  F.evNonword,
  F.evStrong,
  F.wordNoEv,
  F.lmEv,
  F.isoEv,
  F.fusedLm,
];
/** Features still unknown once the window is measured: the margin (set when the span closes) and the passage's. */
const PASSAGE = [F.lmMargin, F.evCtx, F.evNonword, F.evStrong, F.wordNoEv, F.lmEv, F.isoEv];

/** The language model's score of cps[a, i) + form + cps[j, b). */
function lmWindow(
  lm: LanguageModel,
  cps: Int32Array,
  a: number,
  i: number,
  j: number,
  b: number,
  form: Int32Array,
  buf: Int32Array,
) {
  let t = 0;
  for (let k = a; k < i; k++) buf[t++] = cps[k] as number;
  for (let k = 0; k < form.length; k++) buf[t++] = form[k] as number;
  for (let k = j; k < b; k++) buf[t++] = cps[k] as number;
  return lm.score(buf, 0, t);
}

/**
 * Every candidate starting in view[from, to) whose best possible logit reaches `dropLogit`, with
 * its local features. Forms, windows and originals standing as written are read from
 * view[ctxFrom, ctxTo) (which contains [from, to)): given enough context, a candidate is measured
 * as in the whole text, wherever the block around it begins and ends. Evidence from the passage
 * (ev*, wordNoEv, lmEv) is added later (evidence.ts).
 */
export function findCandidates(
  view: TextView,
  from: number,
  to: number,
  ctxFrom: number,
  ctxTo: number,
  s: Scorers,
  dropLogit: number,
): Candidate[] {
  const { cps, head } = view;
  const { words, lm, lex } = s;
  const cap = 2 * Math.max(WINDOW, LM_WINDOW) + lex.maxForm + 2;
  const buf = new Int32Array(cap);
  const bufA = new Int32Array(cap);
  // One pair of arrays for every unigram window, as written and corrected: the segmenter resumes
  // after the prefix a window shares with the one before (segment() in words.ts), and a span's
  // corrected windows share their left context with the window as written.
  const best = new Float64Array(cap + 1);
  const back = new Int32Array(cap + 1);
  // Candidates are taken from the pool (made once, with their feature vectors, and written over
  // call after call): every lexicon form in the text is a candidate, and making and collecting
  // ~100,000 objects and vectors per MB was a good part of the engine's time.
  const pool = s.pool ?? [];
  let used = 0;
  const take = (): Candidate => {
    let c = pool[used];
    if (c === undefined) {
      c = blank();
      pool.push(c);
    }
    return c;
  };
  const out: Candidate[] = [];
  // Does an original stand as written within ORIG_RADIUS of a candidate (outside it)? The block's
  // Han characters are chained once (first place of each character, next place of the same one),
  // and each original's places are listed once per block by walking its first character's chain.
  let first: Map<number, number> | null = null;
  let nextSame: Int32Array | null = null;
  const places = new Map<string, number[]>();
  const occurrences = (orig: Int32Array, key: string): number[] => {
    let list = places.get(key);
    if (list !== undefined) return list;
    if (first === null || nextSame === null) {
      first = new Map();
      nextSame = new Int32Array(ctxTo - ctxFrom).fill(-1);
      for (let k = ctxTo - 1; k >= ctxFrom; k--) {
        const cp = cps[k] as number;
        if (!isHan(cp)) continue;
        const later = first.get(cp);
        if (later !== undefined) nextSame[k - ctxFrom] = later;
        first.set(cp, k);
      }
    }
    list = [];
    for (let k = first.get(orig[0] as number) ?? -1; k >= 0; k = nextSame[k - ctxFrom] as number) {
      if (k + orig.length > ctxTo) break;
      let t = 1;
      while (t < orig.length && cps[k + t] === orig[t]) t++;
      if (t === orig.length) list.push(k);
    }
    places.set(key, list);
    return list;
  };
  const origSeen = (ce: CompiledEntry, i: number, j: number): number => {
    const list = occurrences(ce.orig, ce.e.orig);
    // The places are in text order: start at the first that can end past i − ORIG_RADIUS.
    let lo = 0;
    let hi = list.length;
    const near = i - ORIG_RADIUS - ce.orig.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as number) < near) lo = mid + 1;
      else hi = mid;
    }
    for (let x = lo; x < list.length; x++) {
      const k = list[x] as number;
      if (k > j + ORIG_RADIUS) break;
      if (k + ce.orig.length <= i - ORIG_RADIUS) continue;
      if (k + ce.orig.length <= i || k >= j) return 1;
    }
    return 0;
  };
  // Per span: the unigram score of the window as written, whether the span is buried, and the
  // language model's score of its window as written (several entries share a span).
  let lastI = -1;
  let lastJ = -1;
  let lastScore = 0;
  let lastBuried = false;
  let lastLm = 0;
  let spanStart = 0; // index in `out` of the first candidate of the current span
  let winI = -1;
  let winJ = -1;
  let a = 0;
  let b = 0;
  let la = 0;
  let lb = 0;

  const closeSpan = () => {
    // lmMargin: how much better this original reads than the best other original of the span.
    const n = out.length - spanStart;
    if (n <= 0) return;
    for (let x = spanStart; x < out.length; x++) {
      const c = out[x] as Candidate;
      let other = -Infinity;
      for (let y = spanStart; y < out.length; y++) {
        const d = out[y] as Candidate;
        if (y !== x && d.ce.e.orig !== c.ce.e.orig && d.ratio > other) other = d.ratio;
      }
      c.f[F.lmMargin] = other === -Infinity ? 0 : clamp(c.ratio - other, -12, 12);
    }
  };

  for (let i = from; i < to; i++) {
    const first = cps[i] as number;
    if (!isHan(first) || head[i] !== 1) continue;
    let node = lex.next(0, first);
    let j = i + 1;
    while (node >= 0) {
      const items = lex.items[node] as CompiledEntry[] | null;
      if (items !== null && head[j] === 1) {
        for (const ce of items) {
          if (!contextAllows(view, i, j, ce)) continue;
          const c = take();
          const f = c.f;
          f.set(ce.base);
          f[F.origSeen] = origSeen(ce, i, j);
          if (ce.cues !== null && (anyEnds(view, i, ce.cues.before) || anyStarts(view, j, ce.cues.after)))
            f[F.cue] = 1;
          if (!ce.nonword && bestCase(f, s.w, s.intercept, LOCAL) < dropLogit) continue;
          if (i !== winI || j !== winJ) {
            // The windows of Han context around [i, j): [a, b) for the unigram model, [la, lb)
            // for the language model (the same for every entry of the span).
            a = i;
            while (a > ctxFrom && i - a < WINDOW && isHan(cps[a - 1] as number)) a--;
            b = j;
            while (b < ctxTo && b - j < WINDOW && isHan(cps[b] as number)) b++;
            la = i;
            while (la > ctxFrom && i - la < LM_WINDOW && isHan(cps[la - 1] as number)) la--;
            lb = j;
            while (lb < ctxTo && lb - j < LM_WINDOW && isHan(cps[lb] as number)) lb++;
            winI = i;
            winJ = j;
          }
          const left = i - a;
          const right = b - j;
          const m0 = left + (j - i) + right;
          const ol = ce.orig.length;
          for (let t = 0; t < left; t++) buf[t] = cps[a + t] as number;
          for (let t = 0; t < ol; t++) buf[left + t] = ce.orig[t] as number;
          for (let t = 0; t < right; t++) buf[left + ol + t] = cps[j + t] as number;
          const m1 = left + ol + right;
          if (i !== lastI || j !== lastJ) {
            closeSpan();
            spanStart = out.length;
            for (let t = 0; t < m0; t++) bufA[t] = cps[a + t] as number;
            lastScore = words.segment(bufA, m0, best, back);
            // Is the spun span buried in (or split across) words of the reading as written?
            lastBuried = false;
            let k = m0;
            while (k > 0) {
              const st = back[k] as number;
              const overlaps = st < left + (j - i) && k > left;
              if (overlaps && (st < left || k > left + (j - i)) && k - st > 1) lastBuried = true;
              k = st;
            }
            if (lm !== null) lastLm = lm.score(cps, la, lb);
            lastI = i;
            lastJ = j;
          }
          const scoreB = words.segment(buf, m1, best, back);
          // Does the correction fuse with its neighbours into one word? If so, the finding covers
          // that word (预锻炼 → 预训练, not 锻炼 → 训练).
          let lo = left;
          let hi = left + ol;
          let k = m1;
          while (k > 0) {
            const st = back[k] as number;
            if (st < left + ol && k > left) {
              if (st < lo) lo = st;
              if (k > hi) hi = k;
            }
            k = st;
          }
          const fused = lo < left || hi > left + ol;
          const ctx = lastScore - scoreB - ce.iso; // costs: lower is better
          f[F.ctx] = clamp(ctx, -8, 5);
          f[F.fused] = fused ? 1 : 0;
          f[F.buried] = lastBuried ? 1 : 0;
          let lmRatio = 0;
          if (lm !== null) {
            const ratio = lmWindow(lm, cps, la, i, j, lb, ce.orig, buf) - lastLm;
            lmRatio = ratio;
            f[F.lm] = clamp(ratio, -12, 12);
            f[F.lmCtx] = clamp(ratio - ce.lmIso, -8, 8);
            if (fused) f[F.fusedLm] = clamp(ratio - ce.lmIso, 0, 8);
          }
          const eligible =
            (ce.nonword && !lastBuried && ctx > -2) ||
            (fused && !lastBuried && ctx >= 3 && ce.e.kind !== 'segmentation');
          if (!eligible && bestCase(f, s.w, s.intercept, PASSAGE) < dropLogit) continue;
          c.i = i;
          c.j = j;
          c.fi = i - (left - lo);
          c.fj = j + (hi - left - ol);
          c.ce = ce;
          c.eligible = eligible;
          c.confidence = 0;
          c.ratio = lmRatio;
          c.p = 0;
          c.certain = false;
          c.beaten = false;
          out.push(c);
          used++;
        }
      }
      if (j >= ctxTo) break;
      node = lex.next(node, cps[j] as number);
      j++;
    }
  }
  closeSpan();
  return out;
}
