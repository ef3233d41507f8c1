import { getLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/site/ClientMessages';
import { articleDictUrl } from '@/lib/dictionary/client';
import { DictionaryCredit } from './DictionaryCredit';
import { WordPopup } from './WordPopup';

/** The word popup for an article's reader: its own dictionary subset, its term list. */
export async function ArticleWordPopup({ rootId, slug }: { rootId: string; slug: string }) {
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={['Popup']}>
      <WordPopup
        rootId={rootId}
        dictUrl={articleDictUrl(slug)}
        termsHref={`/${locale}/articles/${slug}/terms`}
        wordsHref={`/${locale}/words`}
        credit={<DictionaryCredit short />}
      />
    </ClientMessages>
  );
}
