import 'server-only';
import { cache } from 'react';
import { routing } from '@/i18n/routing';
import { loadAllArticles } from './load-core';
import { buildArticleView, type ArticleView } from './view';

/** The data module the pages call: validated articles, reshaped for rendering. */

export const getArticles = cache(() => loadAllArticles().filter((a) => a.meta.published));

export const getArticleView = cache((slug: string): ArticleView | undefined => {
  const article = getArticles().find((a) => a.slug === slug);
  return article && buildArticleView(article);
});

/** Every (locale, slug) pair, for the static params of the per-article routes. */
export function articleParams() {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}
