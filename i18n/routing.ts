import { defineRouting } from 'next-intl/routing';

/**
 * The locale cookie: next-intl's defaults, written out because the production server's fast path
 * (lib/serve) sets the same cookie on the pages it answers without the proxy.
 */
export const localeCookie = { name: 'NEXT_LOCALE', sameSite: 'lax' } as const;

/** The one list of locales. */
export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localeCookie,
});

export type Locale = (typeof routing.locales)[number];

/** BCP 47 tag for <html lang>: the Chinese UI is written in Simplified characters. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };
