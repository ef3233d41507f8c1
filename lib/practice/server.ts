import 'server-only';
/**
 * The generator's dependencies on the server: jieba and pinyin-pro (lib/content/annotate), the
 * substitution lexicon's pairs (content/lexicon, read with lib/lexicon) and the engine's verdict.
 */
import path from 'node:path';
import { createAnnotator, type Annotator } from '@/lib/content/annotate';
import { getArticles } from '@/lib/content/articles';
import { segmentationWords } from '@/lib/content/view';
import { compileLexicon } from '@/lib/engine';
import { loadEngine, readLexicon } from '@/lib/lexicon';
import { distractorIndex, type DistractorIndex } from './distractors';
import { articleExercises, type GeneratorDeps } from './generate';
import type { Exercise } from './types';

let index: DistractorIndex | undefined;
/** The lexicon's pairs as a distractor index (read once per process). */
function lexiconIndex(): DistractorIndex {
  if (index) return index;
  const lex = readLexicon(path.join(process.cwd(), 'content', 'lexicon'));
  const { entries } = compileLexicon(lex.files);
  return (index = distractorIndex(entries));
}

let annotator: Annotator | undefined;
const getAnnotator = () => (annotator ??= createAnnotator(segmentationWords(getArticles())));

export function generatorDeps(): GeneratorDeps {
  const a = getAnnotator();
  const engine = loadEngine();
  return {
    words: (text) => a.words(text, 0, text).map((w) => (w.py ? { s: w.s, py: w.py } : { s: w.s })),
    pinyin: (text, start, end) =>
      a
        .words(text, start, text.slice(start, end))
        .map((w) => w.py)
        .filter(Boolean)
        .join(' '),
    index: lexiconIndex(),
    flagged: (text, start, end) => engine.detect(text).some((f) => f.start < end && f.end > start),
  };
}

const pools = new Map<string, Exercise[]>();

/** Every exercise of a published article, for one UI language (links point into it). */
export function articlePractice(slug: string, locale: string): Exercise[] | undefined {
  const key = `${slug}:${locale}`;
  const hit = pools.get(key);
  if (hit) return hit;
  const article = getArticles().find((a) => a.slug === slug);
  if (!article) return undefined;
  const pool = articleExercises(
    { slug, locale, source: article.source, sentences: article.sentences, corrections: article.corrections },
    generatorDeps(),
  );
  pools.set(key, pool);
  return pool;
}
