import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '@/lib/content/load-core';
import { filterTerms, pinyinKeys } from '@/lib/study/search';

const terms = loadArticle(path.join(process.cwd(), 'content/articles/tr35-china')).terms;
const search = (q: string, kind?: string) => filterTerms(terms, q, kind).map((t) => t.hanzi);

describe('pinyin search keys', () => {
  it('keep tones where they were, after each syllable, or not at all', () => {
    expect(pinyinKeys('qiáng huà xué xí')).toEqual({
      plain: 'qianghuaxuexi',
      marked: 'qia2nghua4xue2xi2',
      numbered: 'qiang2hua4xue2xi2',
    });
    expect(pinyinKeys('Má shěng lǐ gōng')).toEqual({
      plain: 'mashengligong',
      marked: 'ma2she3ngli3go1ng',
      numbered: 'ma2sheng3li3gong1',
    });
    expect(pinyinKeys('lǜ de')).toEqual({ plain: 'lvde', marked: 'lv4de', numbered: 'lv4de' });
  });
});

describe('searching the term list', () => {
  it.each([
    // query, the terms found (in list order)
    ['强化学习', ['强化学习']],
    ['強化學習', ['强化学习']], // Traditional
    ['qiang hua xue xi', ['强化学习']],
    ['qianghua', ['强化学习']],
    ['QiangHua', ['强化学习']],
    ['qiáng huà', ['强化学习']],
    ['qiáng hua', ['强化学习']],
    ['qiang2 hua4', ['强化学习']],
    ['qiàng huà', []], // wrong tone on the first syllable
    ['reinforcement learning', ['强化学习']],
    ['Reinforcement', ['强化学习']],
    ['suan li', ['算力']],
    ['suàn lì', ['算力']],
    ['nei juan', ['内卷']],
    ['mo xing', ['大模型', '大语言模型']],
    ['mó xíng', ['大模型', '大语言模型']],
    ['mú zi', []],
    ['科学家', ['首席科学家']],
    ['35', ['35岁以下科技创新35人']],
    ['', terms.map((t) => t.hanzi)],
  ])('%j finds %j', (q, expected) => {
    expect(search(q)).toEqual(expected);
  });

  it('filters by kind, with or without a query', () => {
    expect(search('', 'idiom')).toEqual(terms.filter((t) => t.kind === 'idiom').map((t) => t.hanzi));
    expect(search('', 'idiom')).toContain('半壁江山');
    expect(search('ban bi', 'idiom')).toEqual(['半壁江山']);
    expect(search('ban bi', 'name')).toEqual([]);
  });
});
