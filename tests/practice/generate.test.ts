import { beforeAll, describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { CERTAIN_CONFIDENCE } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';
import { cardOf } from '@/lib/practice/cards';
import { distractorIndex, pickDistractors } from '@/lib/practice/distractors';
import { articleExercises, checkExercises, narrow, type GeneratorDeps } from '@/lib/practice/generate';
import { mulberry32 } from '@/lib/practice/prng';
import { byCategory, outcome, pickSession, retrySession, spotIsRight } from '@/lib/practice/session';
import { generatorDeps } from '@/lib/practice/server';
import type { CleanExercise, Exercise, SwapExercise } from '@/lib/practice/types';
import { cloze } from '@/lib/study/formats';
import { wordSchema } from '@/lib/study/schema';

const article = getArticles().find((a) => a.slug === 'tr35-china')!;
const input = (locale = 'en') => ({
  slug: article.slug,
  locale,
  source: article.source,
  sentences: article.sentences,
  corrections: article.corrections,
});
let deps: GeneratorDeps;
let pool: Exercise[];
const swaps = () => pool.filter((e): e is SwapExercise => e.type === 'swap');
const cleans = () => pool.filter((e): e is CleanExercise => e.type === 'clean');

beforeAll(() => {
  deps = generatorDeps();
  pool = articleExercises(input(), deps);
}, 120_000);

/** Words as single characters, Han ones with a dummy reading; pinyin empty; everything flagged. */
const plainDeps = (pairs: { spun: string; orig: string }[]): GeneratorDeps => ({
  words: (text) => [...text].map((s) => (/\p{Script=Han}/u.test(s) ? { s, py: 'x' } : { s })),
  pinyin: () => '',
  index: distractorIndex(pairs.map((p) => ({ ...p, rule: `test/${p.spun}→${p.orig}` }))),
  flagged: () => true,
});

describe('the article’s exercises', () => {
  it('are the same every time (no randomness outside the seeded PRNG)', () => {
    expect(articleExercises(input(), deps)).toEqual(pool);
  });

  it('cover the certain word swaps of every kind, and clean clauses', () => {
    const kinds = new Set(swaps().map((e) => e.category));
    expect([...kinds].sort()).toEqual(['antonym', 'idiom', 'proper-noun', 'synonym']);
    expect(swaps().length).toBeGreaterThanOrEqual(80);
    expect(cleans().length).toBeGreaterThanOrEqual(30);
  });

  it('ask only about certain corrections, showing the spun word where the correction is', () => {
    for (const e of swaps()) {
      const c = article.corrections[Number(e.id.slice(1))]!;
      expect(c.confidence).toBe('certain');
      expect([c.from, c.to]).toEqual([e.spun, e.original]);
      const shown = e.tokens.map((t) => t.s).join('');
      expect(shown.slice(e.at, e.at + e.spun.length)).toBe(e.spun);
      const target = e.tokens
        .slice(...e.target)
        .map((t) => t.s)
        .join('');
      expect(target).toContain(e.spun);
      expect(e.corrected).toBe(shown.slice(0, e.at) + e.original + shown.slice(e.at + e.spun.length));
    }
  });

  it('offer the original and three distractors: never the original twice, never the spun word, no duplicates', () => {
    for (const e of swaps()) {
      expect(e.options).toHaveLength(4);
      expect(e.options[0]).toBe(e.original);
      expect(new Set(e.options).size).toBe(4);
      for (const d of e.options.slice(1)) {
        expect(d).not.toBe(e.spun);
        expect(d).not.toContain(e.original);
        expect(d).not.toContain(e.spun);
        expect([...d]).toHaveLength([...e.original].length);
      }
    }
  });

  it('give the explanation, both readings and the gloss for the feedback', () => {
    const e = swaps().find((x) => x.phrase.published === '首席迷信家')!;
    expect(e).toMatchObject({
      spun: '迷信',
      original: '科学',
      spunPinyin: 'mí xìn',
      originalPinyin: 'kē xué',
      phrase: { published: '首席迷信家', corrected: '首席科学家', at: 2 },
    });
    expect(e.explanation.en.length).toBeGreaterThan(20);
    expect(e.explanation.zh!.length).toBeGreaterThan(5);
    expect(e.en).toMatch(/chief scientist/);
    expect(e.href).toMatch(/^\/en\/articles\/tr35-china#s-\d+$/);
  });

  it('make clean clauses from the corrected text only: no correction left in them', () => {
    for (const e of cleans()) {
      const s = article.sentences.find((x) => `k${x.id}` === e.id)!;
      const inside = article.corrections.filter((c) => c.start >= s.start && c.end <= s.end);
      let corrected = article.source.slice(s.start, s.end);
      for (const c of [...inside].reverse())
        corrected = corrected.slice(0, c.start - s.start) + c.to + corrected.slice(c.end - s.start);
      expect(corrected).toContain(e.text);
      expect(e.tokens.map((t) => t.s).join('')).toBe(e.text);
      expect(spotIsRight(e, 'clean')).toBe(true);
    }
  });
});

describe('distractors', () => {
  const index = distractorIndex([
    { spun: '曩昔', orig: '过去', rule: 'words/曩昔→过去' },
    { spun: '曩昔', orig: '以前', rule: 'words/曩昔→以前' },
    { spun: '以往', orig: '过去', rule: 'words/以往→过去' },
    { spun: '迷信', orig: '科学', rule: 'nouns/迷信→科学' },
    { spun: '相信', orig: '信任', rule: 'verbs/相信→信任' },
    { spun: '今后', orig: '未来', rule: 'words/今后→未来' },
    { spun: '后来', orig: '随后', rule: 'words/后来→随后' },
    { spun: '现在', orig: '目前', rule: 'words/现在→目前' },
  ]);

  it('are never the original, the spun word or a duplicate, and are standard words', () => {
    for (let seed = 1; seed < 50; seed++) {
      const got = pickDistractors(index, {
        spun: '曩昔',
        original: '过去',
        wrongHere: () => true,
        rng: mulberry32(seed),
      });
      expect(got).toHaveLength(3);
      expect(new Set(got).size).toBe(3);
      expect(got).not.toContain('过去');
      expect(got).not.toContain('曩昔');
      for (const d of got) expect(index.standard.has(d)).toBe(true);
    }
  });

  it('leave out near-synonyms of the original that the engine would not flag here (they could be right)', () => {
    // 以前 is another original of 曩昔 and 以往 a swap partner of 过去: both could fit.
    const notFlagged = (w: string) => w !== '以前' && w !== '以往';
    const got = pickDistractors(index, {
      spun: '曩昔',
      original: '过去',
      wrongHere: notFlagged,
      rng: mulberry32(7),
    });
    expect(got).not.toContain('以前');
    expect(got).not.toContain('以往');
  });

  it('are the same for the same seed', () => {
    const q = (seed: number) => ({
      spun: '迷信',
      original: '科学',
      wrongHere: () => true,
      rng: mulberry32(seed),
    });
    expect(pickDistractors(index, q(3))).toEqual(pickDistractors(index, q(3)));
  });
});

describe('a session', () => {
  it('is the same for the same seed, and ten exercises with distinct swaps and a few clean ones', () => {
    const a = pickSession(pool, 42);
    expect(pickSession(pool, 42)).toEqual(a);
    expect(pickSession(pool, 43)).not.toEqual(a);
    for (const seed of [1, 2, 3, 42, 1000]) {
      const s = pickSession(pool, seed);
      expect(s).toHaveLength(10);
      const clean = s.filter((i) => i.exercise.type === 'clean').length;
      expect(clean).toBeGreaterThanOrEqual(2);
      expect(clean).toBeLessThanOrEqual(3);
      const pairs = s.flatMap((i) =>
        i.exercise.type === 'swap' ? [`${i.exercise.spun}→${i.exercise.original}`] : [],
      );
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(s.some((i) => i.exercise.category !== 'synonym' && i.exercise.category !== 'clean')).toBe(true);
      for (const i of s)
        if (i.exercise.type === 'swap') expect([...i.options].sort()).toEqual([...i.exercise.options].sort());
    }
  });

  it('retries exactly the exercises missed', () => {
    const missed = pickSession(pool, 5)
      .slice(0, 3)
      .map((i) => i.exercise);
    const again = retrySession(missed, 9);
    expect(again.map((i) => i.exercise.id).sort()).toEqual(missed.map((e) => e.id).sort());
  });

  it('scores an answer right only when the swap is spotted and the original chosen; clean ones by "nothing is wrong"', () => {
    const e = swaps()[0]!;
    const wrongToken = e.tokens.findIndex((t, i) => t.py && (i < e.target[0] || i >= e.target[1]));
    expect(outcome(e, e.target[0], e.original)).toMatchObject({ correct: true, spotted: true, chose: true });
    expect(outcome(e, wrongToken, e.original)).toMatchObject({ correct: false, spotted: false, chose: true });
    expect(outcome(e, e.target[0], e.options[1])).toMatchObject({
      correct: false,
      spotted: true,
      chose: false,
    });
    expect(outcome(e, 'clean', e.original).correct).toBe(false);
    const c = cleans()[0]!;
    expect(outcome(c, 'clean').correct).toBe(true);
    expect(outcome(c, 0).correct).toBe(false);
    expect(byCategory([outcome(e, e.target[0], e.original), outcome(c, 0), outcome(c, 'clean')])).toEqual([
      { category: e.category, right: 1, total: 1 },
      { category: 'clean', right: 1, total: 2 },
    ]);
  });
});

describe('a missed exercise as a card', () => {
  it('is a valid My words card: front as published, back the original with its explanation, cloze on the original', () => {
    const e = swaps().find((x) => x.phrase.published === '首席迷信家')!;
    const card = { ...cardOf(e), added: '2026-01-01T00:00:00.000Z' };
    expect(wordSchema.safeParse(card).success).toBe(true);
    expect(card).toMatchObject({
      hanzi: '首席科学家',
      pinyin: 'shǒu xí kē xué jiā',
      en: e.explanation.en,
      swap: { published: '首席迷信家', spun: '迷信', original: '科学', at: 2, zh: e.explanation.zh },
    });
    expect(cloze(card)).toBe('首席{{c1::科学}}家');
  });
});

describe('exercises from a user’s text (the check page)', () => {
  it('ask about the part of a finding that changed', () => {
    const f = { start: 4, end: 8, text: '迷信难题', replacement: '科学难题' };
    expect(narrow(f)).toEqual({ start: 4, end: 6, to: '科学' });
    expect(narrow({ start: 0, end: 2, text: '模子', replacement: '模型' })).toEqual({
      start: 0,
      end: 2,
      to: '模型',
    });
    expect(narrow({ start: 0, end: 3, text: '经由过程', replacement: '通过' })).toEqual({
      start: 0,
      end: 3,
      to: '通过',
    });
  });

  const text =
    '他们攻克迷信难题，开拓交叉领域。这是一个很长的测试句子而且可能有问题。今天天气很好我们一起去公园散步吧。';
  const at = (s: string) => text.indexOf(s);
  const finding = (s: string, replacement: string, confidence: number) => ({
    start: at(s),
    end: at(s) + s.length,
    text: s,
    replacement,
    confidence,
    kind: 'synonym',
    reason: `${s} is not used so; ${replacement} is.`,
  });

  it('come only from certain findings, and clean ones only from sentences without any finding', () => {
    const findings = [finding('迷信', '科学', 0.95), finding('可能', '能够', 0.6)];
    const d = plainDeps([
      { spun: '迷信', orig: '科学' },
      { spun: '信心', orig: '信任' },
      { spun: '相信', orig: '信息' },
      { spun: '迷茫', orig: '信号' },
    ]);
    const got = checkExercises(text, findings, d, { certain: CERTAIN_CONFIDENCE });
    const s = got.filter((e): e is SwapExercise => e.type === 'swap');
    expect(s.map((e) => [e.spun, e.original, e.explanation.en])).toEqual([
      ['迷信', '科学', '迷信 is not used so; 科学 is.'],
    ]);
    const c = got.filter((e): e is CleanExercise => e.type === 'clean');
    expect(c.map((e) => e.text)).toEqual(['今天天气很好我们一起去公园散步吧。']);
  });

  it('from the engine on a spun article: every swap is a certain finding of the engine', () => {
    const text2 = article.source.slice(0, 2000);
    const findings = loadEngine().detect(text2, { all: true });
    const got = checkExercises(text2, findings, deps, { certain: CERTAIN_CONFIDENCE });
    const certain = findings.filter((f) => f.confidence >= CERTAIN_CONFIDENCE);
    const s = got.filter((e): e is SwapExercise => e.type === 'swap');
    expect(s.length).toBeGreaterThan(0);
    for (const e of s) {
      const f = certain.find((x) => `f${x.start}` === e.id);
      expect(f, e.id).toBeDefined();
      // Narrowed to the part that changed (迷信难题 → 科学难题 asks about 迷信 → 科学).
      const p = f!.text.indexOf(e.spun);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(f!.text.slice(0, p) + e.original + f!.text.slice(p + e.spun.length)).toBe(f!.replacement);
      expect(e.explanation.en).toBe(f!.reason);
    }
    const clean = got.filter((x): x is CleanExercise => x.type === 'clean');
    expect(clean.length).toBeGreaterThan(0);
    for (const e of clean) {
      const p = text2.indexOf(e.text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(findings.filter((f) => f.start < p + e.text.length && f.end > p)).toEqual([]);
    }
  });
});
