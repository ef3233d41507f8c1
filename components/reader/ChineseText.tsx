import type { Word } from '@/lib/content/annotate';
import type { Piece } from '@/lib/content/view';

/**
 * One word in all its prerendered forms; CSS on the reader root picks the script and pinyin.
 * A Chinese word is its `<ruby>`: the word popup (components/study/WordPopup.tsx) opens on it.
 * With `popup`, `data-w` names the whole word when a correction cuts it (首席|科学|家 → 首席科学家);
 * nothing else is added, so the prerendered page stays lean.
 */
export function WordView({ w, popup = false }: { w: Word; popup?: boolean }) {
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
    <ruby data-w={popup ? w.w : undefined}>
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
          <WordView key={i} w={p.w} popup />
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
