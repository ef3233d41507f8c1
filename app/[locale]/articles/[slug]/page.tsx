import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/reader/ArticleHeader';
import { CorrectionNotes } from '@/components/reader/CorrectionNotes';
import { CorrectionSummary } from '@/components/reader/CorrectionSummary';
import { ReaderControls, type ReaderLabels } from '@/components/reader/ReaderControls';
import { SentencePairs } from '@/components/reader/SentencePairs';
import { ArticleWordPopup } from '@/components/study/ArticleWordPopup';
import type { Locale } from '@/i18n/routing';
import { articleParams, getArticleView } from '@/lib/content/articles';
import { pageMetadata } from '@/lib/site';
import { READER_PRELUDE } from '@/lib/inline/reader-prelude.js';

type Params = Promise<{ locale: Locale; slug: string }>;

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const view = getArticleView(slug);
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: 'Article' });
  const title = view.meta.title[locale];
  return pageMetadata(locale, `/articles/${slug}`, title, t('metaDescription', { title }));
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const view = getArticleView(slug);
  if (!view) notFound();
  const t = await getTranslations('Reader');
  const labels: ReaderLabels = {
    toolbar: t('toolbar'),
    view: t('view'),
    views: { published: t('viewPublished'), corrected: t('viewCorrected'), changes: t('viewChanges') },
    script: t('script'),
    scripts: { s: t('scriptSimplified'), tw: t('scriptTw'), hk: t('scriptHk') },
    scriptShown: t.raw('scriptShown') as string,
    pinyin: t('pinyin'),
    copy: t('copy'),
    copied: t('copied'),
    download: t('download'),
    shortcuts: t('shortcuts'),
    shortcutsClose: t('shortcutsClose'),
    shortcutList: [
      ['j', t('shortcutNext')],
      ['k', t('shortcutPrev')],
      ['v', t('shortcutView')],
      ['p', t('shortcutPinyin')],
      ['t', t('shortcutScript')],
      ['?', t('shortcutHelp')],
    ],
  };
  return (
    <article className="article">
      <ArticleHeader meta={view.meta} termCount={view.termCount} />
      <CorrectionSummary corrections={view.corrections} />
      <ReaderControls rootId="reader" slug={slug} labels={labels} />
      <div
        id="reader"
        className="reader"
        data-view="changes"
        data-script="s"
        data-pinyin="off"
        suppressHydrationWarning
      >
        <SentencePairs sentences={view.sentences} slug={slug} />
      </div>
      <script dangerouslySetInnerHTML={{ __html: READER_PRELUDE }} />
      <CorrectionNotes corrections={view.corrections} slug={slug} />
      <ArticleWordPopup rootId="reader" slug={slug} />
    </article>
  );
}
