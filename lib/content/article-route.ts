import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { getArticleView } from './articles';

/** The route parameters of every page under /[locale]/articles/[slug]. */
export type ArticleParams = Promise<{ locale: Locale; slug: string }>;

/**
 * `generateMetadata` for a page of an article: its path is /articles/<slug> + `suffix`, its title
 * and description the namespace's `metaTitle` and `metaDescription` about the article's title.
 */
export function articleMetadata(namespace: 'Article' | 'Terms' | 'Practice', suffix: '' | `/${string}`) {
  return async function generateMetadata({ params }: { params: ArticleParams }): Promise<Metadata> {
    const { locale, slug } = await params;
    const view = getArticleView(slug);
    if (!view) return {};
    const t = await getTranslations({ locale, namespace });
    const title = view.meta.title[locale];
    return pageMetadata(
      locale,
      `/articles/${slug}${suffix}`,
      t('metaTitle', { title }),
      t('metaDescription', { title }),
    );
  };
}
