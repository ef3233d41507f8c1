/**
 * A prerendered page that must carry a fresh CSP nonce on every response, served without
 * compressing the whole page per request.
 *
 * The page is split after each `<script` (and script preload) tag name. Every piece of markup is deflated once, ending on a
 * byte boundary with a sync flush (RFC 1951 allows a stream of independently compressed blocks);
 * a response is then the gzip header, the pieces, a stored (uncompressed) block carrying
 * ` nonce="…"` between them, and the gzip trailer (CRC-32 of the whole page and its length).
 * Per request that is a few memcpy and one CRC over the page, not a compression.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface NoncePage {
  /** The page's bytes split at each point where ` nonce="…"` goes. */
  readonly parts: readonly Buffer[];
  /** Each part deflated on its own, non-final, ending on a byte boundary. */
  readonly deflated: readonly Buffer[];
}

/**
 * Where a nonce goes: every script, and every preload of a script (Chromium checks a preload
 * against script-src, and 'strict-dynamic' ignores 'self').
 */
const NONCE_TAG = /<script\b|<link\b(?=[^>]*\bas="script")|<link\b(?=[^>]*\brel="modulepreload")/g;

export function prepareNoncePage(html: string): NoncePage {
  const parts: Buffer[] = [];
  let from = 0;
  for (const m of html.matchAll(NONCE_TAG)) {
    const at = m.index + m[0].length;
    parts.push(Buffer.from(html.slice(from, at), 'utf8'));
    from = at;
  }
  parts.push(Buffer.from(html.slice(from), 'utf8'));
  const deflated = parts.map((p) => deflateRawSync(p, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  return { parts, deflated };
}

/** Nonces are base64 (A–Z a–z 0–9 + / =): nothing in them can leave the attribute. */
export function nonceAttribute(nonce: string): Buffer {
  if (!/^[A-Za-z0-9+/=]{16,128}$/.test(nonce)) throw new Error('a nonce must be 16–128 base64 characters');
  return Buffer.from(` nonce="${nonce}"`, 'latin1');
}

/** The page with the nonce on every script, uncompressed. */
export function renderNoncePage(page: NoncePage, nonce: string): Buffer {
  const attr = nonceAttribute(nonce);
  const chunks: Buffer[] = [];
  page.parts.forEach((p, i) => {
    if (i > 0) chunks.push(attr);
    chunks.push(p);
  });
  return Buffer.concat(chunks);
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The last, empty block of a deflate stream (BFINAL=1, fixed Huffman, end-of-block). */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

function storedBlock(data: Buffer): Buffer {
  // BFINAL=0, BTYPE=00; we are byte-aligned after each sync flush, so the header is one byte.
  const head = Buffer.alloc(5);
  head[0] = 0;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/** The page with the nonce on every script, as a gzip member. */
export function gzipNoncePage(page: NoncePage, nonce: string): Buffer {
  const attr = nonceAttribute(nonce);
  const stored = storedBlock(attr);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  page.deflated.forEach((d, i) => {
    if (i > 0) {
      chunks.push(stored);
      crc = crc32(attr, crc);
      size += attr.length;
    }
    chunks.push(d);
    crc = crc32(page.parts[i]!, crc);
    size += page.parts[i]!.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(FINAL_BLOCK, trailer);
  return Buffer.concat(chunks);
}
