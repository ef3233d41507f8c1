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

/** What the site needs to know about each UI language besides its messages (messages/<locale>.json). */
export interface LocaleFacts {
  /** BCP 47 tag for `lang` attributes and hreflang: the Chinese UI is written in Simplified characters. */
  lang: string;
  /** Open Graph's `og:locale` (language_TERRITORY). */
  openGraph: string;
  /** The site's name as this language writes it (Open Graph's site name). */
  siteName: string;
  /** The language's name in itself, for the language switcher. */
  name: string;
}

export const localeFacts: Record<Locale, LocaleFacts> = {
  en: { lang: 'en', openGraph: 'en_US', siteName: 'Unspun 正本', name: 'English' },
  zh: { lang: 'zh-Hans', openGraph: 'zh_CN', siteName: '正本 Unspun', name: '中文' },
};

/** BCP 47 tag for <html lang> and every other `lang` in a locale's UI language. */
export const htmlLang = Object.fromEntries(routing.locales.map((l) => [l, localeFacts[l].lang])) as Record<
  Locale,
  string
>;

/**
 * A text written in some UI languages (English always): the one in `locale`'s language where it
 * exists, else the English, with the `lang` tag of what is shown.
 */
export function inLocale(
  text: { en: string } & Partial<Record<Locale, string>>,
  locale: string,
): { text: string; lang: string } {
  const own = isLocale(locale) ? text[locale] : undefined;
  return own ? { text: own, lang: htmlLang[locale as Locale] } : { text: text.en, lang: htmlLang.en };
}

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
