import { defineRouting } from 'next-intl/routing';

/** The one list of locales. */
export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
});

export type Locale = (typeof routing.locales)[number];

/** BCP 47 tag for <html lang>: the Chinese UI is written in Simplified characters. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };
