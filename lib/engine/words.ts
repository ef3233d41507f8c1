/**
 * A unigram word model (jieba-style): a compact open-addressing hash of words (as code-point
 * sequences) to costs, cost = ln(total / frequency), and the best-segmentation cost of a
 * window of code points under that model.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function mix(h: number, cp: number): number {
  return Math.imul(h ^ cp, FNV_PRIME);
}

/** Longest word the model considers (longer dictionary entries are skipped). */
export const MAX_WORD_LEN = 8;

export interface WordModel {
  readonly size: number;
  readonly lnTotal: number;
  /** Cost of a Han character that is not a word of its own (frequency 1). */
  readonly unknownCost: number;
  /** Cost of buf[start .. start+len) as one word, or -1. */
  cost(buf: Int32Array, start: number, len: number): number;
  /**
   * Does some dictionary word cover all of buf[at .. at+len) and at least one neighbour,
   * reaching at most `left` code points before and `right` after?
   */
  fuses(buf: Int32Array, at: number, len: number, left: number, right: number): boolean;
  /** Might buf[start .. start+len) begin a longer word? (No false negatives.) */
  isPrefix(buf: Int32Array, start: number, len: number): boolean;
  /** Frequency of a word given as a string (0 when absent). */
  freq(word: string): number;
  /**
   * Best segmentation cost of buf[0 .. m). When `back` is given, back[k] receives the start of
   * the last word ending at k on the best path (k = 1..m). The model remembers the arrays of its
   * last call and resumes after the prefix that `buf` shares with that call's input: do not write
   * into `best` or `back` between calls (use fresh arrays if you must).
   */
  segment(buf: Int32Array, m: number, best: Float64Array, back: Int32Array | null): number;
}

export interface WordSource {
  total: number;
  groups: ReadonlyArray<readonly [number, string]>;
}

/** Quantise a frequency to the scale used in EngineData (q = round(4 ln f)). */
export function quantiseFreq(freq: number): number {
  return Math.max(0, Math.round(4 * Math.log(Math.max(1, freq))));
}

/**
 * What a word model is made of, as typed arrays: what createWordModel builds from a word list,
 * and what wordModelFromTables turns back into a model without building anything (a cache of
 * these arrays saves most of the engine's start-up; lib/lexicon keeps one).
 */
export interface WordTables {
  size: number;
  lnTotal: number;
  /** Code points of every word, one after another. */
  keys: Int32Array;
  /** Open-addressing table, STRIDE slots per entry: hash, length << 24 | start, cost (float bits), 0. */
  slots: Int32Array;
  /** Bloom filter of proper prefixes (a power of two of bits). */
  bloom: Uint32Array;
}

const STRIDE = 4;

/** The word model of a word list (the tables are built here). */
export function createWordModel(src: WordSource): WordModel {
  return wordModelFromTables(buildWordTables(src));
}

/** The bloom filter's two bit positions of hash h. */
const bloomA = (h: number, mask: number) => h & mask;
const bloomB = (h: number, mask: number) => (Math.imul(h, 0x9e3779b1) >>> 7) & mask;

export function buildWordTables(src: WordSource): WordTables {
  // Pass 1: count words and code points.
  let count = 0;
  let cpTotal = 0;
  // Words are separated by single spaces; count code points per word in one scan.
  const scan = (words: string, each: (from: number, to: number, l: number) => void) => {
    let from = 0;
    let l = 0;
    for (let k = 0; k <= words.length; k++) {
      const c = k < words.length ? words.charCodeAt(k) : 32;
      if (c === 32) {
        if (l > 0 && l <= MAX_WORD_LEN) each(from, k, l);
        from = k + 1;
        l = 0;
      } else if (c < 0xdc00 || c > 0xdfff) l++;
    }
  };
  for (const [, words] of src.groups) {
    scan(words, (_f, _t, l) => {
      count++;
      cpTotal += l;
    });
  }
  let cap = 1;
  while (cap < count * 2) cap <<= 1;
  const mask = cap - 1;
  const table = new Int32Array(cap);
  const keys = new Int32Array(cpTotal);
  const starts = new Int32Array(count + 1);
  const costs = new Float32Array(count);
  const hashes = new Int32Array(count);
  const lnTotal = Math.log(Math.max(2, src.total));
  // Bloom filter of proper prefixes: the segmenter stops extending a word as soon as the
  // characters so far begin no longer word.
  const bloomBits = Math.max(1 << 16, cap * 8);
  const bloom = new Uint32Array(bloomBits >>> 5);
  const bloomMask = bloomBits - 1;
  const bloomAdd = (h: number) => {
    const a = bloomA(h, bloomMask);
    const b = bloomB(h, bloomMask);
    bloom[a >>> 5] = (bloom[a >>> 5] as number) | (1 << (a & 31));
    bloom[b >>> 5] = (bloom[b >>> 5] as number) | (1 << (b & 31));
  };
  let wi = 0;
  let ki = 0;
  /** Index of the word whose code points are buf[start, start+len) with hash h, or -1. */
  const find = (h: number, buf: Int32Array, start: number, len: number): number => {
    let idx = h & mask;
    for (;;) {
      const slot = table[idx] as number;
      if (slot === 0) return -1;
      const w = slot - 1;
      if (hashes[w] === h && (starts[w + 1] as number) - (starts[w] as number) === len) {
        const st = starts[w] as number;
        let same = true;
        for (let t = 0; t < len; t++) {
          if (keys[st + t] !== buf[start + t]) {
            same = false;
            break;
          }
        }
        if (same) return w;
      }
      idx = (idx + 1) & mask;
    }
  };
  for (const [q, words] of src.groups) {
    const cost = lnTotal - q / 4;
    scan(words, (from, to, l) => {
      const k0 = ki;
      let h = FNV_OFFSET;
      for (let k = from; k < to; k++) {
        let cp = words.charCodeAt(k);
        if (cp >= 0xd800 && cp <= 0xdbff && k + 1 < to) {
          cp = ((cp - 0xd800) << 10) + (words.charCodeAt(k + 1) - 0xdc00) + 0x10000;
          k++;
        }
        if (ki > k0) bloomAdd(h); // the prefix before this character
        keys[ki++] = cp;
        h = mix(h, cp);
      }
      starts[wi + 1] = ki;
      starts[wi] = k0;
      const dup = find(h, keys, k0, l);
      if (dup >= 0) {
        // Keep the cheaper (more frequent) reading; drop the duplicate's key storage.
        if (cost < (costs[dup] as number)) costs[dup] = cost;
        ki = k0;
        return;
      }
      costs[wi] = cost;
      hashes[wi] = h;
      let idx = h & mask;
      while (table[idx] !== 0) idx = (idx + 1) & mask;
      table[idx] = wi + 1;
      wi++;
      starts[wi] = ki;
    });
  }
  // For lookups, each slot of the table holds what a probe needs side by side (hash, length and
  // start of the key, cost), so a lookup touches the slot and the key, not four arrays.
  if (ki >= 1 << 24) throw new Error('word model: too many code points for the lookup table');
  const slots = new Int32Array(cap * STRIDE);
  const slotCost = new Float32Array(slots.buffer);
  for (let idx = 0; idx < cap; idx++) {
    const w = (table[idx] as number) - 1;
    if (w < 0) continue;
    const st = starts[w] as number;
    slots[idx * STRIDE] = hashes[w] as number;
    slots[idx * STRIDE + 1] = (((starts[w + 1] as number) - st) << 24) | st; // length ≤ 8, start < 2^24
    slotCost[idx * STRIDE + 2] = costs[w] as number;
  }
  return { size: wi, lnTotal, keys: keys.slice(0, ki), slots, bloom };
}

/** The word model over tables built by buildWordTables (or read back from a copy of them). */
export function wordModelFromTables(tables: WordTables): WordModel {
  const { size, lnTotal, keys, slots, bloom } = tables;
  const cap = slots.length / STRIDE;
  if (cap < 1 || (cap & (cap - 1)) !== 0 || bloom.length < 1 || (bloom.length & (bloom.length - 1)) !== 0)
    throw new Error('word model: tables are not a power of two in size');
  // A lookup probes until it meets an empty slot: a table without one would never answer.
  let empty = false;
  for (let at = 1; at < slots.length && !empty; at += STRIDE) empty = slots[at] === 0;
  if (!empty) throw new Error('word model: the table has no empty slot');
  const mask = cap - 1;
  const bloomMask = bloom.length * 32 - 1;
  const slotCost = new Float32Array(slots.buffer, slots.byteOffset, slots.length);
  const unknownCost = lnTotal;
  const bloomHas = (h: number) => {
    const a = bloomA(h, bloomMask);
    const b = bloomB(h, bloomMask);
    return (
      ((bloom[a >>> 5] as number) & (1 << (a & 31))) !== 0 &&
      ((bloom[b >>> 5] as number) & (1 << (b & 31))) !== 0
    );
  };

  /** Cost of the word buf[start, start+len) with hash h, or -1 when it is not a word. */
  const costOf = (h: number, buf: Int32Array, start: number, len: number): number => {
    let idx = h & mask;
    for (;;) {
      const at = idx * STRIDE;
      const ls = slots[at + 1] as number;
      if (ls === 0) return -1;
      if (slots[at] === h && ls >>> 24 === len) {
        const st = ls & 0xffffff;
        let t = 0;
        while (t < len && keys[st + t] === buf[start + t]) t++;
        if (t === len) return slotCost[at + 2] as number;
      }
      idx = (idx + 1) & mask;
    }
  };

  const cost = (buf: Int32Array, start: number, len: number): number => {
    let h = FNV_OFFSET;
    for (let t = 0; t < len; t++) h = mix(h, buf[start + t] as number);
    return costOf(h, buf, start, len);
  };

  // The previous call's input and arrays: best[k] and back[k] depend only on buf[0 .. k), so a
  // call with the same arrays and a common prefix (the windows of one span's originals share
  // their left context) keeps them up to that prefix. Updates still come in the same order (by
  // start, then length), so ties resolve alike and the result is the same.
  let lastBest: Float64Array | null = null;
  let lastBack: Int32Array | null = null;
  let lastIn = new Int32Array(32);
  let lastM = 0;

  const segment = (buf: Int32Array, m: number, best: Float64Array, back: Int32Array | null): number => {
    let same = 0;
    if (best === lastBest && back === lastBack) {
      const lim = Math.min(m, lastM);
      while (same < lim && lastIn[same] === buf[same]) same++;
    }
    if (same === 0) best[0] = 0;
    for (let k = same + 1; k <= m; k++) best[k] = Infinity;
    for (let s = Math.max(0, same - MAX_WORD_LEN + 1); s < m; s++) {
      const base = best[s] as number;
      let h = FNV_OFFSET;
      const lim = Math.min(MAX_WORD_LEN, m - s);
      for (let len = 1; len <= lim; len++) {
        h = mix(h, buf[s + len - 1] as number);
        if (s + len > same) {
          const found = costOf(h, buf, s, len);
          const c = found >= 0 ? found : len === 1 ? unknownCost : -1;
          if (c >= 0) {
            const v = base + c;
            if (v < (best[s + len] as number)) {
              best[s + len] = v;
              if (back !== null) back[s + len] = s;
            }
          }
        }
        if (!bloomHas(h)) break;
      }
    }
    if (lastIn.length < m) lastIn = new Int32Array(Math.max(m, 2 * lastIn.length));
    lastIn.set(buf.subarray(0, m));
    lastM = m;
    lastBest = best;
    lastBack = back;
    return best[m] as number;
  };

  const freq = (word: string): number => {
    const cps = Int32Array.from(Array.from(word, (ch) => ch.codePointAt(0) as number));
    if (cps.length === 0 || cps.length > MAX_WORD_LEN) return 0;
    const c = cost(cps, 0, cps.length);
    return c < 0 ? 0 : Math.exp(lnTotal - c);
  };

  const fuses = (buf: Int32Array, at: number, len: number, left: number, right: number): boolean => {
    for (let x = 0; x <= left; x++) {
      const s = at - x;
      let h = FNV_OFFSET;
      let ok = true;
      for (let t = s; t < at + len; t++) {
        if (t > s && !bloomHas(h)) {
          ok = false;
          break;
        }
        h = mix(h, buf[t] as number);
      }
      if (!ok) continue;
      if (x > 0 && x + len <= MAX_WORD_LEN && costOf(h, buf, s, x + len) >= 0) return true;
      for (let y = 1; y <= right && x + len + y <= MAX_WORD_LEN; y++) {
        if (!bloomHas(h)) break;
        h = mix(h, buf[at + len + y - 1] as number);
        if (costOf(h, buf, s, x + len + y) >= 0) return true;
      }
    }
    return false;
  };

  const isPrefix = (buf: Int32Array, start: number, len: number): boolean => {
    let h = FNV_OFFSET;
    for (let t = 0; t < len; t++) h = mix(h, buf[start + t] as number);
    return bloomHas(h);
  };

  return { size, lnTotal, unknownCost, cost, freq, segment, isPrefix, fuses };
}
