import { beforeAll, describe, expect, it } from 'vitest';
import { CERTAIN_CONFIDENCE, type Engine } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';

/**
 * The near-synonym table families (content/lexicon/pairs/table-*.json): spun forms that are not
 * words are found and certain; correct words with a more frequent synonym are left alone.
 */
let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

describe('table families: spun forms are found and certain', () => {
  // [label, text, spun span, replacement]
  const cases: Array<[string, string, string, string]> = [
    ['expansion 透露表现', '公司负责人透露表现将继续加大投入', '透露表现', '表示'],
    ['expansion 体式格局', '这种体式格局降低了成本', '体式格局', '方式'],
    ['expansion 缘故原由', '造成延误的缘故原由尚不清楚', '缘故原由', '原因'],
    ['expansion 孕育发生', '这一变化孕育发生了深远影响', '孕育发生', '产生'],
    ['expansion 查询拜访', '记者查询拜访发现问题仍然存在', '查询拜访', '调查'],
    ['character 大→年夜', '他考上了北京的一所年夜学', '年夜学', '大学'],
    ['character 观→不雅', '这种不雅点并不新鲜', '不雅点', '观点'],
    ['character 得→患上', '这项研究获患上了广泛关注', '获患上', '获得'],
    ['character 作→做', '相关工做人员已经到位', '工做人员', '工作人员'],
    ['compound 收集', '深度学习依靠神经收集完成识别', '神经收集', '神经网络'],
  ];
  it.each(cases)('%s', (_label, text, spun, replacement) => {
    const f = engine.detect(text).find((x) => x.text.includes(spun));
    expect(f, `no finding on ${spun} in ${text}`).toBeDefined();
    expect(f?.replacement).toBe(f?.text.replace(spun, replacement));
    expect(f?.confidence).toBeGreaterThanOrEqual(CERTAIN_CONFIDENCE);
  });
});

describe('table families: a spun form cut by another spun form is not preferred', () => {
  it('自然语言处置惩罚 → 自然语言处理 (the expansion wins over the shorter 处置 entry)', () => {
    const text = '他长期从事自然语言处置惩罚方面的研究';
    const f = engine.detect(text).filter((x) => x.confidence >= CERTAIN_CONFIDENCE);
    const covered = f.map((x) => text.slice(0, x.start) + x.replacement + text.slice(x.end));
    expect(covered).toContain('他长期从事自然语言处理方面的研究');
  });
});

describe('table families: correct words are not flagged', () => {
  const clean: string[] = [
    '我们理解这一决定，并将按照规定执行。',
    '教师要承受更大的压力，也要理解学生。',
    '推理与行动的智能体范式正在推动新的研究。',
    '传统调控方法的效率瓶颈日益凸显。',
    '地方政府和中央政府分工明确。',
    '有些媒体借题发挥，大做文章。',
    '他主要做业务拓展，平时很少加班。',
    '他患上了重感冒，在家休息了一周。',
    '世界各地的游客来到这里观光。',
    '这份报告提出了三条建议，供有关部门参考。',
    '面对竞争，企业需要不断提高产品质量。',
    '他认为这个问题可以通过技术手段解决。',
  ];
  it.each(clean)('%s', (text) => {
    const f = engine.detect(text);
    expect(f.map((x) => `${x.text}→${x.replacement} (${x.rule})`)).toEqual([]);
  });
});
