/** Pure state helpers for reviewing findings: tiers, decisions, the corrected text. */
import { applyFindings } from '@/lib/engine/apply';
import { CERTAIN_CONFIDENCE } from '@/lib/engine/engine';
import type { Finding } from '@/lib/engine/types';
import type { ChunkWords } from './words';

export type Decision = 'accepted' | 'rejected';
export type Tier = 'certain' | 'likely' | 'hint';

/** A finding placed in the whole text, with a stable id. */
export interface Placed extends Finding {
  id: number;
  /** The engine's proposal, once the reader has taken one of the alternatives instead. */
  proposed?: string;
}

/**
 * Which findings (sorted by start) the page shows: each that does not overlap the last one shown.
 * The page and the server's word annotation (words.ts) must agree on this.
 */
export function shownFindings(findings: readonly { start: number; end: number }[]): boolean[] {
  let end = -Infinity;
  return findings.map((f) => {
    if (f.start < end) return false;
    end = f.end;
    return true;
  });
}

/** The lexicon pair a finding's rule names (`family/spun→orig`, lib/engine/lexicon-schema.ts). */
export function rulePair(rule: string): { spun: string; orig: string } {
  const pair = rule.slice(rule.indexOf('/') + 1);
  const arrow = pair.indexOf('→');
  return arrow < 0 ? { spun: pair, orig: '' } : { spun: pair.slice(0, arrow), orig: pair.slice(arrow + 1) };
}

export function tierOf(confidence: number): Tier {
  if (confidence >= CERTAIN_CONFIDENCE) return 'certain';
  if (confidence >= 0.5) return 'likely';
  return 'hint';
}

/** The text with the accepted findings applied (pending and rejected ones left as given). */
export function correctedText(
  text: string,
  findings: readonly Placed[],
  decisions: ReadonlyMap<number, Decision>,
): string {
  return applyFindings(
    text,
    findings.filter((f) => decisions.get(f.id) === 'accepted'),
  ).text;
}

/** Decisions after "accept all certain": certain findings accepted unless rejected explicitly. */
export function acceptCertain(
  findings: readonly Placed[],
  decisions: ReadonlyMap<number, Decision>,
): Map<number, Decision> {
  const next = new Map(decisions);
  for (const f of findings)
    if (tierOf(f.confidence) === 'certain' && next.get(f.id) !== 'rejected') next.set(f.id, 'accepted');
  return next;
}

/**
 * A chunk with the reader's choice of finding `f`'s alternative `k` (`f` is chunk.findings[f]): the
 * alternative becomes the finding's replacement, its words the proposal's, and what was proposed
 * goes to the head of the alternatives (it was the most likely); `proposed` keeps the engine's
 * proposal while another stands. The rest of the page, and the corrected text, then need nothing
 * else. Out of range: the chunk as it was.
 */
export function chooseAlternative<C extends { findings: Placed[]; words: ChunkWords }>(
  chunk: C,
  f: number,
  k: number,
): C {
  const old = chunk.findings[f];
  const offered = old?.alternatives;
  const pick = offered?.[k];
  if (old === undefined || offered === undefined || pick === undefined) return chunk;
  const others = offered.filter((_, x) => x !== k);
  const findings = chunk.findings.slice();
  const proposed = old.proposed ?? old.replacement;
  findings[f] = { ...old, replacement: pick, alternatives: [old.replacement, ...others] };
  // The reason still speaks of the engine's proposal: the page says whose choice this is.
  if (pick !== proposed) findings[f].proposed = proposed;
  else delete findings[f].proposed;
  const altWords = chunk.words.alts[f] ?? [];
  const ins = chunk.words.ins.slice();
  const alts = chunk.words.alts.slice();
  ins[f] = altWords[k] ?? [];
  alts[f] = [chunk.words.ins[f] ?? [], ...altWords.filter((_, x) => x !== k)];
  return { ...chunk, findings, words: { ...chunk.words, ins, alts } };
}
