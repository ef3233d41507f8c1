import { NextResponse } from 'next/server';
import { CHUNK_CHARS, CONTEXT_CHARS } from '@/lib/check/chunks';
import { chunkWords } from '@/lib/check/words';
import { createAnnotator, type Annotator } from '@/lib/content/annotate';
import { getArticles } from '@/lib/content/articles';
import { segmentationWords } from '@/lib/content/view';
import { loadEngine } from '@/lib/lexicon';

/**
 * POST /api/despin — body: UTF-8 text sent as `Content-Type: text/plain` (one chunk of the check
 * page's input, 1 to CHUNK_CHARS characters); `?all=1` adds weaker hints. `?from=A&to=B` checks
 * only body[A, B) and reads the rest (at most CONTEXT_CHARS on either side) as its context, so a
 * chunk of a long text gets the findings the whole text has there. Answers { findings, words }:
 * findings with offsets into the checked text, and its words with pinyin and Traditional forms
 * (lib/check/words.ts) for the page's study aids. Errors are { error } with 400 (empty text, not
 * UTF-8, bad from/to), 405 (another method; `Allow: POST`), 413 (too long) or 415 (not
 * text/plain). Nothing is stored or logged. Documented in the README.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The longest body: a chunk with its context on both sides. */
const MAX_UNITS = CHUNK_CHARS + 2 * CONTEXT_CHARS;
const MAX_BYTES = MAX_UNITS * 4;
const TOO_LONG = `at most ${CHUNK_CHARS} characters per request (and ${CONTEXT_CHARS} of context on either side)`;

/** `?from=A&to=B`: the stretch of the body to check (the whole body without them), or an error. */
function stretch(params: URLSearchParams, length: number): { from: number; to: number } | string {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { from: 0, to: length };
  const a = Number(from);
  const b = Number(to);
  if (from === null || to === null || !/^\d+$/.test(from) || !/^\d+$/.test(to) || a >= b || b > length)
    return `from and to must be whole numbers with 0 ≤ from < to ≤ ${length} (the text's length)`;
  if (a > CONTEXT_CHARS || length - b > CONTEXT_CHARS)
    return `at most ${CONTEXT_CHARS} characters of context on either side`;
  return { from: a, to: b };
}

let annotator: Annotator | undefined;
/**
 * One segmenter for the process (loading jieba's dictionary takes a moment), steered by the
 * site's curated names and terms as on articles.
 */
function getAnnotator(): Annotator {
  return (annotator ??= createAnnotator(segmentationWords(getArticles())));
}

function problem(status: number, error: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** `text/plain`, with no charset or UTF-8: the body is read as UTF-8 text, nothing else. */
function isPlainUtf8Text(contentType: string | null): boolean {
  const [type, ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'text/plain') return false;
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

export async function POST(request: Request) {
  if (!isPlainUtf8Text(request.headers.get('content-type')))
    return problem(415, 'send the text as text/plain (UTF-8)', { accept: 'text/plain; charset=utf-8' });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) return problem(413, TOO_LONG);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_BYTES) return problem(413, TOO_LONG);
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(400, 'the text is not valid UTF-8');
  }
  if (body.length === 0) return problem(400, 'the text is empty');
  const params = new URL(request.url).searchParams;
  const part = stretch(params, body.length);
  if (typeof part === 'string') return problem(400, part);
  if (part.to - part.from > CHUNK_CHARS || body.length > MAX_UNITS) return problem(413, TOO_LONG);
  const text = body.slice(part.from, part.to);
  // Findings that start in the stretch and end by its end, at offsets into it (the context on
  // either side is read, not searched: the neighbouring parts search it).
  const findings = loadEngine()
    .detect(body, { all: params.get('all') === '1', range: { start: part.from, end: part.to } })
    .filter((f) => f.end <= part.to)
    .map((f) => ({ ...f, start: f.start - part.from, end: f.end - part.from }));
  const words = chunkWords(getAnnotator(), text, findings);
  return NextResponse.json({ findings, words }, { headers: { 'cache-control': 'no-store' } });
}

/** Any other method: 405 with the one that works (Next.js answers HEAD with GET, OPTIONS itself). */
function methodNotAllowed() {
  return problem(405, 'use POST with the text as the body', { allow: 'POST' });
}
export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
