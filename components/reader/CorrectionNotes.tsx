import { useLocale, useTranslations } from 'next-intl';
import type { CorrectionView } from '@/lib/content/view';

/** One native popover per correction: opened by its marked text, closed by Escape or the close button. */
export function CorrectionNotes({ corrections }: { corrections: readonly CorrectionView[] }) {
  const t = useTranslations('Corrections');
  const locale = useLocale();
  return (
    <div className="corr-notes">
      {corrections.map((c) => (
        <div key={c.id} id={`x-${c.id}`} popover="auto" role="dialog" aria-labelledby={`xh-${c.id}`} className="corr-note">
          <h3 id={`xh-${c.id}`} className="corr-note-title">
            {t('explanationTitle')}
          </h3>
          <p className="corr-pair" lang="zh-Hans">
            <span className="from">
              <span className="label" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>{t('spun')}: </span>
              {c.from}
            </span>{' '}
            →{' '}
            <span className="to">
              <span className="label" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>{t('changedTo')}: </span>
              {c.to || '∅'}
            </span>
          </p>
          <p className="corr-meta">
            {t(`kind_${c.kind}`)} · {t(`confidence_${c.confidence}`)}
          </p>
          <p lang={locale === 'zh' ? 'zh-Hans' : 'en'}>{locale === 'zh' ? c.explanation.zh : c.explanation.en}</p>
          {/* Filled while open by the word popup island (components/study/WordPopup.tsx): what both words mean. */}
          <div className="corr-dict" data-c={c.id} data-from={c.from} data-to={c.to} data-w={c.word} />
          <div className="corr-actions">
            <button type="button" data-revert={c.id} aria-pressed="false">
              {t('revert')}
            </button>
            <button type="button" popoverTarget={`x-${c.id}`} popoverTargetAction="hide">
              {t('close')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
