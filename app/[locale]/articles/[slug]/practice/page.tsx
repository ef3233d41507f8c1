import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PracticeSession } from '@/components/practice/PracticeSession';
import styles from '@/components/practice/practice.module.css';
import { ClientMessages } from '@/components/site/ClientMessages';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import type { Locale } from '@/i18n/routing';
import { articleParams, getArticleView } from '@/lib/content/articles';
import { articlePractice } from '@/lib/practice/server';
import { pageMetadata } from '@/lib/site';

type Params = Promise<{ locale: Locale; slug: string }>;

export const dynamicParams = false;

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const view = getArticleView(slug);
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: 'Practice' });
  const title = view.meta.title[locale];
  return pageMetadata(
    locale,
    `/articles/${slug}/practice`,
    `${t('title')}: ${title}`,
    t('metaDescription', { title }),
  );
}

/** Spot the swap: exercises built at build time from the article's corrections, played in one island. */
export default async function PracticePage({ params }: { params: Params }) {
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
          {locale !== 'zh' && <span lang="en"> · {view.meta.title.en}</span>}
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
