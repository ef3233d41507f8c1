/**
 * Step 4 of the engine: confidence from the fitted weights, the certain tier, and the choice of
 * non-overlapping findings.
 */
import type { Candidate } from './candidates';
import { F, logit, sigmoid } from './features';

/** Findings at or above this confidence are returned by default. */
export const RECOMMENDED_CONFIDENCE = 0.5;
/** Weaker hints returned with `{ all: true }`. */
export const HINT_CONFIDENCE = 0.2;
/** The certain tier: forms that are not words, or cannot stand in their context. */
export const CERTAIN_CONFIDENCE = 0.9;
/** Where a spun form has several originals, the chosen one must read this much better to be certain. */
const CERTAIN_MARGIN = 1;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Structural certainty, whatever the passage: a non-word whose correction reads at least as well
 * to the language model, or a correction that joins its neighbours into a word (迷信家 → 科学家)
 * that the language model clearly prefers.
 */
function structural(c: Candidate): boolean {
  const lm = c.f[F.lm] as number;
  return c.ce.nonword && lm >= 0;
}

/** The most a finding resting on the pair alone may show: a hint, never recommended. */
const PAIR_ONLY = 0.49;

/**
 * Does a curated neighbour speak for the candidate: a cue beside it, or a condition on its
 * neighbours that it meets (汹涌 → 澎湃 only before 科技, 新闻 …: the candidate exists only where
 * one stands)?
 */
export function cued(c: Candidate): boolean {
  const ctx = c.ce.context;
  return (c.f[F.cue] as number) > 0 || (ctx !== null && (ctx.before !== null || ctx.after !== null));
}

/**
 * Does anything about the candidate's own place support it: a curated neighbour (`cued`), or a
 * sentence that the language model reads better corrected? (Certain candidates rest on the form.)
 */
export function supported(c: Candidate): boolean {
  return cued(c) || (c.f[F.lm] as number) > 0;
}

/** Set each candidate's confidence and tier. */
export function weigh(cands: Candidate[], w: Float64Array, intercept: number, certainP: number): void {
  for (const c of cands) {
    const p0 = sigmoid(logit(c.f, w, intercept));
    const unambiguous = (c.f[F.alts] as number) === 0 || (c.f[F.lmMargin] as number) >= CERTAIN_MARGIN;
    c.certain = c.eligible && unambiguous && (p0 >= certainP || structural(c));
    c.beaten = false; // select() decides it afresh
    c.p = p0;
    const p = c.certain ? Math.max(p0, certainP) : p0;
    c.confidence = c.certain
      ? round(CERTAIN_CONFIDENCE + 0.09 * Math.min(1, (p - certainP) / Math.max(1e-9, 1 - certainP)))
      : round(Math.min(supported(c) ? 0.89 : PAIR_ONLY, p));
  }
}

/**
 * Non-overlapping choice among the candidates at or above `floor`: certain first, then longest
 * match, then confidence (then the uncapped probability), then leftmost. Two certain candidates that overlap without one
 * containing the other (自然语言处置 and 处置惩罚 in 自然语言处置惩罚) cannot both stand: the one whose
 * corrected reading of their union segments better (`unionCost`, lower is better) stays, so a
 * spun form is never cut in half. `canStart(k)` says whether view position k maps back to an
 * exact offset (a finding is widened to its fused word only there).
 */
export function select(
  cands: readonly Candidate[],
  floor: number,
  unionCost: (c: Candidate, lo: number, hi: number) => number,
  canStart: (k: number) => boolean,
  taken: Uint8Array,
): Candidate[] {
  const kept = cands.filter((c) => c.confidence >= floor);
  const certain = kept.filter((c) => c.certain).sort((x, y) => x.i - y.i);
  for (let a = 0; a < certain.length; a++) {
    const x = certain[a] as Candidate;
    for (let b = a + 1; b < certain.length; b++) {
      const y = certain[b] as Candidate;
      if (y.i >= x.j) break;
      if (y.j <= x.j || x.beaten || y.beaten) continue; // contained, or already settled
      const cx = unionCost(x, x.i, y.j);
      const cy = unionCost(y, x.i, y.j);
      if (cy < cx) x.beaten = true;
      else if (cx < cy) y.beaten = true;
    }
  }
  kept.sort(
    (x, y) =>
      Number(y.certain && !y.beaten) - Number(x.certain && !x.beaten) ||
      y.j - y.i - (x.j - x.i) ||
      y.confidence - x.confidence ||
      y.p - x.p ||
      x.i - y.i,
  );
  const chosen: Candidate[] = [];
  for (const c of kept) {
    if (!canStart(c.fi) || !canStart(c.fj)) {
      c.fi = c.i;
      c.fj = c.j;
    }
    let free = true;
    for (let t = c.fi; t < c.fj; t++) if (taken[t] === 1) free = false;
    if (!free) continue;
    for (let t = c.fi; t < c.fj; t++) taken[t] = 1;
    chosen.push(c);
  }
  return chosen.sort((x, y) => x.fi - y.fi);
}

/** Most alternatives offered beside a finding. */
const MAX_ALTERNATIVES = 3;

/**
 * For each chosen candidate, the other originals of its span (the same place, so the same spun
 * form) whose own probability reaches `floor` (at least RECOMMENDED_CONFIDENCE), most likely
 * first. No candidate that reaches the floor is ever dropped before it is weighed, so the
 * alternatives do not depend on where a block or a piece of the text ends. `cands` are in text
 * order, a span's candidates next to each other.
 */
export function alternativesOf(
  cands: readonly Candidate[],
  chosen: readonly Candidate[],
  floor: number,
): Map<Candidate, Candidate[]> {
  const out = new Map<Candidate, Candidate[]>();
  if (chosen.length === 0) return out;
  const min = Math.max(RECOMMENDED_CONFIDENCE, floor);
  const wanted = new Set(chosen);
  for (let a = 0; a < cands.length;) {
    const first = cands[a] as Candidate;
    let b = a + 1;
    while (b < cands.length) {
      const d = cands[b] as Candidate;
      if (d.i !== first.i || d.j !== first.j || d.ce.form !== first.ce.form) break;
      b++;
    }
    if (b - a > 1) {
      for (let x = a; x < b; x++) {
        const c = cands[x] as Candidate;
        if (!wanted.has(c)) continue;
        const alts: Candidate[] = [];
        for (let y = a; y < b; y++) {
          const d = cands[y] as Candidate;
          if (d !== c && d.ce.e.orig !== c.ce.e.orig && d.p >= min) alts.push(d);
        }
        if (alts.length > 0) out.set(c, alts.sort((p, q) => q.p - p.p).slice(0, MAX_ALTERNATIVES));
      }
    }
    a = b;
  }
  return out;
}
