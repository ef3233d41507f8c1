/**
 * Step 1 of the engine: compile the lexicon's entries into a trie over code points, with what can
 * be known of each entry before seeing a text (is the spun form a word? how common is it? how
 * many originals share it?).
 */
import { clamp, F, FEATURE_COUNT } from './features';
import type { LanguageModel } from './lm';
import { toCps } from './text';
import type { Cues, ContextConditions, EngineEntry } from './types';
import type { WordModel } from './words';

export interface CompiledContext {
  before: Int32Array[] | null;
  notBefore: Int32Array[] | null;
  after: Int32Array[] | null;
  notAfter: Int32Array[] | null;
}
export interface CompiledCues {
  before: Int32Array[] | null;
  after: Int32Array[] | null;
}

export interface CompiledEntry {
  e: EngineEntry;
  spun: Int32Array;
  orig: Int32Array;
  origT: string;
  /** The spun form's number (entries with the same spun form share it): compared, not the strings. */
  form: number;
  /** ln P(orig) − ln P(spun) under the unigram model, each segmented on its own. */
  iso: number;
  /** The spun form is not a word (curated, or in none of the word lists). */
  nonword: boolean;
  /** ln P(orig) − ln P(spun) under the language model, each form alone (0 without a model). */
  lmIso: number;
  /** Features known before the text is seen (FEATURES order; the others are 0). */
  base: Float64Array;
  context: CompiledContext | null;
  cues: CompiledCues | null;
}

/** A node of the trie while it is built (compileEntries then lays it out flat). */
interface TrieNode {
  next: Map<number, TrieNode>;
  items: CompiledEntry[] | null;
}

export interface CompiledLexicon {
  /** The trie of spun forms: the child of `node` (the root is 0) by code point, or -1. */
  next(node: number, cp: number): number;
  /** The entries whose spun form ends at each node (null: none). */
  items: ReadonlyArray<CompiledEntry[] | null>;
  /** Longest spun or original form, in code points. */
  maxForm: number;
}

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

export function compileEntries(
  entries: readonly EngineEntry[],
  words: WordModel,
  lm: LanguageModel | null,
): CompiledLexicon {
  const formCost = (cps: Int32Array): number =>
    words.segment(cps, cps.length, new Float64Array(cps.length + 1), null);
  const origins = new Map<string, Set<string>>();
  for (const e of entries) {
    let s = origins.get(e.spun);
    if (s === undefined) origins.set(e.spun, (s = new Set()));
    s.add(e.orig);
  }
  const formOf = new Map([...origins.keys()].map((spun, k) => [spun, k]));
  const root: TrieNode = { next: new Map(), items: null };
  let maxForm = 1;
  for (const e of entries) {
    const spun = toCps(e.spun);
    const orig = toCps(e.orig);
    if (spun.length === 0 || orig.length === 0) continue;
    const spunCost = spun.length <= 8 ? words.cost(spun, 0, spun.length) : -1;
    const spunFreq = spunCost < 0 ? 0 : Math.exp(words.lnTotal - spunCost);
    const iso = formCost(spun) - formCost(orig);
    const inLm = lm !== null && lm.id(e.spun) >= 0;
    // Not a word: the curator says so, or a same-length substitute (or an expansion) that no word
    // list knows. Phrases the lists lack (X下, X一下) are not enough on their own.
    const nonword =
      e.certain === true ||
      ((e.bias ?? 0) >= 0 &&
        spun.length > 1 &&
        spunCost < 0 &&
        !inLm &&
        (spun.length === orig.length || e.kind === 'expansion'));
    const base = new Float64Array(FEATURE_COUNT);
    base[F.bias] = e.bias ?? 0;
    base[F.iso] = clamp(iso, -4, 5);
    base[F.common] = clamp(Math.log(Math.max(1, spunFreq) / 500), 0, 4);
    base[F.nonword] = nonword ? 1 : 0;
    base[F.alts] = Math.min(3, (origins.get(e.spun)?.size ?? 1) - 1);
    const ce: CompiledEntry = {
      e,
      spun,
      orig,
      origT: e.origT ?? e.orig,
      form: formOf.get(e.spun) as number,
      iso,
      nonword,
      lmIso: lm === null ? 0 : lm.score(orig, 0, orig.length) - lm.score(spun, 0, spun.length),
      base,
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
  return { ...flatten(root), maxForm };
}

/**
 * The trie with numbered nodes and its edges in one open-addressing table (node, code point,
 * child side by side): a lookup per character of the text, cheaper than a Map per node.
 */
function flatten(root: TrieNode): Pick<CompiledLexicon, 'next' | 'items'> {
  const nodes: TrieNode[] = [root];
  for (let k = 0; k < nodes.length; k++) for (const c of (nodes[k] as TrieNode).next.values()) nodes.push(c);
  const id = new Map(nodes.map((n, k) => [n, k]));
  let cap = 1;
  while (cap < 2 * nodes.length) cap <<= 1;
  const mask = cap - 1;
  const edges = new Int32Array(3 * cap).fill(-1);
  const slot = (node: number, cp: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(cp, 0x85ebca6b)) & mask;
  nodes.forEach((n, k) => {
    for (const [cp, c] of n.next) {
      let x = slot(k, cp);
      while (edges[3 * x] !== -1) x = (x + 1) & mask;
      edges[3 * x] = k;
      edges[3 * x + 1] = cp;
      edges[3 * x + 2] = id.get(c) as number;
    }
  });
  const next = (node: number, cp: number): number => {
    for (let x = slot(node, cp); ; x = (x + 1) & mask) {
      const n = edges[3 * x] as number;
      if (n === -1) return -1;
      if (n === node && edges[3 * x + 1] === cp) return edges[3 * x + 2] as number;
    }
  };
  return { next, items: nodes.map((n) => n.items) };
}
