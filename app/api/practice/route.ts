import { getTranslations } from 'next-intl/server';
import { NextResponse } from 'next/server';
import { routing, type Locale } from '@/i18n/routing';
import { CHUNK_CHARS } from '@/lib/check/chunks';
import { rulePair } from '@/lib/check/review';
import { CERTAIN_CONFIDENCE } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';
import { checkExercises } from '@/lib/practice/generate';
import { generatorDeps } from '@/lib/practice/server';

/**
 * POST /api/practice — body: UTF-8 text (the check page's text, at most CHUNK_CHARS characters).
 * Answers { exercises }: "spot the swap" exercises from the engine's certain findings in it, and
 * clean clauses from sentences where it found nothing (lib/practice/generate.ts). Nothing is stored.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };
const tooLong = () =>
  NextResponse.json({ error: `at most ${CHUNK_CHARS} characters` }, { status: 413, headers: noStore });

export async function POST(request: Request) {
  if (Number(request.headers.get('content-length') ?? 0) > CHUNK_CHARS * 4) return tooLong();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > CHUNK_CHARS * 4) return tooLong();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return NextResponse.json({ error: 'the text is not valid UTF-8' }, { status: 400, headers: noStore });
  }
  if (text.length > CHUNK_CHARS) return tooLong();
  // Every finding, hints included: a clean clause must come from a sentence with none at all.
  const findings = loadEngine().detect(text, { all: true });
  // Each explanation in every UI language, worded from the engine's evidence as the check page words it.
  const translators = await Promise.all(
    routing.locales.map(
      async (locale) => [locale, await getTranslations({ locale, namespace: 'Check' })] as const,
    ),
  );
  const exercises = checkExercises(text, findings, generatorDeps(), {
    certain: CERTAIN_CONFIDENCE,
    explain: (f) =>
      Object.fromEntries(
        translators.map(([locale, t]) => [locale, t(`evidence_${f.evidence}`, rulePair(f.rule))]),
      ) as Record<Locale, string>,
  });
  return NextResponse.json({ exercises }, { headers: noStore });
}
