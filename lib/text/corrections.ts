/** Pure helpers over spans that replace parts of a text. No I/O. */

export interface Span {
  start: number;
  end: number;
  to: string;
}

/** Apply non-overlapping spans (in any order) to `text`. */
export function applySpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    out += text.slice(at, s.start) + s.to;
    at = s.end;
  }
  return out + text.slice(at);
}
