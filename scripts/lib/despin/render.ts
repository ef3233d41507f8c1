/**
 * A piece's findings written as JSON where they are found. With worker threads the main thread
 * only stitches the pieces' text together: it no longer receives every finding as an object
 * (a structured clone per finding) and writes it out itself, which on 2 cores took CPU from the
 * workers (~0.9 s of CPU on 8 MB of spun text).
 */
import type { Finding } from '../../../lib/engine';

/** How a piece's findings come back: as objects, or as `--json` / `--jsonl` text. */
export type RenderMode = 'objects' | 'json' | 'jsonl';

export interface Rendered {
  /** The findings written one after another, separated by `,\n` (json) or `,` (jsonl). */
  text: string;
  /** Where each finding's text begins in `text`; cuts[n] = text.length. */
  cuts: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** One finding as it stands in `JSON.stringify(findings, null, 2)`, without the separator. */
export function jsonArrayItem(f: Finding): string {
  // Inside a one-element array it comes out indented as in the whole array.
  const s = JSON.stringify([f], null, 2);
  return s.slice(2, s.length - 2);
}

export function renderFindings(findings: readonly Finding[], mode: 'json' | 'jsonl'): Rendered {
  const n = findings.length;
  const cuts = new Int32Array(n + 1);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sep = mode === 'json' ? ',\n' : ',';
  let text = '';
  for (let k = 0; k < n; k++) {
    const f = findings[k] as Finding;
    if (k > 0) text += sep;
    cuts[k] = text.length;
    text += mode === 'json' ? jsonArrayItem(f) : JSON.stringify(f);
    starts[k] = f.start;
    ends[k] = f.end;
  }
  cuts[n] = text.length;
  return { text, cuts, starts, ends };
}

export const isRendered = (r: unknown): r is Rendered =>
  typeof r === 'object' && r !== null && !Array.isArray(r) && 'cuts' in r;

/**
 * The part of a rendered piece that follows the findings already kept (see afterKept in
 * pieces.ts: a finding starting before `keptEnd` overlaps one kept from the piece before), and
 * the end of its last finding; null when nothing is left.
 */
export function keptPart(r: Rendered, keptEnd: number): { text: string; end: number } | null {
  const n = r.starts.length;
  let d = 0;
  if (n > 0 && (r.starts[0] as number) < keptEnd) while (d < n && (r.starts[d] as number) < keptEnd) d++;
  if (d === n) return null;
  return { text: d === 0 ? r.text : r.text.slice(r.cuts[d] as number), end: r.ends[n - 1] as number };
}

/** keptPart of a piece's findings, written as `mode` first when they came back as objects. */
export function keptJson(r: Finding[] | Rendered, keptEnd: number, mode: 'json' | 'jsonl') {
  return keptPart(isRendered(r) ? r : renderFindings(r, mode), keptEnd);
}
