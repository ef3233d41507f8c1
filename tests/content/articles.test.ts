import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadAllArticles, loadArticle } from '@/lib/content/load-core';
import { applySpans } from '@/lib/text/corrections';

const SEED = path.join(process.cwd(), 'content/articles/tr35-china');
const FIXTURES = path.join(process.cwd(), 'tests/fixtures/articles');
/** SHA-256 of ../shared/seed/000_e4bd6291ead336aa.txt, the text as published. */
const SEED_SHA256 = 'dbc5b60a5a129eddcaf27307055e6a0111e96d2ed49159f153345ca800cc020f';

function problemsOf(dir: string): string[] {
  try {
    loadArticle(dir);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('the seed article', () => {
  const article = loadArticle(SEED);

  it('keeps the published text byte for byte', () => {
    const sum = createHash('sha256').update(readFileSync(path.join(SEED, 'source.txt'))).digest('hex');
    expect(sum).toBe(SEED_SHA256);
    expect(article.meta.sha256).toBe(SEED_SHA256);
  });

  it('covers every character of the source with sentences, in order, each glossed unless residue', () => {
    const covered = article.sentences.map((s) => article.source.slice(s.start, s.end)).join('');
    expect(covered).toBe(article.source.replace(/\n/g, ''));
    for (const s of article.sentences) {
      if (s.kind === 'residue') expect(s.en, `sentence ${s.id}`).toBeUndefined();
      else expect(s.en?.trim().length, `sentence ${s.id}`).toBeGreaterThan(10);
    }
  });

  it('recognises headings, the caption and page residue', () => {
    const byKind = (k: string) => article.sentences.filter((s) => s.kind === k).map((s) => s.zh);
    expect(byKind('heading')).toEqual(['缓解大模子时代的算力瓶颈', '算力突破将带来AI新高峰']);
    expect(byKind('caption')).toEqual(['2024年《麻省理工科技评论》“35岁以下科技创新35人”中国当选者。']);
    expect(byKind('residue')).toEqual(['展开剩余 71 %', '发布于:上海市']);
  });

  it('names people and organisations right in the English', () => {
    const en = article.sentences.map((s) => s.en ?? '').join(' ');
    for (const name of ['DeepSeek', 'Infinigence AI', 'The Paper', 'Shanghai AI Laboratory', 'Jiuzhang', 'USTC', 'chief scientist', '10¹⁴'])
      expect(en).toContain(name);
    expect(en).not.toMatch(/superstition|1014/);
  });

  it('has corrections in range, sorted, apart, matching the source, and yielding corrected.txt', () => {
    let prevEnd = 0;
    for (const c of article.corrections) {
      expect(c.start).toBeGreaterThanOrEqual(prevEnd);
      expect(c.end).toBeLessThanOrEqual(article.source.length);
      expect(article.source.slice(c.start, c.end)).toBe(c.from);
      prevEnd = c.end;
    }
    const stored = readFileSync(path.join(SEED, 'corrected.txt'), 'utf8');
    expect(applySpans(article.source, article.corrections)).toBe(stored);
    expect(article.corrections.length).toBeGreaterThan(100);
  });

  it('repairs the known substitutions and leaves words that are right where they stand', () => {
    const fixed = article.corrected;
    for (const good of ['首席科学家', '攻克科学难题', '大模型', '人工智能产业', '优势互补', '半壁江山', '澎湃科技', '预训练', '平常心', '10¹⁴倍'])
      expect(fixed).toContain(good);
    for (const spun of ['迷信', '模子', '家当', '劣势', '荆棘铜驼', '汹涌', '预锻炼', '寻常心', '展开剩余', '发布于']) expect(fixed).not.toContain(spun);
    for (const right of ['大概1~2个量级', '以17秒完成', '摸索出', '计算中心', '中间位置']) expect(fixed).toContain(right);
  });
});

describe('the content validator', () => {
  it('accepts the second (fixture) article, which follows content/README.md', () => {
    const a = loadArticle(path.join(FIXTURES, 'mini-sample'));
    expect(a.corrected).toBe('大模型的首席科学家说：优势互补很重要。\n');
    expect(a.terms.map((t) => t.hanzi)).toEqual(['大模型']);
  });

  it.each([
    [
      'bad-hash',
      [
        /^tests\/fixtures\/articles\/bad-hash\/meta\.json: sha256: source\.txt hashes to [0-9a-f]{64}; the source must stay byte for byte as published$/,
        'tests/fixtures/articles/bad-hash/sentences.json: [0].zh: does not match source.txt at 0–19 ("大模子的首席科学家说：劣势互补很重要。")',
        'tests/fixtures/articles/bad-hash/corrections.json: [1].from: "迷信" does not match source.txt at 6–8 ("科学")',
      ],
    ],
    [
      'bad-fields',
      [
        'tests/fixtures/articles/bad-fields/meta.json: title.en: required',
        'tests/fixtures/articles/bad-fields/meta.json: date: must be a date written YYYY-MM-DD',
        'tests/fixtures/articles/bad-fields/sentences.json: [0].en: required for a prose sentence',
        'tests/fixtures/articles/bad-fields/sentences.json: [1].kind: Invalid option: expected one of "prose"|"heading"|"caption"|"residue"',
        'tests/fixtures/articles/bad-fields/corrections.json: [0].confidence: Invalid option: expected one of "certain"|"likely"',
      ],
    ],
    [
      'bad-offsets',
      [
        'tests/fixtures/articles/bad-offsets/sentences.json: [0].zh: does not match source.txt at 0–19 ("大模子的首席迷信家说：劣势互补很重要。")',
        'tests/fixtures/articles/bad-offsets/corrections.json: [1].start: 2 overlaps or precedes the previous correction (ends at 3); keep them sorted and apart',
        'tests/fixtures/articles/bad-offsets/corrections.json: [1].from: "迷信" does not match source.txt at 2–4 ("子的")',
        'tests/fixtures/articles/bad-offsets/corrected.txt: differs from source.txt with corrections.json applied; regenerate it with npm run corrections -- bad-offsets --write',
      ],
    ],
  ])('reports every problem of %s by file and field', (name, expected) => {
    const problems = problemsOf(path.join(FIXTURES, name));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((want, i) => (typeof want === 'string' ? expect(problems[i]).toBe(want) : expect(problems[i]).toMatch(want)));
  });

  it('lists the problems of all articles together, and the build step fails on them', async () => {
    expect(() => loadAllArticles(FIXTURES)).toThrow(ContentError);
    try {
      loadAllArticles(FIXTURES);
    } catch (e) {
      const files = new Set((e as ContentError).problems.map((p) => p.split(':')[0]!.split('/')[3]));
      expect([...files].sort()).toEqual(['bad-fields', 'bad-hash', 'bad-offsets']);
    }
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-content.ts'], {
      env: { ...process.env, UNSPUN_ARTICLES_DIR: FIXTURES },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad-fields/meta.json: title.en: required');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
