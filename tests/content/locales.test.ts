import { describe, expect, it } from 'vitest';
import { htmlLang, inLocale, isLocale, routing } from '@/i18n/routing';

describe('per-locale facts come from the routing list', () => {
  it('gives every locale an html lang', () => {
    for (const l of routing.locales) expect(htmlLang[l]).toMatch(/^[a-z]{2}(-[A-Za-z]+)*$/);
    expect(htmlLang.zh).toBe('zh-Hans');
  });

  it("picks a bilingual text in the UI language, else the English, with the shown text's lang", () => {
    expect(inLocale({ en: 'science', zh: '科学' }, 'zh')).toEqual({ text: '科学', lang: 'zh-Hans' });
    expect(inLocale({ en: 'science', zh: '科学' }, 'en')).toEqual({ text: 'science', lang: 'en' });
    expect(inLocale({ en: 'science' }, 'zh')).toEqual({ text: 'science', lang: 'en' });
    expect(inLocale({ en: 'science', zh: '' }, 'zh')).toEqual({ text: 'science', lang: 'en' });
    expect(inLocale({ en: 'science' }, 'fr')).toEqual({ text: 'science', lang: 'en' });
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('zh-Hant')).toBe(false);
  });
});
