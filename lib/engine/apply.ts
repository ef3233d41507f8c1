/** Apply findings to a text and undo them exactly. Pure; never throws. */
import type { Finding } from './types';

export interface AppliedEdit {
  /** Offsets of the replacement in the corrected text. */
  start: number;
  end: number;
  /** What stood there in the text as given. */
  original: string;
  replacement: string;
}

export interface Applied {
  text: string;
  edits: AppliedEdit[];
}

type Replaceable = Pick<Finding, 'start' | 'end' | 'text' | 'replacement'>;

/**
 * Apply the findings that still match `text` (offsets in range, `finding.text` equal to the
 * span) in order of position; a finding overlapping one already applied is skipped.
 */
export function applyFindings(text: string, findings: readonly Replaceable[]): Applied {
  const usable = findings
    .filter(
      (f) =>
        Number.isInteger(f.start) &&
        Number.isInteger(f.end) &&
        f.start >= 0 &&
        f.end <= text.length &&
        f.start <= f.end &&
        typeof f.replacement === 'string' &&
        text.slice(f.start, f.end) === f.text,
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  const edits: AppliedEdit[] = [];
  for (const f of usable) {
    if (f.start < at) continue;
    out += text.slice(at, f.start);
    edits.push({
      start: out.length,
      end: out.length + f.replacement.length,
      original: f.text,
      replacement: f.replacement,
    });
    out += f.replacement;
    at = f.end;
  }
  out += text.slice(at);
  return { text: out, edits };
}

/** Restore the text as given from an applied result: undo(applyFindings(x, f)) === x. */
export function undo(applied: Applied, only?: (edit: AppliedEdit, index: number) => boolean): string {
  let out = '';
  let at = 0;
  applied.edits.forEach((e, k) => {
    out += applied.text.slice(at, e.start);
    out += only === undefined || only(e, k) ? e.original : applied.text.slice(e.start, e.end);
    at = e.end;
  });
  return out + applied.text.slice(at);
}
