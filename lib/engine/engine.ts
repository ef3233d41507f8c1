/**
 * The substitution engine: one pass over the text finds every lexicon form (longest first, by
 * code point), each candidate is scored in its window with and without the correction under a
 * unigram word model, and curated context rules settle the hard cases.
 */
import { buildView, isHan, toCps, type TextView } from './text';
import { createWordModel, type WordModel } from './words';
import type {
  Cues,
  ContextConditions,
  DetectOptions,
  EngineData,
  EngineEntry,
  EngineInfo,
  Finding,
} from './types';

/** Findings at or above this confidence are returned by default. */
export const RECOMMENDED_CONFIDENCE = 0.5;
/** Weaker hints returned with `{ all: true }`. */
export const HINT_CONFIDENCE = 0.2;
/** The certain tier: forms that are not words, or cannot stand in their context. */
export const CERTAIN_CONFIDENCE = 0.9;

/** Scoring weights (logit scale). Kept together so docs/engine.md can describe them. */
export const WEIGHTS = Object.freeze({
  base: -2.2,
  /** × isolated gain ln P(orig) − ln P(spun), clamped. */
  iso: 0.5,
  isoMin: -4,
  isoMax: 5,
  /** × context gain (window gain minus isolated gain), clamped. */
  ctx: 0.45,
  ctxMin: -8,
  ctxMax: 5,
  /** × ln(spun frequency / commonFloor), clamped to [0, commonMax]: common words are usually right. */
  common: -0.35,
  commonFloor: 500,
  commonMax: 4,
  /** Added when a curated cue stands next to the candidate. */
  cue: 3,
  /** × local density of certain findings (0..1): spun text is spun throughout. */
  density: 2.2,
  /** Context gain at which a correction that fuses with its neighbours is certain. */
  fuseCertain: 3,
  /** A non-word spun form is not certain when its correction reads this much worse. */
  nonwordVeto: -2,
});

/** Code points of context kept on each side of a candidate when scoring. */
const WINDOW = 4;
/** Radius (code points) within which certain findings raise the density. */
const DENSITY_RADIUS = 150;
const DENSITY_SATURATION = 3;
/** Block size (code points) for bounded memory; a block ends at the next line break. */
const BLOCK = 8192;
const MAX_BLOCK = 65536;
/** Below this local probability a candidate lends no evidence to its neighbours. */
const EVIDENCE_FLOOR = 0.3;

interface CompiledEntry {
  e: EngineEntry;
  spun: Int32Array;
  orig: Int32Array;
  origT: string;
  /** ln P(orig) − ln P(spun), each segmented on its own. */
  iso: number;
  /** The spun form is not a dictionary word (or the curator says it is not one). */
  nonword: boolean;
  spunFreq: number;
  /** Context-free part of the logit: base + iso + commonness + curated bias. */
  prior: number;
  context: CompiledContext | null;
  cues: CompiledCues | null;
}

interface CompiledContext {
  before: Int32Array[] | null;
  notBefore: Int32Array[] | null;
  after: Int32Array[] | null;
  notAfter: Int32Array[] | null;
}
interface CompiledCues {
  before: Int32Array[] | null;
  after: Int32Array[] | null;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  items: CompiledEntry[] | null;
}

interface Candidate {
  i: number;
  j: number;
  /** Span of the finding: [i, j) widened to the word the correction forms with its neighbours. */
  fi: number;
  fj: number;
  ce: CompiledEntry;
  gain: number;
  ctx: number;
  cue: boolean;
  certain: boolean;
  /** Logit from local evidence (prior, context gain, cues), before density. */
  local: number;
  confidence: number;
  /** A certain candidate that lost a partial overlap with another certain one. */
  beaten?: boolean;
}

export interface Engine {
  detect(text: string, options?: DetectOptions): Finding[];
  /** Is `word` a word of the frequency model? */
  isWord(word: string): boolean;
  readonly info: EngineInfo;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

function compileList(list: string[] | undefined): Int32Array[] | null {
  return list && list.length > 0 ? list.map(toCps) : null;
}

function compileContext(c: ContextConditions | undefined): CompiledContext | null {
  if (!c) return null;
  return {
    before: compileList(c.before),
    notBefore: compileList(c.notBefore),
    after: compileList(c.after),
    notAfter: compileList(c.notAfter),
  };
}

function compileCues(c: Cues | undefined): CompiledCues | null {
  if (!c) return null;
  return { before: compileList(c.before), after: compileList(c.after) };
}

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
const anyEnds = (v: TextView, i: number, l: Int32Array[] | null) =>
  l !== null && l.some((s) => endsWith(v, i, s));
const anyStarts = (v: TextView, j: number, l: Int32Array[] | null) =>
  l !== null && l.some((s) => startsWith(v, j, s));

function contextAllows(v: TextView, i: number, j: number, c: CompiledContext | null): boolean {
  if (c === null) return true;
  if (c.before !== null && !anyEnds(v, i, c.before)) return false;
  if (c.after !== null && !anyStarts(v, j, c.after)) return false;
  if (anyEnds(v, i, c.notBefore)) return false;
  if (anyStarts(v, j, c.notAfter)) return false;
  return true;
}

function parseCharMap(pairs: string): Map<number, number> {
  const m = new Map<number, number>();
  const cps = Array.from(pairs, (ch) => ch.codePointAt(0) as number);
  for (let k = 0; k + 1 < cps.length; k += 2) m.set(cps[k] as number, cps[k + 1] as number);
  return m;
}

/** Build an engine from its data. Everything it holds is created here and never mutated. */
export function createEngine(data: EngineData): Engine {
  if (data.format !== 'unspun-engine-data' || data.version !== 1) {
    throw new Error('createEngine: unsupported engine data (expected unspun-engine-data v1)');
  }
  const words: WordModel = createWordModel(data.words);
  const t2s = parseCharMap(data.t2s);
  const simplifiedOnly = new Set(Array.from(data.simplifiedOnly, (ch) => ch.codePointAt(0) as number));

  const formCost = (cps: Int32Array): number => {
    const b = new Float64Array(cps.length + 1);
    return words.segment(cps, cps.length, b, null);
  };

  const root: TrieNode = { next: new Map(), items: null };
  let maxForm = 1;
  for (const e of data.entries) {
    const spun = toCps(e.spun);
    const orig = toCps(e.orig);
    if (spun.length === 0 || orig.length === 0) continue;
    const spunCost = spun.length <= 8 ? words.cost(spun, 0, spun.length) : -1;
    const spunFreq = spunCost < 0 ? 0 : Math.exp(words.lnTotal - spunCost);
    const iso = formCost(spun) - formCost(orig);
    const ce: CompiledEntry = {
      e,
      spun,
      orig,
      origT: e.origT ?? e.orig,
      iso,
      prior:
        WEIGHTS.base +
        WEIGHTS.iso * clamp(iso, WEIGHTS.isoMin, WEIGHTS.isoMax) +
        WEIGHTS.common * clamp(Math.log(Math.max(1, spunFreq) / WEIGHTS.commonFloor), 0, WEIGHTS.commonMax) +
        (e.bias ?? 0),
      // Not a word: the curator says so, or a same-length substitute (or an expansion) that the
      // word model does not know. Phrases the model lacks (X下, X一下) are not enough on their own.
      nonword:
        e.certain === true ||
        ((e.bias ?? 0) >= 0 &&
          spun.length > 1 &&
          spunCost < 0 &&
          (spun.length === orig.length || e.kind === 'expansion')),
      spunFreq,
      context: compileContext(e.context),
      cues: compileCues(e.cues),
    };
    let node = root;
    for (const cp of spun) {
      let nx = node.next.get(cp);
      if (nx === undefined) {
        nx = { next: new Map(), items: null };
        node.next.set(cp, nx);
      }
      node = nx;
    }
    (node.items ??= []).push(ce);
    maxForm = Math.max(maxForm, spun.length, orig.length);
  }

  const info: EngineInfo = Object.freeze({ entries: data.entries.length, words: words.size });

  const detect = (text: string, options: DetectOptions = {}): Finding[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const floor =
      typeof options.minConfidence === 'number' && Number.isFinite(options.minConfidence)
        ? options.minConfidence
        : options.all
          ? HINT_CONFIDENCE
          : RECOMMENDED_CONFIDENCE;

    // Script: decide from the characters unless told.
    let traditional = options.script === 'traditional';
    if (options.script === undefined || options.script === 'auto') {
      let trad = 0;
      let simp = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0) as number;
        if (cp < 0x3400) continue;
        const s = t2s.get(cp);
        if (s !== undefined && s !== cp) trad++;
        else if (simplifiedOnly.has(cp)) simp++;
      }
      traditional = trad > simp;
    }
    const view = buildView(text, traditional ? t2s : null);
    const { cps, head, n } = view;

    // Scratch buffers for window scoring (per call: no shared mutable state).
    const cap = 2 * WINDOW + maxForm + 2;
    const buf = new Int32Array(cap);
    const bufA = new Int32Array(cap);
    const dropLogit = floor <= 0 ? -Infinity : floor >= 1 ? Infinity : Math.log(floor / (1 - floor));

    const bestA = new Float64Array(cap + 1);
    const bestB = new Float64Array(cap + 1);
    const backA = new Int32Array(cap + 1);
    const backB = new Int32Array(cap + 1);

    const findings: Finding[] = [];
    const taken = new Uint8Array(n);
    // Reasons depend only on the entry and the kind of evidence: share the strings.
    const reasons = new Map<string, string>();
    // Work block by block (blocks end at a line break once BLOCK code points are passed), so
    // memory stays bounded on large inputs; density never looks across a block boundary.
    for (let blockStart = 0; blockStart < n;) {
      let blockEnd = Math.min(n, blockStart + BLOCK);
      while (blockEnd < n && blockEnd - blockStart < MAX_BLOCK && cps[blockEnd - 1] !== 0x0a) blockEnd++;
      detectBlock(blockStart, blockEnd);
      blockStart = blockEnd;
    }
    return findings;

    function detectBlock(from: number, to: number): void {
      const candidates: Candidate[] = [];
      /** Cost of cps[lo, hi) read with candidate c corrected (lower is better). */
      function unionCost(c: Candidate, lo: number, hi: number): number {
        const ol = c.ce.orig.length;
        const m = c.i - lo + ol + (hi - c.j);
        const u = new Int32Array(m);
        let t = 0;
        for (let k = lo; k < c.i; k++) u[t++] = cps[k] as number;
        for (let k = 0; k < ol; k++) u[t++] = c.ce.orig[k] as number;
        for (let k = c.j; k < hi; k++) u[t++] = cps[k] as number;
        return words.segment(u, m, new Float64Array(m + 1), null);
      }
      // Cache of the original window's score per span (several entries share a span).
      let lastI = -1;
      let lastJ = -1;
      let lastScore = 0;
      let lastBuried = false;

      for (let i = from; i < to; i++) {
        const first = cps[i] as number;
        if (!isHan(first) || head[i] !== 1) continue;
        let node = root.next.get(first);
        let j = i + 1;
        while (node !== undefined) {
          if (node.items !== null && head[j] === 1) {
            for (const ce of node.items) {
              if (!contextAllows(view, i, j, ce.context)) continue;
              // Window [a, b) of Han context around [i, j).
              let a = i;
              while (a > from && i - a < WINDOW && isHan(cps[a - 1] as number)) a--;
              let b = j;
              while (b < to && b - j < WINDOW && isHan(cps[b] as number)) b++;
              const left = i - a;
              const right = b - j;
              const m0 = left + (j - i) + right;
              const cueBonus =
                ce.cues !== null && (anyEnds(view, i, ce.cues.before) || anyStarts(view, j, ce.cues.after))
                  ? WEIGHTS.cue
                  : 0;
              const ol = ce.orig.length;
              for (let t = 0; t < left; t++) buf[t] = cps[a + t] as number;
              for (let t = 0; t < ol; t++) buf[left + t] = ce.orig[t] as number;
              for (let t = 0; t < right; t++) buf[left + ol + t] = cps[j + t] as number;
              const m1 = left + ol + right;
              // Unless the correction can join its neighbours into a word, the context gain is at
              // most 0 (both readings segment alike around the candidate): skip hopeless ones early.
              const canFuse = words.fuses(buf, left, ol, left, right);
              if (
                !ce.nonword &&
                ce.prior + cueBonus + (canFuse ? WEIGHTS.ctx * WEIGHTS.ctxMax : 0) + WEIGHTS.density <
                  dropLogit
              ) {
                continue;
              }
              if (i !== lastI || j !== lastJ) {
                for (let t = 0; t < m0; t++) bufA[t] = cps[a + t] as number;
                lastScore = words.segment(bufA, m0, bestA, backA);
                // Is the spun span buried in (or split across) words of the original reading?
                lastBuried = false;
                let k = m0;
                while (k > 0) {
                  const s = backA[k] as number;
                  const ts = s;
                  const te = k;
                  const overlaps = ts < left + (j - i) && te > left;
                  if (overlaps && (ts < left || te > left + (j - i)) && te - ts > 1) lastBuried = true;
                  k = s;
                }
                lastI = i;
                lastJ = j;
              }
              // Corrected window.
              const scoreB = words.segment(buf, m1, bestB, backB);
              // Does the correction fuse with its neighbours into one word? If so, the finding
              // covers that word (预锻炼 → 预训练, not 锻炼 → 训练).
              let fused = false;
              let lo = left;
              let hi = left + ol;
              let k = m1;
              while (k > 0) {
                const s = backB[k] as number;
                if (s < left + ol && k > left) {
                  if (s < lo) lo = s;
                  if (k > hi) hi = k;
                }
                k = s;
              }
              if (lo < left || hi > left + ol) fused = true;
              const gain = lastScore - scoreB; // costs: lower is better
              const ctx = gain - ce.iso;
              const certain =
                (ce.nonword && !lastBuried && ctx > WEIGHTS.nonwordVeto) ||
                (fused && !lastBuried && ctx >= WEIGHTS.fuseCertain && ce.e.kind !== 'segmentation');
              const local = certain
                ? Infinity
                : ce.prior + cueBonus + WEIGHTS.ctx * clamp(ctx, WEIGHTS.ctxMin, WEIGHTS.ctxMax);
              if (local + WEIGHTS.density < dropLogit) continue;
              candidates.push({
                i,
                j,
                fi: i - (left - lo),
                fj: j + (hi - left - ol),
                ce,
                gain,
                ctx,
                cue: cueBonus > 0,
                certain,
                local,
                confidence: 0,
              });
            }
          }
          if (j >= to) break;
          node = node.next.get(cps[j] as number);
          j++;
        }
      }
      if (candidates.length === 0) return;

      // Evidence a candidate lends to its neighbourhood (spun text is spun throughout): 1 when
      // certain, else scaled from 0 at EVIDENCE_FLOOR to 1 at 0.9. Entries sharing a span count once.
      // Each center remembers the spun form that gave its evidence: a word repeated in a passage
      // (都会 … 都会 … 都会) is one piece of evidence about the text, not several, so a form never
      // raises the density of its own other occurrences (clean text cannot talk itself into flags).
      const evidence: number[] = [];
      const centers: number[] = [];
      const forms: string[] = [];
      for (const c of candidates) {
        const ev = c.certain ? 1 : clamp((sigmoid(c.local) - EVIDENCE_FLOOR) / (0.9 - EVIDENCE_FLOOR), 0, 1);
        if (ev <= 0) continue;
        const last = evidence.length - 1;
        if (last >= 0 && centers[last] === c.i) {
          if (ev > (evidence[last] as number)) {
            evidence[last] = ev;
            forms[last] = c.ce.e.spun;
          }
        } else {
          centers.push(c.i);
          evidence.push(ev);
          forms.push(c.ce.e.spun);
        }
      }
      const density = (c: Candidate): number => {
        let lo = 0;
        let hi = centers.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((centers[mid] as number) < c.i - DENSITY_RADIUS) lo = mid + 1;
          else hi = mid;
        }
        let sum = 0;
        for (let t = lo; t < centers.length; t++) {
          const p = centers[t] as number;
          if (p > c.i + DENSITY_RADIUS) break;
          if (p >= c.fi && p < c.fj) continue; // itself
          if (forms[t] === c.ce.e.spun) continue; // another occurrence of the same form
          sum += evidence[t] as number;
        }
        return Math.min(sum, DENSITY_SATURATION) / DENSITY_SATURATION;
      };
      const kept: Candidate[] = [];
      for (const c of candidates) {
        if (c.certain) {
          const strength = c.ce.nonword ? 3 : c.ctx - WEIGHTS.fuseCertain;
          c.confidence = round(0.9 + 0.09 * sigmoid(strength));
        } else {
          c.confidence = round(Math.min(0.89, sigmoid(c.local + WEIGHTS.density * density(c))));
        }
        if (c.confidence >= floor) kept.push(c);
      }

      // Two certain candidates that overlap without one containing the other (自然语言处置 and
      // 处置惩罚 in 自然语言处置惩罚) cannot both stand: keep the one whose corrected reading of
      // their union segments better, so a spun form is never cut in half.
      const certainKept = kept.filter((c) => c.certain).sort((x, y) => x.i - y.i);
      for (let a = 0; a < certainKept.length; a++) {
        const x = certainKept[a] as Candidate;
        for (let b = a + 1; b < certainKept.length; b++) {
          const y = certainKept[b] as Candidate;
          if (y.i >= x.j) break;
          if (y.j <= x.j || x.beaten || y.beaten) continue; // contained, or already settled
          const lo = Math.max(from, x.i - WINDOW);
          const hi = Math.min(to, y.j + WINDOW);
          const cx = unionCost(x, lo, hi);
          const cy = unionCost(y, lo, hi);
          if (cy < cx) x.beaten = true;
          else if (cx < cy) y.beaten = true;
        }
      }

      // Non-overlapping choice: certain first, then longest match, then confidence, then the
      // entry's prior (curated bias and how common the original is), then leftmost.
      kept.sort(
        (x, y) =>
          Number(y.certain && !y.beaten) - Number(x.certain && !x.beaten) ||
          y.j - y.i - (x.j - x.i) ||
          y.confidence - x.confidence ||
          y.ce.prior - x.ce.prior ||
          x.i - y.i,
      );
      const chosen: Candidate[] = [];
      for (const c of kept) {
        // Widen to the fused word only where the view can map back to exact offsets.
        if (head[c.fi] !== 1 || head[c.fj] !== 1) {
          c.fi = c.i;
          c.fj = c.j;
        }
        let free = true;
        for (let t = c.fi; t < c.fj; t++) if (taken[t] === 1) free = false;
        if (!free) continue;
        for (let t = c.fi; t < c.fj; t++) taken[t] = 1;
        chosen.push(c);
      }
      chosen.sort((x, y) => x.fi - y.fi);
      for (const c of chosen) findings.push(toFinding(text, view, c, traditional, reasons));
    }
  };

  const isWord = (word: string): boolean => {
    const cps = toCps(word);
    return cps.length > 0 && cps.length <= 8 && words.cost(cps, 0, cps.length) >= 0;
  };

  return Object.freeze({ detect, isWord, info });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function toFinding(
  text: string,
  v: TextView,
  c: Candidate,
  traditional: boolean,
  reasons: Map<string, string>,
): Finding {
  const start = v.pos[c.fi] as number;
  const end = v.pos[c.fj] as number;
  const coreStart = v.pos[c.i] as number;
  const coreEnd = v.pos[c.j] as number;
  const span = text.slice(coreStart, coreEnd);
  const { ce } = c;
  let replacement = traditional ? ce.origT : ce.e.orig;
  // Where the correction keeps a character of the spun form, keep the user's own character.
  if (ce.spun.length === ce.orig.length) {
    const own = Array.from(span);
    const rep = Array.from(replacement);
    if (own.length === ce.spun.length && rep.length === ce.orig.length) {
      for (let t = 0; t < rep.length; t++) if (ce.spun[t] === ce.orig[t]) rep[t] = own[t] as string;
      replacement = rep.join('');
    }
  }
  replacement = text.slice(start, coreStart) + replacement + text.slice(coreEnd, end);
  return {
    start,
    end,
    text: text.slice(start, end),
    replacement,
    confidence: c.confidence,
    kind: ce.e.kind,
    rule: ce.e.rule,
    reason: reasonFor(c, reasons),
  };
}

function reasonFor(c: Candidate, reasons: Map<string, string>): string {
  const key = `${evidenceOf(c)}${c.ce.e.rule}`;
  let r = reasons.get(key);
  if (r === undefined) {
    r = explain(c);
    reasons.set(key, r);
  }
  return r;
}

function evidenceOf(c: Candidate): string {
  if (c.certain) return c.ce.nonword ? 'n' : 'f';
  return c.cue ? 'c' : c.gain > 0 ? 'g' : 'e';
}

function explain(c: Candidate): string {
  const { e } = c.ce;
  const swap = `spinners swap ${e.orig}→${e.spun} (${e.kind})`;
  switch (evidenceOf(c)) {
    case 'n':
      return `“${e.spun}” is not a word; ${swap}.`;
    case 'f':
      return `“${e.orig}” forms a word with its neighbours; “${e.spun}” cannot stand here; ${swap}.`;
    case 'c':
      return `“${e.spun}” likely stands for “${e.orig}”: its neighbour goes with “${e.orig}”; ${swap}.`;
    case 'g':
      return `“${e.spun}” likely stands for “${e.orig}”: the sentence reads better corrected; ${swap}.`;
    default:
      return `“${e.spun}” may stand for “${e.orig}” in spun text; ${swap}.`;
  }
}
