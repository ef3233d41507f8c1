import { getTranslations } from 'next-intl/server';

export const CEDICT_URL = 'https://cc-cedict.org/wiki/';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The CC-CEDICT credit (CC BY-SA 4.0 asks for the source, the licence and whether it was changed). */
export async function DictionaryCredit({ short = false }: { short?: boolean }) {
  const t = await getTranslations('Dictionary');
  return t.rich(short ? 'creditShort' : 'credit', {
    source: (chunks) => (
      <a href={CEDICT_URL} hrefLang="en">
        {chunks}
      </a>
    ),
    license: (chunks) => (
      <a href={LICENSE_URL} rel="license">
        {chunks}
      </a>
    ),
  });
}
