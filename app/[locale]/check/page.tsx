import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckTool } from '@/components/check/CheckTool';
import { ClientMessages } from '@/components/site/ClientMessages';
import type { Locale } from '@/i18n/routing';
import { DictionaryCredit } from '@/components/study/DictionaryCredit';
import { WordPopup } from '@/components/study/WordPopup';
import { CHECK_ROOT_ID, CHUNK_CHARS, MAX_CHARS } from '@/lib/check/chunks';
import { pageMetadata } from '@/lib/site';

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata(locale, '/check', t('title'), t('metaDescription'));
}

/**
 * Prerendered like every page; the production server (scripts/serve.ts) still gives it a fresh
 * CSP nonce per response, because this is the page that takes user input.
 */
export default async function CheckPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Check');
  return (
    <div className="check-page">
      <h1>{t('title')}</h1>
      <p className="intro">
        {t('intro', { limit: MAX_CHARS.toLocaleString(locale), chunk: CHUNK_CHARS.toLocaleString(locale) })}
      </p>
      <ClientMessages namespaces={['Check', 'Corrections', 'Reader', 'Practice', 'Popup']}>
        <CheckTool practice={{ locale }} />
        {/* Word popups over the checked text: the whole dictionary, fetched shard by shard. */}
        <WordPopup
          rootId={CHECK_ROOT_ID}
          wordSelector="ruby.w"
          groupSelector=".check-text"
          wordsHref={`/${locale}/words`}
          credit={<DictionaryCredit short />}
        />
      </ClientMessages>
    </div>
  );
}
