/**
 * Pure helpers for the check page: limits, splitting a long text into request-sized chunks at
 * natural boundaries, and reading a user's file safely. No React, no DOM.
 */
import { isHan, isHighSurrogate, isLowSurrogate } from '@/lib/engine/text';

/** The check page refuses longer input (UTF-16 code units; about 2 MB of Chinese text as UTF-8 ×3). */
export const MAX_CHARS = 2_000_000;
/** One request to the engine carries at most this many characters to check. */
export const CHUNK_CHARS = 40_000;
/**
 * Text on either side of a chunk sent with it as context (UTF-16 units): at least the CLI's
 * overlap (the engine's evidence radius and the longest form), so a chunk's findings are
 * exactly those of the whole text there (tests/check/chunks.test.ts checks the bound).
 */
export const CONTEXT_CHARS = 2_400;

/** The text sent for `chunk` of `text`: the chunk with up to CONTEXT_CHARS on either side. */
export function withContext(text: string, chunk: Chunk): { body: string; from: number; to: number } {
  let start = Math.max(0, chunk.at - CONTEXT_CHARS);
  let end = Math.min(text.length, chunk.at + chunk.text.length + CONTEXT_CHARS);
  // Never half a surrogate pair at either end.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  return { body: text.slice(start, end), from: chunk.at - start, to: chunk.at - start + chunk.text.length };
}
/** The id of the check tool's root element, where the word popup listens for words. */
export const CHECK_ROOT_ID = 'check-tool';
/** A file larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface Chunk {
  /** Offset of the chunk in the whole text. */
  at: number;
  text: string;
}

/**
 * Split `text` into chunks of at most `size` code units, cutting after a line break where one
 * exists, else after sentence punctuation, else after any character that is not Han (a comma, a
 * space, a digit), else anywhere that does not split a surrogate pair. The engine's forms are
 * Han only, so only that last resort (a quarter of a chunk of Han characters and nothing else)
 * can cut through a finding. Concatenating the chunks gives back `text` exactly.
 */
export function splitIntoChunks(text: string, size = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const window = text.slice(at, end);
      const nl = window.lastIndexOf('\n');
      const stop = Math.max(
        window.lastIndexOf('。'),
        window.lastIndexOf('！'),
        window.lastIndexOf('？'),
        window.lastIndexOf('.'),
      );
      if (nl > size / 4) end = at + nl + 1;
      else if (stop > size / 4) end = at + stop + 1;
      else {
        const other = lastNotHan(window, size / 4);
        if (other >= 0) end = at + other + 1;
      }
      if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      if (end <= at) end = Math.min(text.length, at + size);
    }
    chunks.push({ at, text: text.slice(at, end) });
    at = end;
  }
  return chunks;
}

/** Index in `s` of the last code point that is not Han and stands after `min`, or -1. */
function lastNotHan(s: string, min: number): number {
  for (let k = s.length - 1; k > min; k--) {
    const c = s.charCodeAt(k);
    if (isLowSurrogate(c) && k > 0 && isHighSurrogate(s.charCodeAt(k - 1))) {
      if (!isHan(s.codePointAt(k - 1) as number)) return k;
      k--;
    } else if (!isHan(c) && !isHighSurrogate(c)) return k;
  }
  return -1;
}

export type FileProblem = 'empty' | 'too-large' | 'binary' | 'not-utf8';

/** Decode a user's file as UTF-8 text, or say why it cannot be used. */
export function decodeTextFile(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if (bytes.length === 0) return { problem: 'empty' };
  if (bytes.length > MAX_FILE_BYTES) return { problem: 'too-large' };
  if (bytes.includes(0)) return { problem: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) return { problem: 'empty' };
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not-utf8' };
  }
}
