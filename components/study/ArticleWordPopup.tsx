import { getLocale, getTranslations } from 'next-intl/server';
import { articleDictUrl } from '@/lib/dictionary/client';
import { DictionaryCredit } from './DictionaryCredit';
import { WordPopup, type PopupLabels } from './WordPopup';

/** UI strings for the word popup island, translated on the server and passed as props. */
export async function popupLabels(): Promise<PopupLabels> {
  const t = await getTranslations('Popup');
  const keys = [
    'add',
    'added',
    'close',
    'curated',
    'failed',
    'inContext',
    'inWord',
    'keyTerm',
    'listen',
    'listenSentence',
    'loading',
    'measureWords',
    'noEntry',
    'original',
    'parts',
    'quota',
    'recovered',
    'retry',
    'review',
    'simplified',
    'spun',
    'tones',
    'traditional',
    'unavailable',
    'why',
  ] as const;
  const out = Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<
    PopupLabels,
    'addWord' | 'title' | 'correctedHere'
  >;
  return {
    ...out,
    addWord: t.raw('addWord') as string,
    title: t.raw('title') as string,
    correctedHere: t.raw('correctedHere') as string,
  };
}

/** The word popup for an article's reader: its own dictionary subset, its term list. */
export async function ArticleWordPopup({ rootId, slug }: { rootId: string; slug: string }) {
  const locale = await getLocale();
  return (
    <WordPopup
      rootId={rootId}
      dictUrl={articleDictUrl(slug)}
      termsHref={`/${locale}/articles/${slug}/terms`}
      wordsHref={`/${locale}/words`}
      labels={await popupLabels()}
      credit={<DictionaryCredit short />}
    />
  );
}
