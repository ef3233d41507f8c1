import { getTranslations, setRequestLocale } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/site/LocaleLink';
import { getArticles } from '@/lib/content/articles';
import { htmlLang, type Locale } from '@/i18n/routing';

/** What Unspun is, in one screen, and the two ways in: read an article, or check a text. */
export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const articles = getArticles().map((a) => ({ meta: a.meta, corrections: a.corrections.length }));
  const t = await getTranslations('Home');
  return (
    <div className="home">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <div className="ways">
        <section className="way" aria-labelledby="way-read">
          <h2 id="way-read">{t('articles')}</h2>
          <ul className="article-list">
            {articles.map(({ meta, corrections }) => (
              <ArticleCard key={meta.slug} meta={meta} corrections={corrections} locale={locale} />
            ))}
          </ul>
        </section>
        <section className="way" aria-labelledby="way-check">
          <h2 id="way-check">{t('checkTitle')}</h2>
          <Link href="/check" className="card way-check">
            <span className="way-lead">{t('checkLead')}</span>
            <span className="way-example" lang="zh-Hans">
              首席<del>迷信</del>
              <ins>科学</ins>家 · 大<del>模子</del>
              <ins>模型</ins>
            </span>
            <span className="way-go">{t('checkGo')} →</span>
          </Link>
        </section>
      </div>
    </div>
  );
}

function ArticleCard({
  meta,
  corrections,
  locale,
}: {
  meta: ReturnType<typeof getArticles>[number]['meta'];
  corrections: number;
  locale: Locale;
}) {
  const t = useTranslations('Article');
  const th = useTranslations('Home');
  const tc = useTranslations('Corrections');
  return (
    <li className="card article-card">
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
      <p className="card-damage">{tc('count', { count: corrections })}</p>
      <p className="card-meta">
        {t('by', { outlet: meta.outlet[locale] })} ·{' '}
        <time dateTime={meta.date}>{t('published', { date: meta.date })}</time>
      </p>
      <p lang={htmlLang[locale]} className="card-summary">
        {meta.summary[locale]}
      </p>
      <span className="way-go" aria-hidden="true">
        {th('readGo')} →
      </span>
    </li>
  );
}
