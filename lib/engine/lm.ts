/**
 * A word bigram language model with back-off (Katz style, as the open-gram model stores it):
 * P(w | v) is the stored bigram probability when (v, w) was seen, else bow(v) · P(w). Text is
 * scored by its best segmentation into the model's words (Viterbi over the last word), so the
 * model itself decides where words begin and end.
 *
 * Binary format (little-endian), written by `encodeLanguageModel` and read by
 * `decodeLanguageModel` without copying the large arrays:
 *   magic "UNSPLM01" · u32 V · u32 B · f32 step · u32 vocabBytes
 *   vocab: V words in UTF-8, each followed by "\n" (padded to 4 bytes)
 *   f32[V] ln P(w) · f32[V] ln bow(w) · u32[V + 1] bigram start per first word
 *   u32[B] bigrams sorted by (first, second): second << 15 | q, with ln P(second | first) = −q · step
 * Pure: no I/O.
 */

const MAGIC = 'UNSPLM01';
const Q_BITS = 15;
const Q_MAX = (1 << Q_BITS) - 1;
const HEADER = 24;

/** Cost (natural log) of a character the model has no word for. */
export const LM_UNKNOWN = Math.log(1e-7);
/** Longest word (code points) the segmenter tries. */
export const LM_MAX_WORD = 10;

export interface LmSource {
  /** Word texts by id (id 0 may be a boundary marker such as "<s>"). */
  words: string[];
  /** [ln P(w), ln bow(w)] by id. */
  unigrams: Array<readonly [number, number]>;
  /** [first id, second id, ln P(second | first)]. */
  bigrams: Array<readonly [number, number, number]>;
}

export interface LanguageModel {
  readonly size: number;
  readonly bigrams: number;
  /** Id of a word, or -1. */
  id(word: string): number;
  /** ln P(w | prev) with back-off; prev −1 means no history (the unigram). */
  logP(prev: number, w: number): number;
  /**
   * ln probability of the best segmentation of cps[from, to) into the model's words (a code
   * point without a word costs LM_UNKNOWN and resets the history).
   */
  score(cps: Int32Array, from: number, to: number): number;
  /** The trie of the vocabulary that the model reads (to keep a copy: see LmTrie). */
  readonly trie: LmTrie;
}

/**
 * The vocabulary as a trie over code points: an open-addressing table of edges, four integers
 * per slot (node, code point, child, the child's word id or −1; −1 in an empty slot). It depends
 * only on the vocabulary; building it is most of a model's start-up, so a copy can be passed back
 * to `decodeLanguageModel` (lib/lexicon keeps one under a hash of `lmVocabulary`).
 */
export interface LmTrie {
  edges: Int32Array;
}

export function encodeLanguageModel(src: LmSource): Uint8Array {
  const V = src.words.length;
  if (V !== src.unigrams.length) throw new Error('lm: words and unigrams differ in length');
  if (V >= 1 << (32 - Q_BITS)) throw new Error(`lm: too many words (${V})`);
  const bigrams = [...src.bigrams].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let minLp = -1e-6;
  for (const [, , lp] of bigrams) if (lp < minLp) minLp = lp;
  const step = -minLp / Q_MAX;
  const vocab = new TextEncoder().encode(src.words.map((w) => `${w}\n`).join(''));
  const vocabPadded = Math.ceil(vocab.length / 4) * 4;
  const B = bigrams.length;
  const size = HEADER + vocabPadded + 4 * V * 2 + 4 * (V + 1) + 4 * B;
  const buf = new ArrayBuffer(size);
  const dv = new DataView(buf);
  const u8 = new Uint8Array(buf);
  for (let k = 0; k < 8; k++) u8[k] = MAGIC.charCodeAt(k);
  dv.setUint32(8, V, true);
  dv.setUint32(12, B, true);
  dv.setFloat32(16, step, true);
  dv.setUint32(20, vocab.length, true);
  u8.set(vocab, HEADER);
  let at = HEADER + vocabPadded;
  const uni = new Float32Array(buf, at, V);
  const bow = new Float32Array(buf, at + 4 * V, V);
  src.unigrams.forEach(([p, b], i) => {
    uni[i] = p;
    bow[i] = b;
  });
  at += 8 * V;
  const start = new Uint32Array(buf, at, V + 1);
  at += 4 * (V + 1);
  const big = new Uint32Array(buf, at, B);
  let k = 0;
  for (let w = 0; w <= V; w++) {
    while (k < B && (bigrams[k] as readonly [number, number, number])[0] < w) k++;
    start[w] = k;
  }
  bigrams.forEach(([, y, lp], i) => {
    const q = Math.min(Q_MAX, Math.max(0, Math.round(-lp / step)));
    big[i] = ((y << Q_BITS) | q) >>> 0;
  });
  return u8;
}

interface Layout {
  V: number;
  B: number;
  step: number;
  /** The vocabulary's bytes (UTF-8 words, each followed by a line break). */
  vocab: Uint8Array;
  /** Byte offset of the arrays after the vocabulary (within `b`). */
  arrays: number;
  /** `bytes`, or an aligned copy of it. */
  b: Uint8Array;
}

function layout(bytes: Uint8Array): Layout {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error('lm: not an Unspun language model (bad magic)');
  // Typed-array views need 4-byte alignment: copy only if the caller's buffer is unaligned.
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const V = dv.getUint32(8, true);
  const B = dv.getUint32(12, true);
  const step = dv.getFloat32(16, true);
  const vocabBytes = dv.getUint32(20, true);
  const vocabPadded = Math.ceil(vocabBytes / 4) * 4;
  const expected = HEADER + vocabPadded + 8 * V + 4 * (V + 1) + 4 * B;
  if (b.byteLength !== expected) throw new Error(`lm: expected ${expected} bytes, got ${b.byteLength}`);
  const vocab = b.subarray(HEADER, HEADER + vocabBytes);
  return { V, B, step, vocab, arrays: b.byteOffset + HEADER + vocabPadded, b };
}

/** The vocabulary part of an encoded model (what its trie is built from), checked like decoding checks it. */
export function lmVocabulary(bytes: Uint8Array): Uint8Array {
  return layout(bytes).vocab;
}

/**
 * Read a model encoded by `encodeLanguageModel` (the arrays are views into `bytes`). `trie`: the
 * `trie` of a model decoded earlier from the same vocabulary (it is then not built again).
 */
export function decodeLanguageModel(bytes: Uint8Array, trie?: LmTrie): LanguageModel {
  const { V, B, step, vocab, arrays, b } = layout(bytes);
  let words: string[] | null = null;
  const vocabulary = (): string[] => {
    if (words !== null) return words;
    const list = new TextDecoder().decode(vocab).split('\n');
    list.pop();
    if (list.length !== V) throw new Error(`lm: vocabulary has ${list.length} words, header says ${V}`);
    return (words = list);
  };
  let at = arrays;
  const uni = new Float32Array(b.buffer, at, V);
  const bow = new Float32Array(b.buffer, at + 4 * V, V);
  at += 8 * V;
  const start = new Uint32Array(b.buffer, at, V + 1);
  at += 4 * (V + 1);
  const big = new Uint32Array(b.buffer, at, B);
  if (trie !== undefined) checkTrie(trie, V);
  return createLanguageModel(V, vocabulary, uni, bow, start, big, step, trie ?? buildTrie(vocabulary()));
}

const edgeSlot = (node: number, cp: number, mask: number) =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(cp, 0x85ebca6b)) & mask;

function checkTrie(trie: LmTrie, V: number): void {
  const cap = trie.edges.length / 4;
  if (cap < 1 || (cap & (cap - 1)) !== 0) throw new Error('lm: the trie is not a power of two in size');
  let empty = 0;
  for (let k = 3; k < trie.edges.length; k += 4) {
    if ((trie.edges[k] as number) >= V) throw new Error('lm: the trie names a word the model lacks');
    if (trie.edges[k - 3] === -1) empty++;
  }
  // A lookup probes until it meets an empty slot: a table without one would never answer.
  if (empty === 0) throw new Error('lm: the trie has no empty slot');
}

/**
 * The vocabulary's trie. The table grows as edges are added (a Map keyed by node · 2^21 + code
 * point hashes doubles: slow), in separate arrays, then is laid out four integers per slot.
 */
function buildTrie(words: string[]): LmTrie {
  let cap = 1 << 16;
  let eNode = new Int32Array(cap).fill(-1);
  let eCp = new Int32Array(cap);
  let eChild = new Int32Array(cap);
  let edgeCount = 0;
  const child = (node: number, cp: number): number => {
    const mask = cap - 1;
    for (let k = edgeSlot(node, cp, mask); ; k = (k + 1) & mask) {
      const n = eNode[k] as number;
      if (n === -1) return -1;
      if (n === node && eCp[k] === cp) return eChild[k] as number;
    }
  };
  const insert = (node: number, cp: number, c: number) => {
    const mask = cap - 1;
    let k = edgeSlot(node, cp, mask);
    while (eNode[k] !== -1) k = (k + 1) & mask;
    eNode[k] = node;
    eCp[k] = cp;
    eChild[k] = c;
  };
  const grow = () => {
    const [n0, c0, ch0] = [eNode, eCp, eChild];
    cap *= 2;
    eNode = new Int32Array(cap).fill(-1);
    eCp = new Int32Array(cap);
    eChild = new Int32Array(cap);
    for (let k = 0; k < n0.length; k++)
      if (n0[k] !== -1) insert(n0[k] as number, c0[k] as number, ch0[k] as number);
  };
  const wordList: number[] = [-1];
  words.forEach((w, i) => {
    if (w === '<s>') return;
    let node = 0;
    let len = 0;
    for (const ch of w) {
      const cp = ch.codePointAt(0) as number;
      let nx = child(node, cp);
      if (nx < 0) {
        nx = wordList.length;
        wordList.push(-1);
        if (2 * (edgeCount + 1) > cap) grow();
        insert(node, cp, nx);
        edgeCount++;
      }
      node = nx;
      len++;
    }
    if (len > 0 && len <= LM_MAX_WORD && (wordList[node] as number) < 0) wordList[node] = i;
  });
  const edges = new Int32Array(cap * 4).fill(-1);
  for (let k = 0; k < cap; k++) {
    const n = eNode[k] as number;
    if (n === -1) continue;
    const c = eChild[k] as number;
    edges[4 * k] = n;
    edges[4 * k + 1] = eCp[k] as number;
    edges[4 * k + 2] = c;
    edges[4 * k + 3] = wordList[c] as number;
  }
  return { edges };
}

function createLanguageModel(
  V: number,
  vocabulary: () => string[],
  uni: Float32Array,
  bow: Float32Array,
  start: Uint32Array,
  big: Uint32Array,
  step: number,
  trie: LmTrie,
): LanguageModel {
  const { edges } = trie;
  const eMask = edges.length / 4 - 1;
  /** The slot (index into `edges`) of the edge node → cp, or -1. */
  const edgeOf = (node: number, cp: number): number => {
    for (let k = edgeSlot(node, cp, eMask); ; k = (k + 1) & eMask) {
      const n = edges[4 * k] as number;
      if (n === -1) return -1;
      if (n === node && edges[4 * k + 1] === cp) return 4 * k;
    }
  };
  // Every word the segmenter tries starts at the root: its edges by code point in a flat table
  // (Basic Multilingual Plane; 256 KB) instead of a probe of the edge hash for each position.
  const rootEdge = new Int32Array(0x10000).fill(-1);
  for (let k = 0; k <= eMask; k++) {
    const at = 4 * k;
    const cp = edges[at + 1] as number;
    if (edges[at] === 0 && cp >= 0 && cp <= 0xffff) rootEdge[cp] = at;
  }

  const logP = (prev: number, w: number): number => {
    if (prev < 0) return uni[w] as number;
    let lo = start[prev] as number;
    let hi = start[prev + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const y = (big[mid] as number) >>> Q_BITS;
      if (y < w) lo = mid + 1;
      else if (y > w) hi = mid;
      else return -((big[mid] as number) & Q_MAX) * step;
    }
    return (bow[prev] as number) + (uni[w] as number);
  };

  // ln P(w | prev) for prev ≥ 0 is a binary search among prev's bigrams; the segmenter asks for
  // the same pairs again and again (every candidate of a span rescoring the same context), so a
  // direct-mapped cache of recent pairs answers most of them. Scratch state, like the Viterbi's:
  // it never changes a result.
  const CACHE = 1 << 15;
  const cPrev = new Int32Array(CACHE).fill(-1);
  const cW = new Int32Array(CACHE);
  const cLp = new Float64Array(CACHE);
  const cachedLogP = (prev: number, w: number): number => {
    if (prev < 0) return uni[w] as number;
    const k = (Math.imul(prev, 0x9e3779b1) ^ Math.imul(w, 0x85ebca6b)) >>> 17;
    if (cPrev[k] === prev && cW[k] === w) return cLp[k] as number;
    const lp = logP(prev, w);
    cPrev[k] = prev;
    cW[k] = w;
    cLp[k] = lp;
    return lp;
  };

  // Viterbi scratch, grown on demand: per end position, the states (last word, ln p).
  let stW: Int32Array[] = [];
  let stP: Float64Array[] = [];
  let stN = new Int32Array(0);
  const ensure = (m: number) => {
    if (stN.length > m) return;
    const cap = Math.max(m + 1, stN.length * 2, 32);
    stW = Array.from({ length: cap }, () => new Int32Array(LM_MAX_WORD + 1));
    stP = Array.from({ length: cap }, () => new Float64Array(LM_MAX_WORD + 1));
    stN = new Int32Array(cap);
  };
  const push = (k: number, w: number, p: number) => {
    const n = stN[k] as number;
    const W = stW[k] as Int32Array;
    const P = stP[k] as Float64Array;
    for (let t = 0; t < n; t++) {
      if (W[t] === w) {
        if (p > (P[t] as number)) P[t] = p;
        return;
      }
    }
    W[n] = w;
    P[n] = p;
    stN[k] = n + 1;
  };

  // The previous input: its states at positions up to the common prefix with the next input are
  // that input's too (a state at k depends only on the code points before k), so a window that
  // shares its left context with the one before (every original of a span, and the span as
  // written) resumes there instead of starting over. Same states, same maxima: same result.
  let prevIn = new Int32Array(0);
  let prevM = 0;

  const extend = (cps: Int32Array, from: number, m: number, k: number, after: number) => {
    const n = stN[k] as number;
    if (n === 0) return;
    const W = stW[k] as Int32Array;
    const P = stP[k] as Float64Array;
    let node = 0;
    let any = false;
    for (let l = 1; l <= LM_MAX_WORD && k + l <= m; l++) {
      const cp = cps[from + k + l - 1] as number;
      const e = node === 0 && cp >>> 16 === 0 ? (rootEdge[cp] as number) : edgeOf(node, cp);
      if (e < 0) break;
      node = edges[e + 2] as number;
      const w = edges[e + 3] as number;
      if (w < 0) continue;
      if (l === 1) any = true;
      if (k + l <= after) continue; // already there
      let best = -Infinity;
      for (let t = 0; t < n; t++) {
        const p = (P[t] as number) + cachedLogP(W[t] as number, w);
        if (p > best) best = p;
      }
      push(k + l, w, best);
    }
    if (!any && k + 1 > after) {
      // No word for this code point: it costs LM_UNKNOWN and the history restarts.
      let best = -Infinity;
      for (let t = 0; t < n; t++) if ((P[t] as number) > best) best = P[t] as number;
      push(k + 1, -1, best + LM_UNKNOWN);
    }
  };

  const score = (cps: Int32Array, from: number, to: number): number => {
    const m = to - from;
    if (m <= 0) return 0;
    if (stN.length <= m) {
      ensure(m);
      prevM = 0;
    }
    if (prevIn.length < stN.length) {
      const b = new Int32Array(stN.length);
      b.set(prevIn.subarray(0, prevM));
      prevIn = b;
    }
    let same = 0;
    const lim = Math.min(m, prevM);
    while (same < lim && prevIn[same] === cps[from + same]) same++;
    stN.fill(0, same + 1, m + 1);
    if (same === 0) {
      stN[0] = 0;
      push(0, -1, 0);
    }
    for (let k = Math.max(0, same - LM_MAX_WORD + 1); k < same; k++) extend(cps, from, m, k, same);
    for (let k = same; k < m; k++) extend(cps, from, m, k, k);
    for (let k = same; k < m; k++) prevIn[k] = cps[from + k] as number;
    prevM = m;
    let best = -Infinity;
    const P = stP[m] as Float64Array;
    for (let t = 0; t < (stN[m] as number); t++) if ((P[t] as number) > best) best = P[t] as number;
    return best;
  };

  // A word's id: the word at the end of its path in the trie, for the words the trie holds (1 to
  // LM_MAX_WORD code points); the others (the boundary marker, longer words) by a Map made on
  // first need from the vocabulary's text.
  let others: Map<string, number> | null = null;
  const id = (w: string): number => {
    let node = 0;
    let e = -1;
    let len = 0;
    for (let k = 0; k < w.length; k++) {
      const cp = w.codePointAt(k) as number;
      if (cp > 0xffff) k++;
      e = edgeOf(node, cp);
      if (e < 0) break;
      node = edges[e + 2] as number;
      len++;
    }
    if (e >= 0 && len <= LM_MAX_WORD && (edges[e + 3] as number) >= 0) return edges[e + 3] as number;
    if (len <= LM_MAX_WORD && w !== '<s>' && w !== '') return -1;
    if (others === null) {
      const m = new Map<string, number>();
      vocabulary().forEach((x, i) => {
        if (!m.has(x)) m.set(x, i);
      });
      others = m;
    }
    return others.get(w) ?? -1;
  };

  return Object.freeze({
    size: V,
    bigrams: big.length,
    id,
    trie,
    logP,
    score,
  });
}
