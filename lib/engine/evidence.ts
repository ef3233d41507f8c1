/**
 * Step 3 of the engine: the passage's evidence. Spun text is spun throughout (non-words such as
 * 经由过程 and several swaps close together), while clean text has none of that, so a common word
 * that the language model would "correct" needs spinner evidence nearby before it is shown.
 * A form never counts as evidence for its own other occurrences (都会 … 都会 in clean prose is
 * one piece of evidence, not several).
 */
import { EVIDENCE_RADIUS, type Candidate } from './candidates';
import { F } from './features';

export { EVIDENCE_RADIUS };
const SATURATION = 3;
/** A language-model ratio at least this strong makes a candidate evidence for its neighbours. */
export const STRONG_LM = 3;

interface Mark {
  at: number;
  form: number;
  nonword: boolean;
  strong: boolean;
}

/** Fill evNonword, evStrong, wordNoEv and lmEv of every candidate (sorted by start). */
export function addEvidence(cands: Candidate[]): void {
  const marks: Mark[] = [];
  for (const c of cands) {
    const nonword = c.eligible && c.ce.nonword;
    const strong = (c.f[F.lm] as number) >= STRONG_LM && (c.f[F.buried] as number) === 0;
    if (!nonword && !strong) continue;
    const last = marks[marks.length - 1];
    if (last !== undefined && last.at === c.i) {
      last.nonword ||= nonword;
      last.strong ||= strong;
    } else marks.push({ at: c.i, form: c.ce.form, nonword, strong });
  }
  // Spans (position and form) with the best context ratio among their originals, as columns.
  const spAt = new Int32Array(cands.length);
  const spForm = new Int32Array(cands.length);
  const spCtx = new Float64Array(cands.length);
  let ns = 0;
  for (const c of cands) {
    const x = Math.max(-4, Math.min(4, c.f[F.lmCtx] as number));
    if (ns > 0 && spAt[ns - 1] === c.i && spForm[ns - 1] === c.ce.form) {
      spCtx[ns - 1] = Math.max(spCtx[ns - 1] as number, x);
    } else {
      spAt[ns] = c.i;
      spForm[ns] = c.ce.form;
      spCtx[ns] = x;
      ns++;
    }
  }
  let lo = 0;
  let slo = 0;
  // Candidates of one span (same place, same form) share their neighbours' mean: computed once.
  let lastAt = -1;
  let lastForm = -1;
  let lastEvCtx = 0;
  for (const c of cands) {
    const form = c.ce.form;
    if (c.i !== lastAt || form !== lastForm) {
      while (slo < ns && (spAt[slo] as number) < c.i - EVIDENCE_RADIUS) slo++;
      let sum = 0;
      let n = 0;
      for (let t = slo; t < ns; t++) {
        if ((spAt[t] as number) > c.i + EVIDENCE_RADIUS) break;
        if (spForm[t] === form) continue;
        sum += spCtx[t] as number;
        n++;
      }
      lastAt = c.i;
      lastForm = form;
      lastEvCtx = n === 0 ? 0 : sum / n;
    }
    c.f[F.evCtx] = lastEvCtx;
    while (lo < marks.length && (marks[lo] as Mark).at < c.i - EVIDENCE_RADIUS) lo++;
    let nw = 0;
    let st = 0;
    for (let t = lo; t < marks.length; t++) {
      const m = marks[t] as Mark;
      if (m.at > c.i + EVIDENCE_RADIUS) break;
      if (m.at >= c.fi && m.at < c.fj) continue; // itself
      if (m.form === form) continue; // another occurrence of the same form
      if (m.nonword) nw++;
      else if (m.strong) st++;
    }
    const evN = Math.min(nw, SATURATION) / SATURATION;
    const evS = Math.min(st, SATURATION) / SATURATION;
    c.f[F.evNonword] = evN;
    c.f[F.evStrong] = evS;
    const spun = Math.max(0, Math.min(1, (c.f[F.evCtx] as number) / 1.5));
    c.f[F.wordNoEv] = !c.ce.nonword && nw === 0 && (c.f[F.evCtx] as number) <= 0 ? 1 : 0;
    c.f[F.lmEv] = (c.f[F.lm] as number) * spun;
    c.f[F.isoEv] = (c.f[F.iso] as number) * spun;
  }
}
