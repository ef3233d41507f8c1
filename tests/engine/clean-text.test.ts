import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';

/**
 * False alarms on clean text: the engine must flag (almost) nothing at the default threshold in
 * text that was never spun, however often a word that is also a spun form repeats in it.
 */
let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

describe('clean text gets no findings at the default threshold', () => {
  const cases: Array<[string, string]> = [
    // 都会 is nearly always 都 + 会 ("will all"), never a spun 城市 on its own.
    [
      '都会 repeated (will all)',
      '其实我们在公共场所的时候，都会看到提示，大家都会注意，孩子们也都会记住，老人们都会照做。',
    ],
    // 本身的 is ordinary prose ("the X itself"), not an expansion of 自己的.
    ['本身的', '问题本身的复杂性决定了方法，系统本身的设计也很重要。'],
    ['plain news prose', '2024年的评选结果于5月23日公布，与人工智能相关的研究人才占据半壁江山。'],
    ['plain technical prose', '用户和应用程序可以通过这个接口得到系统的信息，并可以改变内核的某些参数。'],
  ];
  it.each(cases)('%s', (_label, text) => {
    expect(engine.detect(text)).toEqual([]);
  });

  it('条目 (entry) and 密钥 (key) are words of their own, never spun 条件 and 密码, not even as hints', () => {
    const text = '无法从贮藏条目中恢复未跟踪文件。重置 UID 1000 的登录失败条目失败。请先生成一对新的密钥。';
    expect(engine.detect(text, { all: true }).filter((f) => ['条目', '密钥'].includes(f.text))).toEqual([]);
  });

  it('the seed article with every substitution repaired (corrected.txt)', () => {
    const text = fs.readFileSync(
      path.join(process.cwd(), 'content', 'articles', 'tr35-china', 'corrected.txt'),
      'utf8',
    );
    expect(engine.detect(text)).toEqual([]);
  });
});

describe('a repeated form does not raise its own density', () => {
  // Each case: a form repeated in a clean sentence, and the same sentence with one independent
  // certain finding nearby. Repetition alone must not lift the form above what it scores once.
  const cases: Array<[string, string, string]> = [
    ['都会', '大家都会来。', '大家都会来，他们都会来，我们都会来，你们都会来。'],
    ['本身', '事情本身很简单。', '事情本身很简单，方法本身也简单，工具本身更简单。'],
  ];
  it.each(cases)('%s', (form, once, repeated) => {
    const max = (text: string) =>
      Math.max(
        0,
        ...engine
          .detect(text, { minConfidence: 0 })
          .filter((f) => f.text === form)
          .map((f) => f.confidence),
      );
    expect(max(repeated)).toBeLessThanOrEqual(max(once) + 1e-9);
  });
});
