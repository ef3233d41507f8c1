/**
 * Long texts go to the engine in pieces of bounded size. Each piece owns a stretch of the text
 * and carries `overlap` code units of context on either side, at least the longest lexicon form
 * plus the engine's scoring context, so a spun form at a cut is seen whole by the piece that owns
 * its start and is neither lost nor split. Findings are kept by the piece that owns their start,
 * and a finding overlapping one already kept is dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DetectOptions, Engine, Finding } from '../../../lib/engine';
import { EVIDENCE_RADIUS, ORIG_RADIUS } from '../../../lib/engine/candidates';
import { isHighSurrogate, isLowSurrogate } from '../../../lib/engine/text';

/**
 * UTF-16 code units owned by one piece. The findings do not depend on the size (the engine
 * measures every candidate with all of its context, wherever a cut falls); larger pieces repeat
 * less context. With its context on both sides a piece stays under the engine's own limit for
 * a line without breaks (65,536 code points), so the engine never has to cut it.
 */
export const PIECE_UNITS = 60_000;
/**
 * Context beyond the longest form, in UTF-16 units (at most two per code point): the radius within
 * which the passage lends evidence (an original standing as written, ORIG_RADIUS; other swaps,
 * EVIDENCE_RADIUS), plus the engine's scoring window and the word a correction fuses with.
 */
export const CONTEXT_UNITS = 2 * Math.max(ORIG_RADIUS, EVIDENCE_RADIUS) + 256;

export interface Piece {
  /** The piece with its context: `whole.slice(base, base + text.length)`. */
  text: string;
  /** Offset of `text` in the whole text. */
  base: number;
  /** The owned stretch, relative to `text`: findings starting in [own, ownEnd) are kept. */
  own: number;
  ownEnd: number;
}

/** `i`, moved back one when it would fall inside a surrogate pair. */
function pairSafe(text: string, i: number): number {
  return i > 0 &&
    i < text.length &&
    isHighSurrogate(text.charCodeAt(i - 1)) &&
    isLowSurrogate(text.charCodeAt(i))
    ? i - 1
    : i;
}

/** Cut `text` into pieces owning `size` code units each, with `overlap` code units of context. */
export function* piecesOf(text: string, overlap: number, size = PIECE_UNITS): Generator<Piece> {
  const n = text.length;
  if (n <= size) {
    yield { text, base: 0, own: 0, ownEnd: n };
    return;
  }
  for (let s = 0; s < n;) {
    const e = pairSafe(text, Math.min(n, s + Math.max(2, size)));
    const from = pairSafe(text, Math.max(0, s - overlap));
    const to = pairSafe(text, Math.min(n, e + overlap));
    yield { text: text.slice(from, to), base: from, own: s - from, ownEnd: e - from };
    s = e;
  }
}

/**
 * The piece's findings: those starting in its owned stretch, at offsets into the whole text. The
 * engine searches only that stretch (and what its findings need around it): the context on
 * either side is read, not searched again by every piece that carries it.
 */
export function detectPiece(engine: Engine, piece: Piece, opts: DetectOptions): Finding[] {
  const found = engine.detect(piece.text, { ...opts, range: { start: piece.own, end: piece.ownEnd } });
  for (const f of found) {
    f.start += piece.base;
    f.end += piece.base;
  }
  return found;
}

/** Findings of the next piece, without those overlapping a finding already kept (ending at `keptEnd`). */
export function afterKept(findings: Finding[], keptEnd: number): Finding[] {
  return findings[0] === undefined || findings[0].start >= keptEnd
    ? findings
    : findings.filter((f) => f.start >= keptEnd);
}

/** Every finding of a text of any length, piece by piece (what the CLI does, in one thread). */
export function detectLong(
  engine: Engine,
  text: string,
  opts: DetectOptions,
  overlap: number,
  size = PIECE_UNITS,
): Finding[] {
  const out: Finding[] = [];
  let keptEnd = 0;
  for (const piece of piecesOf(text, overlap, size)) {
    for (const f of afterKept(detectPiece(engine, piece, opts), keptEnd)) {
      out.push(f);
      keptEnd = f.end;
    }
  }
  return out;
}

let longest: number | null = null;

/**
 * Length (code points) of the longest form in the lexicon under `root`, spun or original. Read
 * only when a text needs cutting, and apart from the engine (which may live in worker threads):
 * straight from the pair files, without validating them again (the engine does, and fails to
 * load with its own message). Tested equal to the compiled lexicon's longest form.
 */
export async function longestForm(root = process.cwd()): Promise<number> {
  if (longest !== null) return longest;
  let max = 0;
  try {
    const dir = path.join(root, 'content', 'lexicon', 'pairs');
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const file = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { entries?: unknown };
      if (!Array.isArray(file.entries)) continue;
      for (const e of file.entries as Array<{ spun?: unknown; orig?: unknown }>)
        for (const form of [e.spun, e.orig])
          if (typeof form === 'string') max = Math.max(max, [...form].length);
    }
  } catch {
    max = 0;
  }
  // An unreadable lexicon makes the engine fail to load with its own message; guess generously here.
  longest = max > 0 ? max : 32;
  return longest;
}

/** Context each piece carries on either side: the longest form in UTF-16 units (at most two per code point) and more. */
export async function overlapUnits(root?: string): Promise<number> {
  return 2 * (await longestForm(root)) + CONTEXT_UNITS;
}
