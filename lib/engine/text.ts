/**
 * The matching view of a text: NFC-normalised code points (optionally mapped Traditional →
 * Simplified), each remembering where it came from in the original string, so that any span of
 * the view maps back to exact JavaScript offsets of the text as given.
 */

export interface TextView {
  /** Code points of the view. */
  cps: Int32Array;
  /** Original UTF-16 offset of the chunk that produced each view code point; length n + 1. */
  pos: Int32Array;
  /** 1 where a view code point starts an original chunk (spans must start and end there). */
  head: Uint8Array;
  n: number;
}

const REPLACEMENT = 0xfffd;

/** CJK ideographs (unified, extensions) — not compatibility ideographs, which NFC remaps. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    cp === 0x3007 ||
    (cp >= 0x20000 && cp <= 0x2ebef && !(cp >= 0x2f800 && cp <= 0x2fa1f)) ||
    (cp >= 0x30000 && cp <= 0x3134f)
  );
}

/** Code points that NFC leaves alone and that never combine with what follows. */
function isStable(cp: number): boolean {
  return (
    cp < 0x300 ||
    isHan(cp) ||
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0xff01 && cp <= 0xff5e) || // full-width forms
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
    (cp >= 0xac00 && cp <= 0xd7a3) // precomposed Hangul syllables
  );
}

/** Marks that may combine with (or reorder after) a preceding character. */
function mayCombine(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x483 && cp <= 0x489) ||
    (cp >= 0x591 && cp <= 0x5c7) ||
    (cp >= 0x610 && cp <= 0x61a) ||
    (cp >= 0x64b && cp <= 0x65f) ||
    (cp >= 0x900 && cp <= 0xdff) || // Indic vowel signs, nukta, virama
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul jamo compose
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    cp === 0x3099 ||
    cp === 0x309a ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1d165 && cp <= 0x1d1ad) ||
    (cp >= 0x110b9 && cp <= 0x110ba) ||
    (cp >= 0x11127 && cp <= 0x11134) ||
    (cp >= 0x1133e && cp <= 0x11357) ||
    (cp >= 0x114b0 && cp <= 0x115c0)
  );
}

/** UTF-16 surrogate halves (a cut between a high and the low after it would split a character). */
export const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Decode the code point at `i`; lone surrogates decode to U+FFFD. Returns [cp, width]. */
function readCp(text: string, i: number, len: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  if (c >= 0xd800 && c <= 0xdfff) return -REPLACEMENT; // negative marks a lone surrogate (width 1)
  return c;
}

/**
 * Build the view. `map` (Traditional → Simplified, by code point) is applied after NFC when
 * given. Every original chunk (a code point plus any marks that combine with it) is normalised
 * on its own, so offsets never drift.
 */
export function buildView(text: string, map: ReadonlyMap<number, number> | null): TextView {
  const len = text.length;
  let cps = new Int32Array(len + 1);
  let pos = new Int32Array(len + 2);
  let head = new Uint8Array(len + 1);
  let n = 0;
  const push = (cp: number, at: number, isHead: boolean) => {
    if (n >= cps.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      cps = grow(cps);
      pos = grow(pos);
      const h = new Uint8Array(head.length * 2);
      h.set(head);
      head = h;
    }
    const m = map !== null ? map.get(cp) : undefined;
    cps[n] = m === undefined ? cp : m;
    pos[n] = at;
    head[n] = isHead ? 1 : 0;
    n++;
  };
  let i = 0;
  while (i < len) {
    const raw = readCp(text, i, len);
    const cp = raw < 0 ? REPLACEMENT : raw;
    const w = raw >= 0x10000 ? 2 : 1;
    let j = i + w;
    // Extend the chunk over following marks that may combine with it.
    let next = j < len ? readCp(text, j, len) : -1;
    if (raw >= 0 && isStable(cp) && (next < 0 || !mayCombine(next))) {
      push(cp, i, true);
      i = j;
      continue;
    }
    while (next >= 0 && mayCombine(next)) {
      j += next >= 0x10000 ? 2 : 1;
      next = j < len ? readCp(text, j, len) : -1;
    }
    if (raw < 0) {
      // A lone surrogate cannot be normalised; it stands alone as U+FFFD.
      push(REPLACEMENT, i, true);
      i += 1;
      continue;
    }
    const chunk = text.slice(i, j);
    let norm: string;
    try {
      norm = chunk.normalize('NFC');
    } catch {
      norm = chunk;
    }
    let first = true;
    for (const ch of norm) {
      push(ch.codePointAt(0) ?? REPLACEMENT, i, first);
      first = false;
    }
    if (first) push(REPLACEMENT, i, true);
    i = j;
  }
  if (n + 1 > pos.length) {
    const b = new Int32Array(n + 1);
    b.set(pos.subarray(0, n));
    pos = b;
  }
  pos[n] = len;
  if (n >= head.length) {
    const h = new Uint8Array(n + 1);
    h.set(head.subarray(0, n));
    head = h;
  }
  head[n] = 1;
  return { cps, pos, head, n };
}

/** Code points of a string (lone surrogates become U+FFFD). */
export function toCps(s: string): Int32Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? REPLACEMENT;
    out.push(cp >= 0xd800 && cp <= 0xdfff ? REPLACEMENT : cp);
  }
  return Int32Array.from(out);
}

export function fromCps(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCodePoint(cps[i] as number);
  return s;
}
