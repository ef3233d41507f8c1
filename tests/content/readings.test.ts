import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '@/lib/content/annotate';
import { duplicateExplanations } from '@/lib/content/lint';
import { ContentError, loadArticle } from '@/lib/content/load-core';
import { polyphones } from '@/lib/content/polyphones';
import { readReadings, readingSchema, type Reading } from '@/lib/content/readings';
import { buildArticleView, segmentationWords } from '@/lib/content/view';

const SEED = path.join(process.cwd(), 'content/articles/tr35-china');

/** The pinyin of `text` as an annotator reads it, word by word. */
function reader(readings: readonly Reading[]) {
  const annotator = createAnnotator([], readings);
  return (text: string) =>
    annotator
      .words(text, 0, text)
      .filter((w) => w.py)
      .map((w) => w.py)
      .join(' ');
}

describe('curated readings', () => {
  const readings = readReadings();
  const read = reader(readings);
  const plain = reader([]);

  it('fix what pinyin-pro reads wrong, where the word stands as words of the segmentation', () => {
    expect(plain('已经下降了2~3个量级')).toContain('liáng jí');
    expect(read('已经下降了2~3个量级')).toContain('liàng jí');
    expect(read('提升一个数量级')).toContain('shù liàng jí'); // inside one word
    expect(plain('把这些算力更好地服务当地产业')).toContain('gèng hǎo dì');
    expect(read('把这些算力更好地服务当地产业')).toContain('gèng hǎo de fú wù');
    expect(read('我们称之为创新型的研究机构')).toContain('chēng zhī wéi');
    expect(read('应选择做正确的事')).toMatch(/^yīng xuǎn zé/);
    expect(read('科研也面临内卷')).toMatch(/nèi juǎn$/);
    expect(read('这些成果离不开量子领域')).toContain('lí bu kāi');
  });

  it('leave the characters alone where they belong to other words', () => {
    expect(read('他们更好地区分')).toContain('gèng hǎo dì qū');
    expect(read('学术和家当的桥梁')).toContain('jiā dàng');
  });
});

describe('pinyin read word by word', () => {
  const read = reader([]);

  it('keeps pinyin-pro from reading a dictionary word across the segmentation (国家|当前, 大家|当然)', () => {
    // pinyin-pro alone: guó jiā dàng qián, dà jiā dàng rán (its word 家当 wins).
    expect(read('国家当前的政策')).toBe('guó jiā dāng qián de zhèng cè');
    expect(read('大家当然知道')).toBe('dà jiā dāng rán zhī dào');
  });

  it('reads a whole pasted article as it reads its sentences (量子 liàng zǐ, 模子 mú zi)', () => {
    const source = loadArticle(SEED).source;
    const words = createAnnotator().words(source, 0, source);
    const of = (s: string) => [...new Set(words.filter((w) => w.s === s).map((w) => w.py))];
    expect(of('量子')).toEqual(['liàng zǐ']);
    expect(of('模子')).toEqual(['mú zi']);
    expect(of('量级')).toEqual(['liàng jí']);
    expect(of('家当')).toEqual(['jiā dàng']);
  });
});

describe('the curated readings files', () => {
  it('are validated: one tone-marked syllable per character, two or more characters, a source', () => {
    const ok = { word: '量级', pinyin: 'liàng jí', source: 'CC-CEDICT 量級 liang4 ji2' };
    expect(readingSchema.safeParse(ok).success).toBe(true);
    const issues = (x: object) => readingSchema.safeParse(x).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ ...ok, pinyin: 'liàng' })).toEqual([expect.stringContaining('1 syllable(s) for 2 character(s)')]);
    expect(issues({ ...ok, pinyin: 'liang4 ji2' })).toEqual([expect.stringContaining('"liang4" is not')]);
    expect(issues({ ...ok, word: '量', pinyin: 'liàng' })).toEqual([expect.stringContaining('two or more Han characters')]);
    expect(issues({ ...ok, source: '' })).toEqual([expect.stringContaining('say where the reading comes from')]);
  });

  it('name the file and entry at fault, and a word curated twice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'readings-'));
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify([{ word: '量级', pinyin: 'liàng jí', source: 'CC-CEDICT liang4 ji2' }]));
    writeFileSync(
      path.join(dir, 'b.json'),
      JSON.stringify([
        { word: '量级', pinyin: 'liàng jí', source: 'CC-CEDICT liang4 ji2' },
        { word: '内卷', pinyin: 'nèi', source: 'CC-CEDICT nei4 juan3' },
      ]),
    );
    let problems: string[] = [];
    try {
      readReadings(dir);
    } catch (e) {
      problems = (e as ContentError).problems;
    }
    expect(problems).toEqual([expect.stringMatching(/b\.json: \[1\]\.pinyin: 1 syllable/)]);
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify([{ word: '量级', pinyin: 'liàng jí', source: 'CC-CEDICT liang4 ji2' }]));
    expect(() => readReadings(dir)).toThrow(/b\.json: \[0\]\.word: 量级 is already curated in .*a\.json \[0\]/);
  });

  it('agree with every term of the seed article, so the term list and the page read alike', () => {
    const article = loadArticle(SEED);
    const annotator = createAnnotator(segmentationWords([article]));
    for (const t of article.terms.filter((t) => /^\p{Script=Han}+$/u.test(t.hanzi))) {
      const py = annotator
        .words(t.hanzi, 0, t.hanzi)
        .map((w) => w.py)
        .join(' ');
      expect(py, t.hanzi).toBe(t.pinyin.toLowerCase());
    }
  });
});

/**
 * Every word of the seed article with a polyphonic character, as the reader shows it (unchanged
 * text, struck-out published words, inserted corrections), with the reading reviewed by hand
 * (npm run -s readings:audit -- tr35-china). A new polyphone, or a changed reading, fails here.
 * Each sentence: "word pinyin; word pinyin; …".
 */
const PINNED: Record<number, string> = {
  1: '麻省理工科技评论 má shěng lǐ gōng kē jì píng lùn; 35岁以下科技创新35人 suì yǐ xià kē jì chuàng xīn rén; 中国 zhōng guó; 当选者 dāng xuǎn zhě; 揭晓 jiē xiǎo; 与 yǔ; 相关 xiāng guān; 的 de; 研究 yán jiū; 占有 zhàn yǒu; 占据 zhàn jù',
  2: '其中 qí zhōng; 的 de; 深度求索 shēn dù qiú suǒ; 研究员 yán jiū yuán; 第一 dì yī; 了 le; 经过 jīng guò; 通过 tōng guò; 高质量 gāo zhì liàng; 和 hé; 强化学习 qiáng huà xué xí; 从根本上 cóng gēn běn shàng; 提升 tí shēng; 模子 mú zi; 模型 mó xíng; 数学 shù xué; 能力 néng lì',
  3: '的 de; 研究员 yán jiū yuán; 姚顺雨 yáo shùn yǔ; 开创 kāi chuàng; 了 le; 融合 róng hé; 与 yǔ; 行动 xíng dòng; 智能体 zhì néng tǐ; 并 bìng; 技术 jì shù; 通用 tōng yòng; 系统 xì tǒng; 操作 cāo zuò; 知识 zhī shi; 应用 yìng yòng',
  4: '这 zhè; 中 zhōng; 有人 yǒu rén; 技术 jì shù; 合成数据 hé chéng shù jù; 具身智能 jù shēn zhì néng; 瓶颈 píng jǐng; 创新 chuàng xīn; 缓解 huǎn jiě; 大 dà; 模子 mú zi; 模型 mó xíng; 的 de',
  5: '他们 tā men; 霸占 bà zhàn; 迷信 mí xìn; 难题 nán tí; 开拓 kāi tuò; 交叉 jiāo chā; 创新 chuàng xīn; 的 de; 链式反应 liàn shì fǎn yìng',
  6: '麻省理工科技评论 má shěng lǐ gōng kē jì píng lùn; 35岁以下科技创新35人 suì yǐ xià kē jì chuàng xīn rén; 中国 zhōng guó; 当选者 dāng xuǎn zhě',
  7: '作为 zuò wéi; 的 de; 当选者 dāng xuǎn zhě; 上海交通大学 shàng hǎi jiāo tōng dà xué; 副教授 fù jiào shòu; 无问芯穹 wú wèn xīn qióng; 团结 tuán jié; 联合 lián hé; 创始人 chuàng shǐ rén; 迷信 mí xìn; 家 jiā; 汹涌 xiōng yǒng; 澎湃 péng pài; 当前 dāng qián; 创新 chuàng xīn; 链条 liàn tiáo; 已经 yǐ jīng; 发生变化 fā shēng biàn huà; 创新型 chuàng xīn xíng; 研究 yán jiū; 中间 zhōng jiān; 学术 xué shù; 和 hé; 家当 jiā dàng; 当下 dāng xià; 科研 kē yán; 化 huà; 挑选 tiāo xuǎn; 选择 xuǎn zé; 正确 zhèng què; 人们 rén men; 认为 rèn wéi; 应该 yīng gāi; 更 gèng; 重要 zhòng yào',
  8: '一位 yí wèi; 当选者 dāng xuǎn zhě; 上海人工智能实验室 shàng hǎi rén gōng zhì néng shí yàn shì; 迷信 mí xìn; 家 jiā; 要 yào; 注重 zhù zhòng; 学科交叉 xué kē jiāo chā; 有 yǒu; 代价 dài jià; 价值 jià zhí; 的 de; 结果 jié guǒ',
  10: '缓解 huǎn jiě; 大 dà; 模子 mú zi; 模型 mó xíng; 的 de; 瓶颈 píng jǐng',
  11: '各地 gè dì; 有 yǒu; 计算中心 jì suàn zhōng xīn; 如何 rú hé; 把 bǎ; 这些 zhè xiē; 更好 gèng hǎo; 地 de; 服务 fú wù; 当地 dāng dì; 家当 jiā dàng; 的 de; 创新 chuàng xīn; 这 zhè; 我们 wǒ men; 软硬协同 ruǎn yìng xié tóng; 在内 zài nèi; 平台 píng tái; 能力 néng lì',
  12: '的 de; 长期 cháng qī; 和 hé; 协同 xié tóng; 研究 yán jiū; 其 qí; 核心 hé xīn; 头脑 tóu nǎo; 思想 sī xiǎng; 知识 zhī shi; 结构化 jié gòu huà; 细粒度 xì lì dù; 并行 bìng xíng; 经过 jīng guò; 通过 tōng guò; 降低 jiàng dī; 任务 rèn wu; 量 liàng; 提升 tí shēng; 利用率 lì yòng lǜ; 芯片 xīn piàn; 上 shàng; 与 yǔ; 将 jiāng; 一个 yí gè; 数量级 shù liàng jí; 显著 xiǎn zhù; 通用人工智能 tōng yòng rén gōng zhì néng; 效率 xiào lǜ; 能效 néng xiào; 缓解 huǎn jiě; 大 dà; 模子 mú zi; 模型 mó xíng; 瓶颈 píng jǐng',
  13: '大语言 dà yǔ yán; 模子 mú zi; 模型 mó xíng; 的 de; 发展 fā zhǎn; 了 le; 海量 hǎi liàng; 不足 bù zú; 和 hé; 高能耗 gāo néng hào; 成为 chéng wéi; 人工智能 rén gōng zhì néng; 家当 jiā dàng; 进一步 jìn yí bù; 核心 hé xīn; 挑战 tiǎo zhàn',
  14: '团结 tuán jié; 联合 lián hé; 创办 chuàng bàn; 无问芯穹 wú wèn xīn qióng; 期望 qī wàng; 将 jiāng; 技术 jì shù; 家当 jiā dàng; 化 huà; 解决 jiě jué; 应用 yìng yòng; 中 zhōng; 更 gèng; 大 dà; 规模 guī mó; 的 de',
  15: '软硬协同 ruǎn yìng xié tóng; 底子 dǐ zi; 研究 yán jiū; 出发 chū fā; 进一步 jìn yí bù; 拓展 tuò zhǎn; 家当 jiā dàng; 规模 guī mó; 思绪 sī xù; 思路 sī lù; 提高 tí gāo; 人工智能 rén gōng zhì néng; 的 de; 整体 zhěng tǐ; 可用 kě yòng',
  16: '经过 jīng guò; 通过 tōng guò; 的 de; 能力 néng lì; 降低 jiàng dī; 将 jiāng; 国内外 guó nèi wài; 更好 gèng hǎo; 地 de; 和 hé',
  17: '好 hǎo; 技术 jì shù; 要 yào; 能够 néng gòu; 赋能 fù néng; 的 de; 和 hé',
  18: '的 de; 将 jiāng; 技术 jì shù; 过去 guò qù; 内 nèi; 已经 yǐ jīng; 发生 fā shēng; 了 le; 翻天覆地 fān tiān fù dì; 变化 biàn huà; 每个 měi gè; 代价 dài jià; 价格 jià gé; 模子 mú zi; 模型 mó xíng; 来说 lái shuō; 下落 xià luò; 下降 xià jiàng; 个 gè; 量级 liàng jí',
  19: '我们 wǒ men; 会 huì; 看到 kàn dào; 有 yǒu; 大概 dà gài; 个 gè; 量级 liàng jí; 甚至 shèn zhì; 的 de; 空间 kōng jiān; 因为 yīn wèi; 降低成本 jiàng dī chéng běn; 永无止境 yǒng wú zhǐ jìng',
  20: '迷信 mí xìn; 家 jiā; 和 hé; 创业者 chuàng yè zhě; 的 de; 双重身份 shuāng chóng shēn fèn; 一套 yí tào; 创新 chuàng xīn; 方法论 fāng fǎ lùn',
  21: '高校 gāo xiào; 论文 lùn wén; 发表 fā biǎo; 的 de; 创新 chuàng xīn; 结果 jié guǒ; 家当 jiā dàng; 经过 jīng guò; 通过 tōng guò',
  22: '这 zhè; 一 yì; 的 de; 创新 chuàng xīn; 不管 bù guǎn; 谷 gǔ; 还是 hái shì; 其他 qí tā; 和 hé; 科研机构 kē yán jī gòu; 更 gèng; 中间 zhōng jiān; 学术 xué shù; 家当 jiā dàng; 打通 dǎ tōng; 我们 wǒ men; 称之为 chēng zhī wéi; 创新型 chuàng xīn xíng; 研究 yán jiū',
  23: '这 zhè; 意味着 yì wèi zhe; 创新 chuàng xīn; 的 de; 链条 liàn tiáo; 已经 yǐ jīng; 发生变化 fā shēng biàn huà; 当下 dāng xià; 科研 kē yán; 大概 dà gài; 家当 jiā dàng; 化 huà; 应 yīng; 挑选 tiāo xuǎn; 选择 xuǎn zé; 正确 zhèng què; 人们 rén men; 认为 rèn wéi; 应该 yīng gāi',
  24: '将 jiāng',
  25: '上海人工智能实验室 shàng hǎi rén gōng zhì néng shí yàn shì; 的 de; 迷信 mí xìn; 家 jiā; 同时 tóng shí; 上海 shàng hǎi; 奇算光启 qí suàn guāng qǐ; 信息技术 xìn xī jì shù; 有限公司 yǒu xiàn gōng sī; 创始人 chuàng shǐ rén; 上海创智学院 shàng hǎi chuàng zhì xué yuàn',
  26: '同样 tóng yàng; 将 jiāng; 作为 zuò wéi; 核心 hé xīn; 研究 yán jiū',
  27: '大 dà; 规模 guī mó; 量子比特 liàng zǐ bǐ tè; 中性原子阵列 zhōng xìng yuán zǐ zhèn liè; 量子纠错 liàng zǐ jiū cuò; 解码器 jiě mǎ qì; 为 wèi; 容错量子计算 róng cuò liàng zǐ jì suàn; 供应 gōng yìng; 提供 tí gōng; 了 le; 的 de; 技术 jì shù',
  28: '认为 rèn wéi; 一个 yí gè; 上 shàng; 的 de; 大 dà; 将 jiāng; 人工智能 rén gōng zhì néng',
  29: '量子 liàng zǐ; 挑选 tiāo xuǎn; 选择 xuǎn zé; 体系 tǐ xì; 作为 zuò wéi; 发展 fā zhǎn; 可 kě; 的 de; 高斯玻色采样 gāo sī bō sè cǎi yàng; 理论 lǐ lùn; 研制 yán zhì; 一号 yī hào; 经过 jīng guò; 通过 tōng guò; 经典 jīng diǎn; 量子计算优越性 liàng zǐ jì suàn yōu yuè xìng',
  30: '随着 suí zhe; 量子 liàng zǐ; 系统 xì tǒng; 规模 guī mó; 传统 chuán tǒng; 调控 tiáo kòng; 的 de; 效率 xiào lǜ; 瓶颈 píng jǐng',
  31: '将 jiāng; 深度 shēn dù; 量子 liàng zǐ; 技术 jì shù; 开发 kāi fā; 功能 gōng néng; 性能 xìng néng; 优化 yōu huà; 谷 gǔ; 芯片 xīn piàn; 任务 rèn wu; 经典 jīng diǎn; 量子霸权 liàng zǐ bà quán; 的 de; 无 wú; 漏洞 lòu dòng; 重新 chóng xīn; 划定 huà dìng; 了 le; 和 hé; 边境 biān jìng; 边界 biān jiè',
  32: '技术 jì shù; 大 dà; 规模 guī mó; 量子比特 liàng zǐ bǐ tè; 中性原子阵列 zhōng xìng yuán zǐ zhèn liè; 并 bìng; 的 de; 量子纠错 liàng zǐ jiū cuò; 解码器 jiě mǎ qì',
  33: '上海人工智能实验室 shàng hǎi rén gōng zhì néng shí yàn shì; 合肥国家实验室 hé féi guó jiā shí yàn shì; 和 hé; 中科大 zhōng kē dà; 的 de; 交叉 jiāo chā; 科研人员 kē yán rén yuán; 共同 gòng tóng; 了 le; 量子比特 liàng zǐ bǐ tè; 中心 zhōng xīn; 中性 zhōng xìng; 排布 pái bù; 功能 gōng néng; 性能 xìng néng; 量子纠错 liàng zǐ jiū cuò',
  34: '这些 zhè xiē; 结果 jié guǒ; 离不开 lí bu kāi; 量子 liàng zǐ; 和 hé; 人工智能 rén gōng zhì néng; 的 de; 交叉 jiāo chā',
  35: '认为 rèn wéi; 要 yào; 注重 zhù zhòng; 学科交叉 xué kē jiāo chā; 更 gèng; 有意义 yǒu yì yì; 的 de; 结果 jié guǒ',
  36: '正 zhèng; 集中 jí zhōng; 霸占 bà zhàn; 系统 xì tǒng; 的 de; 可编程 kě biān chéng; 与 yǔ; 适配 shì pèi; 难题 nán tí; 通用 tōng yòng; 智能 zhì néng; 为 wèi; 集成化 jí chéng huà; 芯片 xīn piàn; 底子 dǐ zi; 技术 jì shù; 刷新 shuā xīn; 革新 gé xīn; 供应 gōng yìng; 提供 tí gōng; 可能性 kě néng xìng',
  37: '摩尔定律 mó ěr dìng lǜ; 瓶颈 píng jǐng; 的 de; 一个 yí gè; 下一代 xià yí dài; 可能 kě néng',
  38: '我们 wǒ men; 还 hái; 就要 jiù yào; 挑战 tiǎo zhàn; 困难 kùn nán; 的 de; 有 yǒu; 代价 dài jià; 价值 jià zhí',
  39: '不管 bù guǎn; 学术研究 xué shù yán jiū; 还是 hái shì; 创业 chuàng yè; 要 yào; 有 yǒu; 代价 dài jià; 价值 jià zhí; 的 de; 研究 yán jiū; 社会 shè huì',
  40: '尽管 jǐn guǎn; 科研 kē yán; 内卷 nèi juǎn; 迷信 mí xìn; 家 jiā; 要 yào; 对待 duì dài; 并 bìng; 当前 dāng qián; 的 de; 更 gèng',
  41: '发布 fā bù; 上海市 shàng hǎi shì',
};

describe('the reading of every polyphone in the seed article', () => {
  const rows = polyphones(buildArticleView(loadArticle(SEED)));

  it.each(Object.keys(PINNED).map(Number))('sentence %i', (id) => {
    const expected = new Map(PINNED[id]!.split('; ').map((p) => [p.split(' ')[0]!, p.slice(p.indexOf(' ') + 1)]));
    const seen = new Map<string, string>();
    for (const r of rows.filter((r) => r.sentence === id)) {
      const word = /【(.*?)】/.exec(r.context)![1]!;
      expect(expected.has(word), `sentence ${id}: ${word} (${r.pinyin}) is not pinned; review it and add it`).toBe(true);
      expect(r.pinyin, `sentence ${id}: ${word}`).toBe(expected.get(word));
      seen.set(word, r.pinyin);
    }
    expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('covers every sentence that has a polyphone', () => {
    expect(Object.keys(PINNED).map(Number)).toEqual([...new Set(rows.map((r) => r.sentence))]);
  });
});

describe('review checks', () => {
  it('find no explanation copied across sentences in the seed article', () => {
    expect(duplicateExplanations(loadArticle(SEED))).toEqual([]);
  });

  it('flag an explanation text repeated in another sentence, naming both', () => {
    const article = loadArticle(SEED);
    const [a, b] = [article.corrections[0]!, article.corrections.find((c) => c.start > 300)!];
    const copy = { ...article, corrections: article.corrections.map((c) => (c === b ? { ...c, explanation: a.explanation } : c)) };
    const notes = duplicateExplanations(copy);
    expect(notes).toHaveLength(2); // en and zh
    expect(notes[0]).toMatch(/corrections\.json: \[0\] \(sentence 1\), \[\d+\] \(sentence \d+\): the same explanation\.en/);
  });
});
