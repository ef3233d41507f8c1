import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '@/lib/content/load-core';
import { buildArticleView, type SentenceView } from '@/lib/content/view';
import { articleWords, correctedSentence } from '@/lib/content/words';

const view = buildArticleView(loadArticle(path.join(process.cwd(), 'content/articles/tr35-china')));

/** The words a popup opens, in order, as a reader meets them in one sentence (a cut word once). */
function popupWords(s: SentenceView): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (out[out.length - 1] !== w) out.push(w);
  };
  for (const p of s.pieces) {
    if (p.k === 'w') {
      if (p.w.py) push(p.w.w ?? p.w.s);
    } else for (const w of p.ins) if (w.py) push(w.w ?? w.s);
  }
  return out;
}

const sentenceWith = (text: string) => view.sentences.find((s) => correctedSentence(s).includes(text))!;

describe('segmentation of the corrected text', () => {
  it.each([
    // corrected text, the word a popup opens there (curated terms, names and overrides hold together)
    ['首席科学家', '首席科学家'],
    ['大模型时代', '大模型'],
    ['优势互补', '优势互补'],
    ['平常心', '平常心'],
    ['年轻人才', '年轻人才'],
    ['戴国浩', '戴国浩'],
    ['钟翰森', '钟翰森'],
    ['无问芯穹', '无问芯穹'],
    ['强化学习', '强化学习'],
    ['算力', '算力'],
  ])('%s opens as %s', (text, word) => {
    expect(popupWords(sentenceWith(text))).toContain(word);
  });

  it('never offers a spun word of the published text as a word of the corrected text', () => {
    const all = view.sentences.flatMap(popupWords);
    for (const spun of ['迷信家', '迷信', '大模子', '模子', '劣势互补', '寻常心', '荆棘铜驼', '家当'])
      expect(all.filter((w) => w.includes(spun))).toEqual([]);
  });

  it('reads 首席科学家 word by word as the popup sees it, across the correction', () => {
    const s = sentenceWith('首席科学家');
    const words = popupWords(s);
    const at = words.indexOf('首席科学家');
    expect(words.slice(at - 3, at + 2)).toEqual(['无问芯穹', '联合创始人', '兼', '首席科学家', '戴国浩']);
    const corr = view.corrections.find((c) => c.sentence === s.id && c.from === '迷信')!;
    expect({ from: corr.from, to: corr.to, word: corr.word }).toEqual({
      from: '迷信',
      to: '科学',
      word: '首席科学家',
    });
  });

  it('gives popups every corrected word and both sides of every correction', () => {
    const words = new Set(articleWords(view));
    for (const w of [
      '首席科学家',
      '科学家',
      '迷信',
      '科学',
      '荆棘铜驼',
      '半壁江山',
      '模子',
      '模型',
      '大模型',
      '故意义',
      '有意义',
    ])
      expect(words.has(w), w).toBe(true);
    expect([...words].filter((w) => w.includes('迷信家'))).toEqual([]);
  });
});
