import type { Metadata } from 'next';
import { htmlLang, localeFacts, routing, type Locale } from '@/i18n/routing';

/** The public origin, for canonical links, Open Graph and the sitemap. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/**
 * Per-page metadata shared by every route: canonical URL, hreflang alternates, Open Graph and
 * Twitter card. `path` is the route without the locale ('' for home, '/articles/x').
 */
export function pageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    routing.locales.map((l) => [htmlLang[l], `/${l}${path}`]),
  );
  languages['x-default'] = `/${routing.defaultLocale}${path}`;
  return {
    title,
    description,
    alternates: { canonical: `/${locale}${path}`, languages },
    openGraph: {
      type: path.startsWith('/articles/') ? 'article' : 'website',
      title,
      description,
      url: `/${locale}${path}`,
      siteName: localeFacts[locale].siteName,
      locale: localeFacts[locale].openGraph,
    },
    twitter: { card: 'summary', title, description },
  };
}
