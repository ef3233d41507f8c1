import type { Word } from '@/lib/content/annotate';
import type { Piece } from '@/lib/content/view';

/** One word in all its prerendered forms; CSS on the reader root picks the script and pinyin. */
export function WordView({ w }: { w: Word }) {
  const forms =
    w.tw || w.hk ? (
      <>
        <span className="v-s">{w.s}</span>
        <span className="v-tw" lang="zh-Hant-TW">
          {w.tw ?? w.s}
        </span>
        <span className="v-hk" lang="zh-Hant-HK">
          {w.hk ?? w.s}
        </span>
      </>
    ) : (
      w.s
    );
  if (!w.py) return <>{forms}</>;
  return (
    <ruby>
      {forms}
      <rt>{w.py}</rt>
    </ruby>
  );
}

export function Words({ words }: { words: readonly Word[] }) {
  return (
    <>
      {words.map((w, i) => (
        <WordView key={i} w={w} />
      ))}
    </>
  );
}

export interface CorrectionLabels {
  srDeleted: string;
  srInserted: string;
}

/** The Chinese text of one sentence: words, and corrections marked with <del>/<ins>. */
export function ChineseText({ pieces, labels }: { pieces: readonly Piece[]; labels: CorrectionLabels }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.k === 'w' ? (
          <WordView key={i} w={p.w} />
        ) : (
          <span key={i} className="corr" id={`c-${p.id}`} data-c={p.id} data-kind={p.kind} data-confidence={p.confidence}>
            <button type="button" className="corr-btn" popoverTarget={`x-${p.id}`}>
              <del>
                <span className="sr">{labels.srDeleted} </span>
                <Words words={p.del} />
              </del>
              {p.ins.length > 0 && (
                <ins>
                  <span className="sr">{labels.srInserted} </span>
                  <Words words={p.ins} />
                </ins>
              )}
            </button>
          </span>
        ),
      )}
    </>
  );
}
