import { NextResponse } from 'next/server';
import { CHUNK_CHARS } from '@/lib/check/chunks';
import { chunkWords } from '@/lib/check/words';
import { createAnnotator, type Annotator } from '@/lib/content/annotate';
import { getArticles } from '@/lib/content/articles';
import { segmentationWords } from '@/lib/content/view';
import { loadEngine } from '@/lib/lexicon';

/**
 * POST /api/despin — body: UTF-8 text (one chunk of the check page's input, at most CHUNK_CHARS
 * characters); `?all=1` adds weaker hints. Answers { findings, words }: findings with offsets into
 * that text, and its words with pinyin and Traditional forms (lib/check/words.ts) for the page's
 * study aids. Nothing is stored or logged.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_BYTES = CHUNK_CHARS * 4;

let annotator: Annotator | undefined;
/**
 * One segmenter for the process (loading jieba's dictionary takes a moment), steered by the
 * site's curated names and terms as on articles.
 */
function getAnnotator(): Annotator {
  return (annotator ??= createAnnotator(segmentationWords(getArticles())));
}

function problem(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { 'cache-control': 'no-store' } });
}

export async function POST(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) return problem(413, `at most ${CHUNK_CHARS} characters per request`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_BYTES) return problem(413, `at most ${CHUNK_CHARS} characters per request`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(400, 'the text is not valid UTF-8');
  }
  if (text.length > CHUNK_CHARS) return problem(413, `at most ${CHUNK_CHARS} characters per request`);
  const all = new URL(request.url).searchParams.get('all') === '1';
  const findings = loadEngine().detect(text, { all });
  const words = chunkWords(getAnnotator(), text, findings);
  return NextResponse.json({ findings, words }, { headers: { 'cache-control': 'no-store' } });
}
