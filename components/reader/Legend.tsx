/** What each marking in the text means. Pure: labels come translated, so server and client can render it. */
export interface LegendLabels {
  title: string;
  published: string;
  certain: string;
  likely: string;
  corrected: string;
  words: string;
}

/** Each marking as it looks in the text, beside what it means. */
const SAMPLES: [keyof LegendLabels, React.ReactNode][] = [
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

export function Legend({ labels, id }: { labels: LegendLabels; id?: string }) {
  return (
    // Not a landmark: the sheet and the summary both hold one, under the same name.
    <div className="legend" role="group" aria-labelledby={id}>
      <h3 id={id}>{labels.title}</h3>
      <dl>
        {SAMPLES.map(([key, sample]) => (
          <div key={key}>
            <dt lang="zh-Hans">{sample}</dt>
            <dd>{labels[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="legend-words">{labels.words}</p>
    </div>
  );
}

/** The legend's labels from the `Legend` messages. */
export function legendLabels(t: (key: keyof LegendLabels) => string): LegendLabels {
  const keys = ['title', 'published', 'certain', 'likely', 'corrected', 'words'] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as unknown as LegendLabels;
}
