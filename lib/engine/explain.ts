/**
 * Step 5 of the engine: turn a chosen candidate into a finding at exact offsets of the text as
 * given, with the replacement in the user's script and a short reason.
 */
import type { Candidate } from './candidates';
import type { CompiledEntry } from './compile';
import { F } from './features';
import { cued, supported } from './select';
import type { TextView } from './text';
import type { Evidence, Finding } from './types';

/**
 * `c` as a finding. `alternatives`: other originals of the same span to offer beside it (see
 * Finding.alternatives), most likely first; each restores the finding's whole span.
 */
export function toFinding(
  text: string,
  v: TextView,
  c: Candidate,
  traditional: boolean,
  reasons: Map<string, string>,
  alternatives: readonly Candidate[] = [],
): Finding {
  const start = v.pos[c.fi] as number;
  const end = v.pos[c.fj] as number;
  const coreStart = v.pos[c.i] as number;
  const coreEnd = v.pos[c.j] as number;
  const span = text.slice(coreStart, coreEnd);
  const before = text.slice(start, coreStart);
  const after = text.slice(coreEnd, end);
  const replacement = before + corrected(c.ce, span, traditional) + after;
  const evidence = evidenceOf(c);
  const finding: Finding = {
    start,
    end,
    text: text.slice(start, end),
    replacement,
    confidence: c.confidence,
    kind: c.ce.e.kind,
    rule: c.ce.e.rule,
    reason: reasonFor(c, evidence, reasons),
    evidence,
  };
  if (alternatives.length > 0) {
    const others: string[] = [];
    for (const d of alternatives) {
      const r = before + corrected(d.ce, span, traditional) + after;
      if (r !== replacement && !others.includes(r)) others.push(r);
    }
    if (others.length > 0) finding.alternatives = others;
  }
  return finding;
}

/** The original of `ce` for the spun span as the user wrote it, in the user's script. */
function corrected(ce: CompiledEntry, span: string, traditional: boolean): string {
  const replacement = traditional ? ce.origT : ce.e.orig;
  // Where the correction keeps a character of the spun form, keep the user's own character.
  if (ce.spun.length !== ce.orig.length) return replacement;
  const own = Array.from(span);
  const rep = Array.from(replacement);
  if (own.length !== ce.spun.length || rep.length !== ce.orig.length) return replacement;
  for (let t = 0; t < rep.length; t++) if (ce.spun[t] === ce.orig[t]) rep[t] = own[t] as string;
  return rep.join('');
}

/** Reasons depend only on the entry and the kind of evidence: share the strings. */
function reasonFor(c: Candidate, evidence: Evidence, reasons: Map<string, string>): string {
  const key = `${evidence}${c.ce.e.rule}`;
  let r = reasons.get(key);
  if (r === undefined) {
    r = explain(c, evidence);
    reasons.set(key, r);
  }
  return r;
}

/** What the evidence for a chosen candidate is (the reason words it). */
function evidenceOf(c: Candidate): Evidence {
  if (c.certain) return c.ce.nonword ? 'nonword' : 'fuses';
  if (cued(c)) return 'cue';
  const spunNearby = (c.f[F.evNonword] as number) + (c.f[F.evStrong] as number) > 0;
  // The same test that keeps a pair-only finding a hint (select.ts): a cue, or a better sentence.
  if (supported(c)) return spunNearby ? 'contextSpun' : 'context';
  return spunNearby ? 'pairSpun' : 'pair';
}

function explain(c: Candidate, evidence: Evidence): string {
  const { e } = c.ce;
  const swap = `spinners swap ${e.orig}→${e.spun} (${e.kind})`;
  switch (evidence) {
    case 'nonword':
      return `“${e.spun}” is not a word; ${swap}.`;
    case 'fuses':
      return `“${e.orig}” forms a word with its neighbours; “${e.spun}” cannot stand here; ${swap}.`;
    case 'cue':
      return `“${e.spun}” likely stands for “${e.orig}”: its neighbour goes with “${e.orig}”; ${swap}.`;
    case 'contextSpun':
      return `“${e.spun}” likely stands for “${e.orig}”: the sentence reads better corrected, and the text around it shows other spinner swaps; ${swap}.`;
    case 'context':
      return `“${e.spun}” likely stands for “${e.orig}”: the sentence reads better corrected; ${swap}.`;
    case 'pairSpun':
      return `“${e.spun}” may stand for “${e.orig}” in spun text; ${swap}.`;
    case 'pair':
      return `“${e.spun}” may stand for “${e.orig}”, though nothing around it confirms it; ${swap}.`;
  }
}
