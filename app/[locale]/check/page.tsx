import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckTool, type CheckLabels } from '@/components/check/CheckTool';
import { practiceLabels } from '@/components/practice/server-labels';
import type { Locale } from '@/i18n/routing';
import { DictionaryCredit } from '@/components/study/DictionaryCredit';
import { popupLabels } from '@/components/study/ArticleWordPopup';
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
  const tc = await getTranslations('Corrections');
  const tr = await getTranslations('Reader');
  const labels: CheckLabels = {
    input: t('input'),
    placeholder: t('placeholder'),
    openFile: t('openFile'),
    check: t('check'),
    checking: t('checking'),
    progress: t.raw('progress') as string,
    privacy: t('privacy'),
    empty: t('empty'),
    tooLong: t.raw('tooLong') as string,
    fileProblems: {
      empty: t('fileEmpty'),
      'too-large': t('fileTooLarge'),
      binary: t('fileBinary'),
      'not-utf8': t('fileNotUtf8'),
    },
    failed: t('failed'),
    none: t('none'),
    summary: t.raw('summary') as string,
    acceptCertain: t('acceptCertain'),
    copy: t('copy'),
    copied: t('copied'),
    download: t('download'),
    accept: t('accept'),
    reject: t('reject'),
    undecided: t('undecided'),
    tiers: { certain: t('tierCertain'), likely: t('tierLikely'), hint: t('tierHint') },
    confidence: t.raw('confidence') as string,
    kinds: {
      synonym: tc('kind_synonym'),
      antonym: tc('kind_antonym'),
      idiom: tc('kind_idiom'),
      'proper-noun': tc('kind_proper-noun'),
      expansion: tc('kind_expansion'),
      variant: t('kindVariant'),
      segmentation: t('kindSegmentation'),
    },
    spun: tc('spun'),
    original: tc('changedTo'),
    reason: t('reason'),
    hints: t('hints'),
    result: t('result'),
    srDeleted: tc('srDeleted'),
    srInserted: tc('srInserted'),
    loaded: t.raw('loaded') as string,
    clear: t('clear'),
    parts: t('parts'),
    part: t.raw('part') as string,
    prevPart: t('prevPart'),
    nextPart: t('nextPart'),
    studyAids: t('studyAids'),
    wordsHint: t('wordsHint'),
    legend: t('legend'),
    legendTiers: {
      certain: t('legendCertain'),
      likely: t('legendLikely'),
      hint: t('legendHint'),
    },
    script: tr('script'),
    scripts: { s: tr('scriptSimplified'), tw: tr('scriptTw'), hk: tr('scriptHk') },
    pinyin: tr('pinyin'),
  };
  return (
    <div className="check-page">
      <h1>{t('title')}</h1>
      <p className="intro">
        {t('intro', { limit: MAX_CHARS.toLocaleString(locale), chunk: CHUNK_CHARS.toLocaleString(locale) })}
      </p>
      <CheckTool labels={labels} practice={{ labels: await practiceLabels(), locale }} />
      {/* Word popups over the checked text: the whole dictionary, fetched shard by shard. */}
      <WordPopup
        rootId={CHECK_ROOT_ID}
        wordSelector="ruby.w"
        groupSelector=".check-text"
        wordsHref={`/${locale}/words`}
        labels={await popupLabels()}
        credit={<DictionaryCredit short />}
      />
    </div>
  );
}
