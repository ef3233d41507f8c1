import { getTranslations, setRequestLocale } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import { getArticles } from '@/lib/content/articles';
import { htmlLang, routing, type Locale } from '@/i18n/routing';

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const articles = getArticles().map((a) => a.meta);
  const t = await getTranslations('Home');
  const ts = await getTranslations('Site');
  return (
    <div className="home">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <p>
        <Link href="/check">{ts('check')}</Link>
      </p>
      <h2>{t('articles')}</h2>
      <ul className="article-list">
        {articles.map((m) => (
          <ArticleCard key={m.slug} meta={m} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

function ArticleCard({
  meta,
  locale,
}: {
  meta: ReturnType<typeof getArticles>[number]['meta'];
  locale: Locale;
}) {
  const t = useTranslations('Article');
  const th = useTranslations('Home');
  const other = routing.locales.find((l) => l !== locale) ?? locale;
  return (
    <li className="card">
      <h3>
        <Link document href={`/articles/${meta.slug}`} aria-label={th('read', { title: meta.title[locale] })}>
          <span lang="zh-Hans" className="card-zh">
            {meta.title.zh}
          </span>
          <span lang="en" className="card-en">
            {meta.title.en}
          </span>
        </Link>
      </h3>
      <p className="card-meta">
        {t('by', { outlet: meta.outlet[locale] })} ·{' '}
        <time dateTime={meta.date}>{t('published', { date: meta.date })}</time>
      </p>
      <p lang={htmlLang[locale]}>{meta.summary[locale]}</p>
      <p lang={htmlLang[other]} className="card-other">
        {meta.summary[other]}
      </p>
    </li>
  );
}
