import { useTranslations } from 'next-intl';
import { correctionKinds } from '@/lib/content/schema';
import type { CorrectionView } from '@/lib/content/view';
import { Legend } from './Legend';

/** Counts by kind, what the marks mean, and a list linking to each correction in the text. */
export function CorrectionSummary({
  corrections,
  legend = false,
}: {
  corrections: readonly CorrectionView[];
  /** Show what the marks mean (the article does; a text without the reader's marks need not). */
  legend?: boolean;
}) {
  const t = useTranslations('Corrections');
  const counts = correctionKinds
    .map((kind) => ({ kind, n: corrections.filter((c) => c.kind === kind).length }))
    .filter((x) => x.n > 0);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {t('summaryTitle')} <span className="count">({t('count', { count: corrections.length })})</span>
      </h2>
      <ul className="kind-counts">
        {counts.map(({ kind, n }) => (
          <li key={kind} data-kind={kind}>
            {t(`kind_${kind}`)}: <strong>{n}</strong>
          </li>
        ))}
      </ul>
      {legend && <Legend id="legend-summary" />}
      <details>
        <summary>{t('listTitle')}</summary>
        <ol className="corr-list">
          {corrections.map((c) => (
            <li key={c.id}>
              <a href={`#c-${c.id}`} lang="zh-Hans">
                {c.from} → {c.to || '∅'}
              </a>{' '}
              <span className="corr-meta">
                {t(`kind_${c.kind}`)} · {t(`confidence_${c.confidence}`)}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
