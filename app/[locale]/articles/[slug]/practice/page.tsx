import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PracticeSession } from '@/components/practice/PracticeSession';
import styles from '@/components/practice/practice.module.css';
import { ClientMessages } from '@/components/site/ClientMessages';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import { htmlLang } from '@/i18n/routing';
import { articleMetadata, type ArticleParams } from '@/lib/content/article-route';
import { articleParams, getArticleView } from '@/lib/content/articles';
import { articlePractice } from '@/lib/practice/server';

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export const generateMetadata = articleMetadata('Practice', '/practice');

/** Spot the swap: exercises built at build time from the article's corrections, played in one island. */
export default async function PracticePage({ params }: { params: ArticleParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const view = getArticleView(slug);
  const pool = articlePractice(slug, locale);
  if (!view || !pool) notFound();
  const t = await getTranslations('Practice');
  const tt = await getTranslations('Terms');
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link document href={`/articles/${slug}`}>
          ← {tt('back')}
        </Link>
      </p>
      <h1>
        {t('title')}
        <span className={styles.titleSub}>
          <span lang="zh-Hans">{view.meta.title.zh}</span>
          {view.meta.title[locale] !== view.meta.title.zh && (
            <span lang={htmlLang[locale]}> · {view.meta.title[locale]}</span>
          )}
        </span>
      </h1>
      <noscript>
        <p className="notice">{t('noscript')}</p>
      </noscript>
      <ClientMessages namespaces={['Practice']}>
        <PracticeSession pool={pool} source={slug} locale={locale} wordsHref={`/${locale}/words`} />
      </ClientMessages>
    </div>
  );
}
