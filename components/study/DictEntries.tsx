import type { Explained } from '@/lib/dictionary/types';
import { rankByReading } from '@/lib/dictionary/lookup';
import { Pinyin } from './Pinyin';

export interface EntryLabels {
  curated: string;
  keyTerm: string;
  measureWords: string;
  noEntry: string;
  parts: string;
}

/**
 * What the dictionary says about a word: its readings (curated first, then the one read in
 * context), or, when it lacks the word, each of its parts.
 */
export function DictEntries({
  items,
  contextPinyin,
  labels,
  termHref,
  shownTraditional,
}: {
  items: readonly Explained[];
  contextPinyin?: string;
  labels: EntryLabels;
  /** Link to the term list for a word that is one of the article's key terms. */
  termHref?: (word: string) => string;
  /** The Traditional form the popup already shows in its header (not repeated per entry). */
  shownTraditional?: string;
}) {
  const whole = items.length === 1 && items[0]!.entries.length > 0;
  if (items.length === 0 || (items.length === 1 && items[0]!.entries.length === 0))
    return <p className="de-none">{labels.noEntry}</p>;
  return (
    <div className="de">
      {!whole && <p className="de-parts">{labels.parts}</p>}
      {items.map((item, i) => (
        <div key={i} className="de-item">
          {!whole && (
            <p className="de-head" lang="zh-Hans">
              {item.w}
            </p>
          )}
          {item.entries.length === 0 ? (
            <p className="de-none">{labels.noEntry}</p>
          ) : (
            <ol className="de-list">
              {rankByReading(item.entries, whole ? contextPinyin : undefined).map((e, j) => (
                <li key={j} className={e.src ? 'de-entry curated' : 'de-entry'}>
                  <Pinyin text={e.p} />
                  {e.t && e.t !== item.w && !(whole && e.t === shownTraditional) && (
                    <span className="de-trad" lang="zh-Hant">
                      {e.t}
                    </span>
                  )}
                  {e.src && <span className="de-badge">{labels.curated}</span>}{' '}
                  <span className="de-defs" lang="en">
                    {e.d.join('; ')}
                  </span>
                  {e.cl && (
                    <span className="de-cl">
                      <span className="de-cl-label">{labels.measureWords}</span>
                      {e.cl.map((c, k) => {
                        const [hanzi = '', ...py] = c.split(' ');
                        return (
                          <span key={k} className="de-cl-item">
                            <span lang="zh-Hans">{hanzi}</span> <Pinyin text={py.join(' ')} />
                          </span>
                        );
                      })}
                    </span>
                  )}
                  {e.src === 'term' && termHref && (
                    <>
                      {' '}
                      <a className="de-term" href={termHref(item.w)}>
                        {labels.keyTerm}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </div>
  );
}
