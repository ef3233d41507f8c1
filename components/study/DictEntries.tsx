import { useTranslations } from 'next-intl';
import type { Explained } from '@/lib/dictionary/types';
import { rankByReading } from '@/lib/dictionary/lookup';
import { Pinyin } from './Pinyin';

/**
 * What the dictionary says about a word: its readings (curated first, then the one read in
 * context), or, when it lacks the word, each of its parts.
 */
export function DictEntries({
  items,
  contextPinyin,
  termHref,
  shownTraditional,
}: {
  items: readonly Explained[];
  contextPinyin?: string;
  /** Link to the term list for a word that is one of the article's key terms. */
  termHref?: (word: string) => string;
  /** The Traditional form the popup already shows in its header (not repeated per entry). */
  shownTraditional?: string;
}) {
  const t = useTranslations('Popup');
  const whole = items.length === 1 && items[0]!.entries.length > 0;
  if (items.length === 0 || (items.length === 1 && items[0]!.entries.length === 0))
    return <p className="de-none">{t('noEntry')}</p>;
  return (
    <div className="de">
      {!whole && <p className="de-parts">{t('parts')}</p>}
      {items.map((item, i) => (
        <div key={i} className="de-item">
          {!whole && (
            <p className="de-head" lang="zh-Hans">
              {item.w}
            </p>
          )}
          {item.entries.length === 0 ? (
            <p className="de-none">{t('noEntry')}</p>
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
                  {e.src && <span className="de-badge">{t('curated')}</span>}{' '}
                  <span className="de-defs" lang="en">
                    {e.d.join('; ')}
                  </span>
                  {e.cl && (
                    <span className="de-cl">
                      <span className="de-cl-label">{t('measureWords')}</span>
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
                        {t('keyTerm')}
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
