import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/reader/ArticleHeader';
import { CorrectionNotes } from '@/components/reader/CorrectionNotes';
import { CorrectionSummary } from '@/components/reader/CorrectionSummary';
import { ReaderControls } from '@/components/reader/ReaderControls';
import { ClientMessages } from '@/components/site/ClientMessages';
import { SentencePairs } from '@/components/reader/SentencePairs';
import { ArticleWordPopup } from '@/components/study/ArticleWordPopup';
import { articleMetadata, type ArticleParams } from '@/lib/content/article-route';
import { articleParams, getArticleView } from '@/lib/content/articles';
import { READER_PRELUDE } from '@/lib/inline/reader-prelude';

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export const generateMetadata = articleMetadata('Article', '');

export default async function ArticlePage({ params }: { params: ArticleParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const view = getArticleView(slug);
  if (!view) notFound();
  // The reader root holds the title too, so that pinyin and Traditional apply to it as to the text.
  return (
    <article className="article">
      <div
        id="reader"
        className="reader"
        data-view="changes"
        data-script="s"
        data-pinyin="off"
        suppressHydrationWarning
      >
        <ArticleHeader
          meta={view.meta}
          titleWords={view.titleWords}
          termCount={view.termCount}
          correctionCount={view.corrections.length}
        />
        <ClientMessages namespaces={['Reader', 'Legend']}>
          <ReaderControls rootId="reader" slug={slug} />
        </ClientMessages>
        <SentencePairs sentences={view.sentences} slug={slug} />
      </div>
      <script dangerouslySetInnerHTML={{ __html: READER_PRELUDE }} />
      <CorrectionSummary corrections={view.corrections} legend />
      <CorrectionNotes corrections={view.corrections} slug={slug} />
      <ArticleWordPopup rootId="reader" slug={slug} />
    </article>
  );
}
