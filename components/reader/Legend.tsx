import { useTranslations } from 'next-intl';

/** The markings of the text, each a key of the `Legend` messages. */
type Marking = 'published' | 'certain' | 'likely' | 'corrected';

/** Each marking as it looks in the text, beside what it means. */
const SAMPLES: [Marking, React.ReactNode][] = [
  [
    'published',
    <del key="published" className="lg-del">
      迷信
    </del>,
  ],
  [
    'certain',
    <ins key="certain" className="lg-ins">
      科学
    </ins>,
  ],
  [
    'likely',
    <ins key="likely" className="lg-ins lg-likely">
      科学
    </ins>,
  ],
  [
    'corrected',
    <span key="corrected" className="lg-corrected">
      科学
    </span>,
  ],
];

/** What each marking in the text means (server or client: the `Legend` messages must be there). */
export function Legend({ id }: { id?: string }) {
  const t = useTranslations('Legend');
  return (
    // Not a landmark: the sheet and the summary both hold one, under the same name.
    <div className="legend" role="group" aria-labelledby={id}>
      <h3 id={id}>{t('title')}</h3>
      <dl>
        {SAMPLES.map(([key, sample]) => (
          <div key={key}>
            <dt lang="zh-Hans">{sample}</dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <p className="legend-words">{t('words')}</p>
    </div>
  );
}
