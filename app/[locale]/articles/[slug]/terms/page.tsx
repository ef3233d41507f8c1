import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/site/ClientMessages';
import { TermList, type TermItem } from '@/components/study/TermList';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import { htmlLang } from '@/i18n/routing';
import { articleMetadata, type ArticleParams } from '@/lib/content/article-route';
import { articleParams, getArticles, getArticleView } from '@/lib/content/articles';
import { correctedSentence } from '@/lib/content/words';

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export const generateMetadata = articleMetadata('Terms', '/terms');

/** An article's curated key terms, with a small client island to filter and search them. */
export default async function TermsPage({ params }: { params: ArticleParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = getArticles().find((a) => a.slug === slug);
  const view = getArticleView(slug);
  if (!article || !view) notFound();
  const t = await getTranslations('Terms');
  const terms: TermItem[] = article.terms.map((term) => {
    const s = view.sentences.find((x) => x.id === term.sentence)!;
    const item: TermItem = {
      hanzi: term.hanzi,
      traditional: term.traditional,
      pinyin: term.pinyin,
      en: term.en,
      kind: term.kind,
      note: term.note[locale],
      sentence: { id: s.id, zh: correctedSentence(s), href: `/${locale}/articles/${slug}#s-${s.id}` },
    };
    if (s.en) item.sentence.en = s.en;
    if (term.garbled) item.garbled = term.garbled;
    return item;
  });
  return (
    <div className="terms-page">
      <p className="back">
        <Link document href={`/articles/${slug}`}>
          ← {t('back')}
        </Link>
      </p>
      <h1>
        {t('heading')}
        <span className="title-sub">
          <span lang="zh-Hans">{view.meta.title.zh}</span>
          {view.meta.title[locale] !== view.meta.title.zh && (
            <span lang={htmlLang[locale]}> · {view.meta.title[locale]}</span>
          )}
        </span>
      </h1>
      <p className="intro">{t('intro')}</p>
      <p className="intro">
        <Link href={`/articles/${slug}/practice`}>{(await getTranslations('Practice'))('link')}</Link>
      </p>
      <ClientMessages namespaces={['Terms', 'Popup', 'Words']}>
        <TermList terms={terms} wordsHref={`/${locale}/words`} />
      </ClientMessages>
    </div>
  );
}
