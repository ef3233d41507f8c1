import 'server-only';
import { cache } from 'react';
import { loadAllArticles } from './load-core';
import { buildArticleView, type ArticleView } from './view';

/** The data module the pages call: validated articles, reshaped for rendering. */

export const getArticles = cache(() => loadAllArticles().filter((a) => a.meta.published));

export const getArticleView = cache((slug: string): ArticleView | undefined => {
  const article = getArticles().find((a) => a.slug === slug);
  return article && buildArticleView(article);
});
