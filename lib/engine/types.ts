/** Public types of the substitution engine. Pure data: no I/O, no globals. */
import type { Weights } from './features';

import { ENGINE_KINDS as KINDS, type EngineKind as Kind } from '../kinds';
export { KINDS, type Kind };

/** One suspected spinner substitution, at JavaScript string offsets into the text as given. */
export interface Finding {
  start: number;
  end: number;
  /** `text.slice(start, end)`: the span as the user wrote it. */
  text: string;
  /** What the span most likely read before spinning, in the user's script. */
  replacement: string;
  /** 0..1. >= 0.9 only for forms that are not words or cannot stand where they are. */
  confidence: number;
  kind: Kind;
  /** Id of the lexicon entry that produced the finding, `family/spun→orig`. */
  rule: string;
  /** Short English explanation of the evidence. */
  reason: string;
  /** What the evidence is, for a UI that words the reason in its own language (see EVIDENCE). */
  evidence: Evidence;
  /**
   * Where spinners make the span's form from several words and another also reads well here
   * (its own probability at least RECOMMENDED_CONFIDENCE): the replacements it would give, most
   * likely first (抉择 → 决定, or 选择). Absent when there is none.
   */
  alternatives?: string[];
}

/**
 * The kinds of evidence behind a finding: the spun form is not a word (`nonword`); the original
 * forms a word with its neighbours (`fuses`); a neighbour goes with the original (`cue`); the
 * sentence reads better corrected (`context`), and other swaps stand nearby (`contextSpun`);
 * only the pair, with other swaps nearby (`pairSpun`) or with nothing else to confirm it (`pair`).
 */
export const EVIDENCE = ['nonword', 'fuses', 'cue', 'context', 'contextSpun', 'pairSpun', 'pair'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export interface DetectOptions {
  /** Also return weaker hints (confidence >= HINT_CONFIDENCE), not only recommended findings. */
  all?: boolean;
  /** Override the minimum confidence returned. */
  minConfidence?: number;
  /** Script of the input. 'auto' (default) decides from the characters. */
  script?: 'auto' | 'simplified' | 'traditional';
  /** Weigh with these weights instead of the engine's own (for fitting and cross-validation). */
  weights?: Weights;
  /**
   * Only the findings that start in [start, end) (UTF-16 offsets), exactly as the whole text
   * gives them; the rest of the text is context and is not searched beyond what they need
   * (the CLI's pieces carry context on both sides).
   */
  range?: TextRange;
}

/** A stretch of a text, in UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** Hard context conditions on the text around the spun form (strings in Simplified). */
export interface ContextConditions {
  /** The candidate stands only when preceded by one of these. */
  before?: string[];
  /** The candidate is dropped when preceded by one of these. */
  notBefore?: string[];
  /** The candidate stands only when followed by one of these. */
  after?: string[];
  /** The candidate is dropped when followed by one of these. */
  notAfter?: string[];
}

/** Soft cues: neighbours that make the spun reading implausible (raise confidence). */
export interface Cues {
  before?: string[];
  after?: string[];
}

/** A lexicon entry as the engine consumes it (already validated and expanded). */
export interface EngineEntry {
  spun: string;
  orig: string;
  kind: Kind;
  rule: string;
  /** Index into EngineData.provenance. */
  p: number;
  /** Curator asserts the spun form is not a word of modern prose. */
  certain?: boolean;
  /** Curated logit adjustment (negative for spun forms that are usually correct). */
  bias?: number;
  context?: ContextConditions;
  cues?: Cues;
  /** `orig` in Traditional script (phrase-aware conversion done when the data was built). */
  origT?: string;
}

/**
 * Everything the engine needs, as plain JSON-serialisable data. Built once on the server
 * (lib/lexicon) or shipped to a browser; `createEngine(data)` turns it into matchers.
 */
export interface EngineData {
  format: 'unspun-engine-data';
  version: 1;
  provenance: string[];
  entries: EngineEntry[];
  words: {
    /** Sum of all word frequencies (the denominator of the unigram model). */
    total: number;
    /** [q, words]: words (space-separated) whose frequency is about exp(q / 4). */
    groups: Array<[number, string]>;
  };
  /** Traditional→Simplified character map as a string of pairs (trad, simp), by code point. */
  t2s: string;
  /** Characters that exist only in Simplified (used to guess the input's script). */
  simplifiedOnly: string;
  /** Fitted weights (content/lexicon/weights.json); the engine's defaults when absent. */
  weights?: Weights;
}

export interface EngineInfo {
  entries: number;
  words: number;
  /** Words of the language model (0 without one). */
  lmWords: number;
}
