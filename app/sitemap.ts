import type { MetadataRoute } from 'next';
import { htmlLang, routing } from '@/i18n/routing';
import { getArticles } from '@/lib/content/articles';
import { SITE_URL } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['', ...getArticles().map((a) => `/articles/${a.slug}`)];
  return paths.flatMap((p) =>
    routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${p}`,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((l) => [htmlLang[l], `${SITE_URL}/${l}${p}`])),
      },
    })),
  );
}
