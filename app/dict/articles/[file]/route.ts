import { getArticles, getArticleView } from '@/lib/content/articles';
import { articleWords } from '@/lib/content/words';
import { loadDictionary } from '@/lib/dictionary/load';
import { buildSubset } from '@/lib/dictionary/lookup';

/**
 * /dict/articles/<slug>.json: the dictionary entries an article's popups need (its words, both
 * sides of its corrections, curated entries first), written once at build time. The popup island
 * fetches it the first time a popup opens; the whole dictionary never reaches an article page.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ file: `${a.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const view = getArticleView(file.replace(/\.json$/, ''));
  if (!view || !file.endsWith('.json')) return new Response('Not found', { status: 404 });
  return Response.json(buildSubset(loadDictionary().dict, articleWords(view)));
}
