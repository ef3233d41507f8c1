import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  applyFindings,
  CERTAIN_CONFIDENCE,
  HINT_CONFIDENCE,
  RECOMMENDED_CONFIDENCE,
  undo,
  type Engine,
  type Finding,
} from '@/lib/engine';
import { EVIDENCE, type Evidence } from '@/lib/engine/types';
import { loadEngine } from '@/lib/lexicon';
import { scorePassage } from '@/lib/engine/score';
import { loadArticle } from '@/scripts/lib/eval-data';

let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

/** The parts of a finding a reader sees; `certain` stands for confidence >= 0.9. */
const view = (f: Finding) => ({
  start: f.start,
  end: f.end,
  text: f.text,
  replacement: f.replacement,
  kind: f.kind,
  certain: f.confidence >= CERTAIN_CONFIDENCE,
});

describe('known spun phrases are found, certain, at exact offsets', () => {
  const cases: Array<[string, string, ReturnType<typeof view>[]]> = [
    [
      '首席迷信家',
      '上海交通大学副教授兼首席迷信家戴国浩',
      [{ start: 10, end: 15, text: '首席迷信家', replacement: '首席科学家', kind: 'synonym', certain: true }],
    ],
    [
      '大模子',
      '缓解大模子时代的算力瓶颈',
      [{ start: 2, end: 5, text: '大模子', replacement: '大模型', kind: 'synonym', certain: true }],
    ],
    [
      '经由过程',
      '经由过程降低成本',
      [{ start: 0, end: 4, text: '经由过程', replacement: '通过', kind: 'expansion', certain: true }],
    ],
    [
      '预锻炼',
      '通过高质量预锻炼和强化学习方法',
      [{ start: 5, end: 8, text: '预锻炼', replacement: '预训练', kind: 'synonym', certain: true }],
    ],
    [
      '估计打算 + 众模态',
      '估计打算机视觉与众模态数据',
      [
        {
          start: 0,
          end: 7,
          text: '估计打算机视觉',
          replacement: '计算机视觉',
          kind: 'expansion',
          certain: true,
        },
        { start: 8, end: 11, text: '众模态', replacement: '多模态', kind: 'synonym', certain: true },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(engine.detect(text).map(view)).toEqual(expected);
  });
});

describe('a real word swapped for another needs the passage’s evidence', () => {
  // 劣势 and 寻常 are words: alone in a clean sentence they are left alone (clean text must not
  // be flagged); in text the spinner has visibly been through, the same sentence is repaired.
  const spun = (s: string) => `经由过程预锻炼大模子提升材干。${s}`;
  const cases: Array<[string, string, string, string]> = [
    ['寻常心', '他建议青年科学家要以寻常心对待', '寻常心', '平常心'],
    ['市当局', '市当局发布了新的规定', '市当局', '市政府'],
  ];
  it.each(cases)('%s', (_name, sentence, text, replacement) => {
    expect(engine.detect(sentence).filter((f) => f.text === text)).toEqual([]);
    expect(
      engine
        .detect(spun(sentence))
        .filter((f) => f.text === text)
        .map((f) => f.replacement),
    ).toEqual([replacement]);
  });
});

describe('a curated cue decides a common word', () => {
  it('劣势互补 is always 优势互补 (the set phrase), even without other spinner evidence', () => {
    const found = engine.detect('青年人才要注重学科交叉、劣势互补');
    expect(found.map((f) => [f.text, f.replacement])).toEqual([['劣势互补', '优势互补']]);
  });

  it('a curated condition on the neighbours counts as a cue: 汹涌科技 (澎湃科技, the outlet) is recommended', () => {
    // 汹涌 → 澎湃 exists only before 科技, 新闻 …, so meeting that condition speaks for it as a cue
    // does; it used to be capped as a finding resting on the pair alone.
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    const found = engine.detect(text).filter((f) => f.text === '汹涌');
    expect(found.map((f) => [text.slice(f.end, f.end + 2), f.replacement, f.evidence])).toEqual([
      ['科技', '澎湃', 'cue'],
    ]);
    expect(found[0]?.confidence).toBeGreaterThanOrEqual(RECOMMENDED_CONFIDENCE);
  });
  it('reads 使命 (mission) after a time such as 600秒 as a spun 任务 (task)', () => {
    const spun = '经由过程预锻炼大模子提升材干。用小型GPU集群以17秒完成谷歌量子芯片600秒使命。';
    expect(engine.detect(spun).find((f) => f.text === '使命')?.replacement).toBe('任务');
  });
});

describe('a spun form with several originals', () => {
  it('restores 索求 as 探索 (explore), the original spinners swap it for, not 寻找 (look for)', () => {
    const spun = '经由过程预锻炼大模子提升材干。这是高精尖技术的索求,但过去两三年进展很快。';
    expect(engine.detect(spun, { all: true }).find((f) => f.text === '索求')?.replacement).toBe('探索');
  });
});

describe('words that are correct where they stand are not flagged', () => {
  const cases: Array<[string, string]> = [
    ['以17秒完成 (finish)', '用小型GPU集群以17秒完成谷歌量子芯片600秒任务'],
    ['大概1~2个量级 (about)', '未来我们依然会看到有大概1~2个量级的突破空间'],
    ['心跳加快', '他紧张得心跳加快'],
    ['摸索出', '科学家和创业者的双重身份也让他摸索出一套方法论'],
    ['中间位置', '创新型的研究机构站在中间位置搭建起学术和产业的桥梁'],
    ['理解', '我理解你的意思'],
    ['按照', '按照规定办理手续'],
    ['教师', '她是一名中学教师'],
    ['承受', '他承受了巨大的压力'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(engine.detect(text)).toEqual([]);
  });

  it('stays quiet on those words even inside heavily spun text', () => {
    const spun = '首席迷信家戴国浩表示,经由过程预锻炼大模子,用小型GPU集群以17秒完成谷歌量子芯片600秒任务。';
    const found = engine.detect(spun).map((f) => f.text);
    expect(found).toEqual(['首席迷信家', '经由过程', '预锻炼', '大模子']);
  });

  it('leaves 在…的基础上 (on the basis of) alone in spun text, and still repairs the garbled adverb 基础上 (基本上)', () => {
    const spun = '经由过程预锻炼大模子提升材干。在正常信息的基础上列出进程，在此基础上再做优化。';
    expect(engine.detect(spun, { all: true }).filter((f) => f.text.includes('基础'))).toEqual([]);
    const garbled = '经由过程预锻炼大模子提升材干，这些成绩基础上都处理了。';
    expect(engine.detect(garbled).find((f) => f.text === '基础上')?.replacement).toBe('基本上');
  });

  it('reads 期间 (during) as a spun 时代 (era) only after a cue such as 人工智能', () => {
    const spun = '经由过程预锻炼大模子提升材干。在并行操作期间无法提交，我们已经进入人工智能期间。';
    const found = engine.detect(spun, { all: true }).filter((f) => f.text === '期间');
    expect(found.map((f) => [spun.slice(f.start - 4, f.start), f.replacement])).toEqual([
      ['人工智能', '时代'],
    ]);
  });

  it('does not recommend 即使 (even if) → 如果 in spun text: a clause after it is no sign of a swap', () => {
    const spun =
      '经由过程预锻炼大模子提升材干。即使没有匹配，也以零状态退出；即使没有回显其他字符，也回显换行。';
    expect(engine.detect(spun).filter((f) => f.text === '即使')).toEqual([]);
  });

  it('does not recommend 计划 (plan) → 设计 (design) without a cue beside it, even in spun text', () => {
    const spun = '经由过程预锻炼大模子提升材干。设置计划器对处理每个操作符和函数调用的开销估算。';
    expect(engine.detect(spun).filter((f) => f.text.startsWith('计划'))).toEqual([]);
  });

  it('leaves 在…的环境下 (in … circumstances) alone in spun text: 情况下 and 环境下 are both idiomatic', () => {
    const spun =
      '不管是做学术研究照样创业,青年人材要争取做出最有代价的研究。他建议青年迷信家要以寻常心对待,并在当前的环境下投入更多精力。';
    expect(engine.detect(spun).filter((f) => f.text === '环境')).toEqual([]);
  });

  it('does not recommend 单元 (unit, cell) → 单位 in spun technical prose', () => {
    const spun =
      '经由过程预锻炼大模子提升材干。没有当前单元，请先选择一个存储单元。每个单元都有编号，单元之间互不影响。';
    expect(engine.detect(spun).filter((f) => f.text === '单元')).toEqual([]);
  });

  it('leaves 注重 (attach importance to) alone in the seed: it is an everyday word, not a spun 注意', () => {
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    expect(engine.detect(text).filter((f) => f.text === '注重')).toEqual([]);
  });

  it('leaves 知识密集型领域 alone: 密集型 goes with 领域 (field) as well as with 行业 (industry)', () => {
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    expect(engine.detect(text, { all: true }).filter((f) => f.text === '领域')).toEqual([]);
  });

  it('leaves 当前 (current) alone in spun text: 以后 (afterwards) is no original of it', () => {
    const spun =
      '不管是做学术研究照样创业,青年人材要争取做出最有代价的研究。他建议青年迷信家要以寻常心对待,并在当前的环境下投入更多精力。';
    expect(engine.detect(spun, { all: true }).filter((f) => f.text.includes('当前'))).toEqual([]);
  });
});

describe('the seed article by default output: recall ≥ 0.85, no flag on a right word', () => {
  /** The seed, its default findings and their score (read and detected once for both tests). */
  const seed = () => {
    const { passage } = loadArticle('tr35-china');
    const found = engine.detect(passage.text);
    return { found, scored: scorePassage(passage.text, passage.refs, found) };
  };
  let run: ReturnType<typeof seed>;
  beforeAll(() => {
    run = seed();
  });

  it('finds at least 85% of the seed article’s curated spinner substitutions by default', () => {
    const { scored } = run;
    expect(scored.corrected.filter(Boolean).length / scored.subs).toBeGreaterThanOrEqual(0.85);
  });

  it('flags no word of the seed article that is right where it stands (服务当地产业 …)', () => {
    const { found, scored } = run;
    const wrong = found.filter((_f, k) => scored.falseAlarm[k]).map((f) => `${f.text}→${f.replacement}`);
    expect(wrong).toEqual([]);
  });
});

describe('the same word, decided by context', () => {
  it('加快 is flagged in spun 量子加快 but never in 心跳加快 or 加快发展', () => {
    const spun = '经由过程预锻炼大模子提升材干。';
    const hint = (text: string) =>
      engine
        .detect(spun + text, { all: true })
        .filter((f) => f.text === '加快')
        .map((f) => f.replacement);
    expect(hint('完成比经典计算机快千倍的量子加快')).toEqual(['加速']);
    expect(hint('稀疏计算加快技术产业化')).toEqual(['加速']);
    expect(hint('他心跳加快')).toEqual([]);
    expect(hint('加快发展新质生产力')).toEqual([]);
  });
});

describe('Traditional input', () => {
  it('matches through a Simplified view and answers in Traditional at the user’s offsets', () => {
    const text = '上海交通大學副教授兼首席迷信家戴國浩經由過程預鍛鍊提升模型';
    expect(engine.detect(text).map(view)).toEqual([
      { start: 10, end: 15, text: '首席迷信家', replacement: '首席科學家', kind: 'synonym', certain: true },
      { start: 18, end: 22, text: '經由過程', replacement: '通過', kind: 'expansion', certain: true },
      { start: 22, end: 25, text: '預鍛鍊', replacement: '預訓練', kind: 'synonym', certain: true },
    ]);
  });

  it('offers the alternatives in the user’s script too', () => {
    // The seed's sentence: spinners make 扶植 from 建设 and from 培养; the first reads better here.
    const simplified =
      '目前各地有很多计算中心,扶植完之后怎样把这些算力更好地办事当地家当、办事高精尖企业的创新';
    const traditional =
      '目前各地有很多計算中心,扶植完之後怎樣把這些算力更好地辦事當地家當、辦事高精尖企業的創新';
    const first = (text: string) => engine.detect(text).find((f) => f.text === '扶植');
    expect([first(simplified)?.replacement, first(simplified)?.alternatives]).toEqual(['建设', ['培养']]);
    expect([first(traditional)?.replacement, first(traditional)?.alternatives]).toEqual(['建設', ['培養']]);
  });

  it('takes the script from the caller when the characters do not tell', () => {
    expect(engine.detect('首席迷信家', { script: 'traditional' }).map((f) => f.replacement)).toEqual([
      '首席科學家',
    ]);
    expect(engine.detect('首席迷信家').map((f) => f.replacement)).toEqual(['首席科学家']);
  });
});

describe('offsets are JavaScript string offsets of the text as given', () => {
  const cases: Array<[string, string, number]> = [
    ['non-BMP characters before', '𠀀𠀁首席迷信家', 4],
    ['emoji and ZWJ sequence before', '👩‍💻🎉首席迷信家', 7],
    ['decomposed accents before (NFC at the boundary)', 'Cafe\u0301 é 首席迷信家', 8],
    ['CJK compatibility ideograph before', '\uF900首席迷信家', 1],
    ['lone surrogate before', '\uD800首席迷信家', 1],
  ];
  it.each(cases)('%s', (_name, text, start) => {
    const found = engine.detect(text);
    expect(found.map((f) => [f.start, f.end, f.text, text.slice(f.start, f.end)])).toEqual([
      [start, start + 5, '首席迷信家', '首席迷信家'],
    ]);
  });
});

describe('apply and undo', () => {
  const texts = [
    '经由过程预锻炼大模子提升材干,首席迷信家表示。',
    '上海交通大學副教授兼首席迷信家戴國浩',
    '𠀀𠀁首席迷信家\uD800 and text',
    'no Chinese at all',
    '',
  ];
  it.each(texts)('round-trips %j', (text) => {
    const applied = applyFindings(text, engine.detect(text, { all: true }));
    expect(undo(applied)).toBe(text);
  });

  it('applies replacements and records where each one now stands', () => {
    const text = '经由过程预锻炼提升';
    const applied = applyFindings(text, engine.detect(text));
    expect(applied).toEqual({
      text: '通过预训练提升',
      edits: [
        { start: 0, end: 2, original: '经由过程', replacement: '通过' },
        { start: 2, end: 5, original: '预锻炼', replacement: '预训练' },
      ],
    });
    expect(undo(applied, (e) => e.original === '预锻炼')).toBe('通过预锻炼提升');
  });

  it('skips findings that no longer match the text or overlap an applied one', () => {
    const applied = applyFindings('abcdef', [
      { start: 0, end: 2, text: 'ab', replacement: 'X' },
      { start: 1, end: 3, text: 'bc', replacement: 'Y' },
      { start: 4, end: 6, text: 'zz', replacement: 'Z' },
      { start: 5, end: 9, text: 'f', replacement: 'W' },
    ]);
    expect(applied).toEqual({
      text: 'Xcdef',
      edits: [{ start: 0, end: 1, original: 'ab', replacement: 'X' }],
    });
  });
});

describe('options and robustness', () => {
  it('gives the same findings call after call, whatever it checked before (its candidates are reused)', () => {
    const seed = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    const other = '他们经由过程自然语言处置惩罚和预锻炼的大模子进修。\n'.repeat(40) + seed.slice(0, 3000);
    const fresh = loadEngine();
    const first = fresh.detect(seed, { all: true });
    const otherFirst = fresh.detect(other);
    expect(otherFirst.some((f) => f.replacement.includes('自然语言处理'))).toBe(true);
    fresh.inspect(other);
    fresh.detect(other, { all: true });
    expect(fresh.detect(seed, { all: true })).toEqual(first);
    expect(fresh.detect(other)).toEqual(otherFirst);
    expect(engine.detect(seed, { all: true })).toEqual(first);
  });

  it('returns weaker hints only with { all: true }', () => {
    // The seed article is spun throughout: besides its recommended findings it has weaker hints.
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    const strict = engine.detect(text);
    const all = engine.detect(text, { all: true });
    expect(strict.length).toBeGreaterThan(0);
    for (const f of strict) expect(f.confidence).toBeGreaterThanOrEqual(RECOMMENDED_CONFIDENCE);
    const hints = all.filter((f) => f.confidence < RECOMMENDED_CONFIDENCE);
    expect(hints.length).toBeGreaterThan(0);
    for (const f of hints) expect(f.confidence).toBeGreaterThanOrEqual(HINT_CONFIDENCE);
  });

  it('handles 1 MB of one character', () => {
    expect(engine.detect('迷'.repeat(1_000_000))).toEqual([]);
  });

  it('handles controls, emoji and an empty string', () => {
    expect(engine.detect('\u0000\u0007\u001b[0m😀\u200d')).toEqual([]);
    expect(engine.detect('')).toEqual([]);
  });
});

describe('each finding says what its evidence is, for a UI to word in its own language', () => {
  it('names the evidence behind the reason: a non-word, a fusing word, a cue, the context', () => {
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    const found = engine.detect(text, { all: true });
    const seen = new Set(found.map((f) => f.evidence));
    for (const f of found) {
      expect(EVIDENCE).toContain(f.evidence);
      // The English reason says the same as the code.
      const words: Record<Evidence, RegExp> = {
        nonword: /is not a word/,
        fuses: /forms a word with its neighbours/,
        cue: /its neighbour goes with/,
        contextSpun: /reads better corrected, and the text around it/,
        context: /reads better corrected;/,
        pairSpun: /may stand for “[^”]+” in spun text/,
        pair: /nothing around it confirms it/,
      };
      expect(f.reason).toMatch(words[f.evidence]);
    }
    // The seed article has every common kind of evidence.
    for (const e of ['nonword', 'cue', 'contextSpun', 'pairSpun'] as const) expect(seen).toContain(e);
  });

  it('recommends nothing on the pair alone: a finding without a cue or a better-reading sentence is a hint', () => {
    const text = readFileSync('content/articles/tr35-china/source.txt', 'utf8');
    const all = engine.detect(text, { all: true });
    const pairOnly = all.filter((f) => f.evidence === 'pair' || f.evidence === 'pairSpun');
    expect(pairOnly.length).toBeGreaterThan(0);
    for (const f of pairOnly) expect(f.confidence).toBeLessThan(0.5);
    for (const f of engine.detect(text)) expect(['pair', 'pairSpun']).not.toContain(f.evidence);
  });

  it('marks 迷信 in 首席迷信家 as a non-word swap', () => {
    const [f] = engine.detect('上海交通大学副教授兼首席迷信家戴国浩');
    expect(f?.evidence).toBe('nonword');
  });
});
