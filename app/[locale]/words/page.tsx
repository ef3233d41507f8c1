import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/site/ClientMessages';
import { MyWords } from '@/components/study/MyWords';
import type { Locale } from '@/i18n/routing';
import { getArticles } from '@/lib/content/articles';
import { pageMetadata } from '@/lib/site';

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Words' });
  return pageMetadata(locale, '/words', t('title'), t('metaDescription'));
}

/** "My words": the learner's saved words live in their browser, so the page is a static shell around one island. */
export default async function WordsPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Words');
  const practiceLink = (await getTranslations('Practice'))('wordsLink');
  return (
    <div className="words-page">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <noscript>
        <p className="notice">{t('noscript')}</p>
      </noscript>
      <ClientMessages namespaces={['Words', 'Popup']}>
        <MyWords />
      </ClientMessages>
      {getArticles().map((a) => (
        <p key={a.slug} className="intro">
          <a href={`/${locale}/articles/${a.slug}/practice`}>{practiceLink}</a> ({a.meta.title[locale]})
        </p>
      ))}
    </div>
  );
}
