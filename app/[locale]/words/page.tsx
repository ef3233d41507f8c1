import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MyWords, type WordsLabels } from '@/components/study/MyWords';
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
  const tp = await getTranslations('Popup');
  const raw = (k: Parameters<typeof t.raw>[0]) => t.raw(k) as string;
  const labels: WordsLabels = {
    ratings: { again: t('again'), hard: t('hard'), good: t('good'), easy: t('easy') },
    backupDelete: t('backupDelete'),
    backupDownload: t('backupDownload'),
    backups: t('backups'),
    backupsIntro: t('backupsIntro'),
    colEnglish: t('colEnglish'),
    colPinyin: t('colPinyin'),
    colWord: t('colWord'),
    counts: raw('counts'),
    dueLabel: t('dueLabel'),
    empty: t('empty'),
    export: t('export'),
    exportAnki: t('exportAnki'),
    exportCsv: t('exportCsv'),
    exportJson: t('exportJson'),
    exportNote: t('exportNote'),
    import: t('import'),
    importButton: t('importButton'),
    importDone: raw('importDone'),
    importFile: t('importFile'),
    importFormat: raw('importFormat'),
    importJson: raw('importJson'),
    importShape: raw('importShape'),
    importVersion: raw('importVersion'),
    importMerge: t('importMerge'),
    importMode: t('importMode'),
    importNoFile: t('importNoFile'),
    importReplace: t('importReplace'),
    keys: t('keys'),
    list: raw('list'),
    listenSentence: t('listenSentence'),
    listenWord: t('listenWord'),
    loading: t('loading'),
    new: t('new'),
    nextDue: raw('nextDue'),
    noneDue: t('noneDue'),
    noticeQuota: t('noticeQuota'),
    noticeRecovered: raw('noticeRecovered'),
    noticeStuck: t('noticeStuck'),
    noticeUnavailable: t('noticeUnavailable'),
    open: t('open'),
    rate: t('rate'),
    remove: t('remove'),
    removeWord: raw('removeWord'),
    review: t('review'),
    show: t('show'),
    storageNote: t('storageNote'),
    tones: tp('tones'),
    traditional: tp('traditional'),
  };
  const practiceLink = (await getTranslations('Practice'))('wordsLink');
  return (
    <div className="words-page">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <noscript>
        <p className="notice">{t('noscript')}</p>
      </noscript>
      <MyWords labels={labels} locale={locale} />
      {getArticles().map((a) => (
        <p key={a.slug} className="intro">
          <a href={`/${locale}/articles/${a.slug}/practice`}>{practiceLink}</a> ({a.meta.title[locale]})
        </p>
      ))}
    </div>
  );
}
