import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '@/lib/content/load-core';
import { buildArticleView } from '@/lib/content/view';
import { articleWords } from '@/lib/content/words';
import { fromCcCedict } from '@/lib/dictionary/cedict';
import { createShardClient, createSubsetClient } from '@/lib/dictionary/client';
import { fromHonorees, fromOverrides, fromTerms, nameCase } from '@/lib/dictionary/curated';
import { loadDictionary } from '@/lib/dictionary/load';
import {
  buildSubset,
  explain,
  lookup,
  mergeCurated,
  rankByReading,
  shardDictionary,
  shardKey,
} from '@/lib/dictionary/lookup';
import { markTones, markTonesInText, toneless, toneOf } from '@/lib/dictionary/pinyin';
import type { DictData, DictFile } from '@/lib/dictionary/types';

describe('pinyin', () => {
  it.each([
    ['ke1 xue2 jia1', 'kē xué jiā'],
    ['Zhong1 guo2', 'Zhōng guó'],
    ['lu:4 se4', 'lǜ sè'],
    ['nu:3 er2', 'nǚ ér'],
    ['dou1 shi4', 'dōu shì'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['xue2 sheng5', 'xué sheng'],
    ['yi1 dian3 r5', 'yī diǎn r'],
    ['san1 C', 'sān C'],
    ['Ou1 zhou1', 'Ōu zhōu'],
  ])('%s → %s', (numbered, marked) => expect(markTones(numbered)).toBe(marked));

  it('marks the readings in cross-references of definitions', () => {
    expect(markTonesInText('variant of 學習|学习[xue2 xi2]; see also 了[liao3] [sic]')).toBe(
      'variant of 學習|学习[xué xí]; see also 了[liǎo] [sic]',
    );
  });

  it.each([
    ['kē', 1],
    ['xué', 2],
    ['shǒu', 3],
    ['lǜ', 4],
    ['de', 5],
    ['Ōu', 1],
  ] as const)('tone of %s is %i', (s, t) => expect(toneOf(s)).toBe(t));

  it('drops tones and spaces', () => expect(toneless('Lǜ sè')).toBe('lvse'));

  it('capitalises a name as its English spelling splits it', () => {
    expect(nameCase('dài guó hào', 'Dai Guohao', toneless)).toBe('Dài Guó hào');
    expect(nameCase('zhōng hàn sēn', 'Zhong Hansen', toneless)).toBe('Zhōng Hàn sēn');
    expect(nameCase('ōu yáng xiū', 'Ouyang Xiu', toneless)).toBe('Ōu yáng Xiū');
    expect(nameCase('a b', 'Something Else', toneless)).toBe('A b');
  });
});

const cedict = fromCcCedict({
  all: [
    ['科學', '科学', 'ke1 xue2', ['science', 'scientific knowledge'], [], []],
    ['科學家', '科学家', 'ke1 xue2 jia1', 'scientist', [], [0]],
    ['首席', '首席', 'shou3 xi2', 'chief (representative, correspondent etc)', [], []],
    ['迷信', '迷信', 'mi2 xin4', ['superstition', 'to have a superstitious belief (in sth)'], [], []],
    ['家', '家', 'jia1', ['home', 'family'], [], []],
    ['算力', '算力', 'suan4 li4', ['computing power', 'hash rate (digital currency mining)'], [], []],
    ['行', '行', 'xing2', ['to walk', 'OK'], [], []],
    ['行', '行', 'hang2', ['row', 'profession'], [], []],
    ['熊貓', '熊猫', 'xiong2 mao1', 'panda', [], [0]],
    ['故意', '故意', 'gu4 yi4', ['deliberately', 'on purpose'], [], []],
    ['意義', '意义', 'yi4 yi4', ['sense', 'meaning'], [], []],
    ['義', '义', 'yi4', ['justice', 'righteousness'], [], []],
    ['故', '故', 'gu4', ['happening', 'reason'], [], []],
    ['國', '国', 'guo2', 'country', [], []],
  ],
  classifierLookup: [['個', '个', 'ge4']],
});

describe('CC-CEDICT data', () => {
  it('becomes headwords with tone-marked readings, Traditional forms where they differ, and measure words', () => {
    expect(cedict.dict['科学家']).toEqual([
      { t: '科學家', p: 'kē xué jiā', d: ['scientist'], cl: ['个 gè'] },
    ]);
    expect(cedict.dict['首席']).toEqual([{ p: 'shǒu xí', d: ['chief (representative, correspondent etc)'] }]);
    expect(cedict.aliases['科學家']).toEqual(['科学家']);
    expect(cedict.aliases['首席']).toBeUndefined();
  });

  it('looks up a word in either script', () => {
    expect(lookup(cedict.dict, '熊貓', cedict.aliases)).toEqual([
      { t: '熊貓', p: 'xióng māo', d: ['panda'], cl: ['个 gè'] },
    ]);
    expect(lookup(cedict.dict, '熊猫', cedict.aliases)).toEqual(lookup(cedict.dict, '熊猫'));
    expect(lookup(cedict.dict, '迷信家', cedict.aliases)).toEqual([]);
  });
});

describe('explaining a word', () => {
  it.each([
    ['科学家', ['科学家']],
    ['迷信家', ['迷信', '家']],
    ['故意义', ['故意', '义']],
    ['戴国浩', ['戴', '国', '浩']],
    ['AI算力', ['AI', '算力']],
  ])('%s reads as %j', (word, parts) => {
    expect(explain(cedict.dict, word).map((x) => x.w)).toEqual(parts);
  });

  it('has no entries for parts the dictionary lacks', () => {
    expect(explain(cedict.dict, '戴国浩').map((x) => x.entries.length)).toEqual([0, 1, 0]);
  });

  it('puts the reading used in context first, curated entries before all', () => {
    const entries = [
      ...cedict.dict['行']!,
      { p: 'háng', d: ['(curated) line of business'], src: 'term' as const },
    ];
    expect(rankByReading(entries, 'háng').map((e) => e.d[0])).toEqual([
      '(curated) line of business',
      'row',
      'to walk',
    ]);
    expect(rankByReading(entries).map((e) => e.d[0])).toEqual([
      '(curated) line of business',
      'to walk',
      'row',
    ]);
  });
});

describe('curated entries', () => {
  const curated = [
    ...fromTerms([
      {
        hanzi: '算力',
        traditional: '算力',
        pinyin: 'suàn lì',
        en: 'computing power, compute',
        kind: 'domain',
        note: { en: 'n', zh: 'n' },
        sentence: 4,
        source: 's',
      },
      {
        hanzi: '首席科学家',
        traditional: '首席科學家',
        pinyin: 'shǒu xí kē xué jiā',
        en: 'chief scientist',
        kind: 'phrase',
        note: { en: 'n', zh: 'n' },
        sentence: 7,
        source: 's',
      },
    ]),
    ...fromHonorees([{ zh: '戴国浩', en: 'Dai Guohao' }], {
      traditional: (s) => s.replace('国', '國'),
      pinyin: () => 'dài guó hào',
      toneless,
    }),
    ...fromOverrides([
      {
        s: '迷信',
        t: '迷信',
        p: 'mí xìn',
        d: ['superstition (here: the spun form of 科学)'],
        replace: true,
        source: 'test',
      },
    ]),
  ];
  const merged = mergeCurated(cedict.dict, curated);

  it('come first and keep the dictionary entries after them', () => {
    expect(merged['算力']).toEqual([
      { p: 'suàn lì', d: ['computing power, compute'], src: 'term' },
      { p: 'suàn lì', d: ['computing power', 'hash rate (digital currency mining)'] },
    ]);
  });

  it('fill in words the dictionary lacks (terms and names)', () => {
    expect(merged['首席科学家']).toEqual([
      { t: '首席科學家', p: 'shǒu xí kē xué jiā', d: ['chief scientist'], src: 'term' },
    ]);
    expect(merged['戴国浩']).toEqual([{ t: '戴國浩', p: 'Dài Guó hào', d: ['Dai Guohao'], src: 'name' }]);
  });

  it('replace the dictionary where an override says it is wrong', () => {
    expect(merged['迷信']).toEqual([
      { p: 'mí xìn', d: ['superstition (here: the spun form of 科学)'], src: 'override' },
    ]);
  });

  it('leave the input untouched', () => {
    expect(cedict.dict['迷信']).toHaveLength(1);
    expect(cedict.dict['迷信']![0]!.src).toBeUndefined();
  });
});

describe('subsets', () => {
  it('hold the words asked for and the known parts of unknown words, nothing else', () => {
    const sub = buildSubset(cedict.dict, ['首席', '科学家', '迷信家', '2024', '首席']);
    expect(Object.keys(sub.w)).toEqual(['家', '首席', '科学家', '迷信'].sort());
    expect(sub.w['科学家']).toEqual(cedict.dict['科学家']);
  });
});

describe('shards', () => {
  const shards = shardDictionary(cedict.dict, cedict.aliases);
  it('group headwords by first character, with Traditional spellings as aliases', () => {
    expect(['科', '迷', '國', '国', '\u{20000}'].map(shardKey)).toEqual(['9d1', 'ff7', '70b', '6fd', '000']);
    expect(shards.get(shardKey('科'))).toEqual({
      v: 1,
      w: { 科学: cedict.dict['科学'], 科学家: cedict.dict['科学家'] },
      a: { 科學: ['科学'], 科學家: ['科学家'] },
    });
    expect(shards.get(shardKey('熊'))).toEqual({
      v: 1,
      w: { 熊猫: cedict.dict['熊猫'] },
      a: { 熊貓: ['熊猫'] },
    });
    expect(shards.get(shardKey('國'))).toEqual({ v: 1, w: {}, a: { 國: ['国'] } });
  });

  it('are fetched only as needed by lookupWords', async () => {
    const fetched: string[] = [];
    const client = createShardClient({
      baseUrl: '/d',
      fetch: async (url) => {
        fetched.push(url);
        const f = shards.get(url.slice(3, -5));
        return f ? new Response(JSON.stringify(f)) : new Response('', { status: 404 });
      },
    });
    const found = await client.lookupWords(['科学家', '科學家', '國', '迷信家']);
    expect(Object.fromEntries([...found].map(([w, e]) => [w, e.map((x) => x.p)]))).toEqual({
      科学家: ['kē xué jiā'],
      科學家: ['kē xué jiā'],
      國: ['guó'],
      迷信家: [],
    });
    expect(fetched.sort()).toEqual(['/d/6fd.json', '/d/70b.json', '/d/9d1.json', '/d/ff7.json']);
    expect((await client.explainWord('迷信家')).map((x) => x.w)).toEqual(['迷信', '家']);
  });

  it('a subset client fetches its file once', async () => {
    let n = 0;
    const file: DictFile = buildSubset(cedict.dict, ['科学家']);
    const client = createSubsetClient('/x.json', async () => (n++, new Response(JSON.stringify(file))));
    await client.lookupWords(['科学家']);
    expect(await client.explainWord('科学家')).toEqual([{ w: '科学家', entries: cedict.dict['科学家'] }]);
    expect(n).toBe(1);
  });
});

describe("the article's subset, from the real dictionary", () => {
  const view = buildArticleView(loadArticle(path.join(process.cwd(), 'content/articles/tr35-china')));
  const { dict } = loadDictionary();
  const sub = buildSubset(dict, articleWords(view));
  const first = (w: string, d: DictData = sub.w) => d[w]?.[0];

  it('contains its words, both sides of its corrections, curated entries first', () => {
    expect(first('科学家')).toEqual({ t: '科學家', p: 'kē xué jiā', d: ['scientist'], cl: ['个 gè'] });
    expect(first('首席科学家')?.src).toBe('term');
    expect(first('算力')).toEqual({ p: 'suàn lì', d: ['computing power, compute'], src: 'term' });
    expect(first('大模型')?.src).toBe('term');
    expect(first('无问芯穹')?.src).toBe('term');
    expect(first('戴国浩')).toEqual({
      t: '戴國浩',
      p: 'Dài Guó hào',
      d: [
        'Dai Guohao (Associate professor at Shanghai Jiao Tong University; co-founder and chief scientist of Infinigence AI)',
      ],
      src: 'name',
    });
    expect(first('钟翰森')?.p).toBe('Zhōng Hàn sēn');
    expect(first('荆棘铜驼')?.src).toBe('override');
    expect(first('迷信')?.d).toContain('superstition');
    expect(first('模子')?.p).toBe('mú zi');
    expect(explain(sub.w, '故意义').map((x) => x.w)).toEqual(['故意', '义']);
  });

  it('leaves out words the article does not use', () => {
    for (const w of ['熊猫', '足球', '电脑', '迷信家', '首席迷信家']) expect(sub.w[w], w).toBeUndefined();
    expect(Object.keys(sub.w).length).toBeLessThan(800);
    expect(JSON.stringify(sub).length).toBeLessThan(120_000);
  });
});
