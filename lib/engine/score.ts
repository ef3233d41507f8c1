/**
 * Scoring of findings against reference substitutions, exactly as /work/shared/eval/README.md
 * defines it:
 * - a reference substitution is corrected when one finding's span contains it and the finding's
 *   replacement equals that span with every reference substitution inside it restored;
 * - a finding is correct when it restores every reference substitution that it overlaps; a
 *   finding that overlaps no reference substitution is a false alarm.
 * Pure; used by scripts/accuracy.ts and tested in tests/engine.
 */

export interface RefSub {
  start: number;
  end: number;
  /** What the span read before spinning. */
  orig: string;
  /** The annotator's confidence in the original, when the data gives one ('high' | 'medium'). */
  confidence?: string;
}

export interface Scored {
  start: number;
  end: number;
  replacement: string;
}

export interface PassageScore {
  subs: number;
  corrected: boolean[];
  findings: number;
  correct: boolean[];
  falseAlarm: boolean[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const inside = (r: { start: number; end: number }, f: { start: number; end: number }) =>
  f.start <= r.start && r.end <= f.end;

/** The text of [start, end) with every reference substitution inside it restored. */
export function restoreSpan(text: string, start: number, end: number, refs: readonly RefSub[]): string {
  const within = refs.filter((r) => inside(r, { start, end })).sort((a, b) => a.start - b.start);
  let out = '';
  let at = start;
  for (const r of within) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + r.orig;
    at = r.end;
  }
  return out + text.slice(at, end);
}

export function scorePassage(
  text: string,
  refs: readonly RefSub[],
  findings: readonly Scored[],
): PassageScore {
  const restores = (f: Scored) => f.replacement === restoreSpan(text, f.start, f.end, refs);
  const corrected = refs.map((r) => findings.some((f) => inside(r, f) && restores(f)));
  const correct: boolean[] = [];
  const falseAlarm: boolean[] = [];
  for (const f of findings) {
    const hit = refs.filter((r) => overlaps(r, f));
    falseAlarm.push(hit.length === 0);
    correct.push(hit.length > 0 && hit.every((r) => inside(r, f)) && restores(f));
  }
  return { subs: refs.length, corrected, findings: findings.length, correct, falseAlarm };
}

export interface Totals {
  subs: number;
  corrected: number;
  findings: number;
  correct: number;
  falseAlarms: number;
}

export function addScore(t: Totals, s: PassageScore): Totals {
  return {
    subs: t.subs + s.subs,
    corrected: t.corrected + s.corrected.filter(Boolean).length,
    findings: t.findings + s.findings,
    correct: t.correct + s.correct.filter(Boolean).length,
    falseAlarms: t.falseAlarms + s.falseAlarm.filter(Boolean).length,
  };
}

export const emptyTotals = (): Totals => ({ subs: 0, corrected: 0, findings: 0, correct: 0, falseAlarms: 0 });

export const precision = (t: Totals) => (t.findings === 0 ? 1 : t.correct / t.findings);
export const recall = (t: Totals) => (t.subs === 0 ? 1 : t.corrected / t.subs);
