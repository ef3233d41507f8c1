import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const PRACTICE = '/en/articles/tr35-china/practice';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
}

/** What a first pass learned about an exercise (keyed by its clause): clean, or where the swap is and the original. */
type Answer = { clean: true } | { clean: false; tokens: number[]; original: string };

const sentence = (page: Page) => page.locator('[data-sentence]');
const live = (page: Page) => page.locator('[aria-live="polite"]');
const options = (page: Page) =>
  page.getByRole('group', { name: 'What did the author write?' }).getByRole('button');
const progressText = (page: Page) => page.getByText(/^\d+ of \d+$/);
/** The start screen is live: before hydration its Start button does nothing (a loaded CI machine is slow to hydrate). */
const ready = (page: Page) => expect(page.locator('[data-ready="true"]')).toHaveCount(1);

/** After an answer: remember the exercise's answer from the marks and the feedback. */
async function learn(page: Page, key: string, answers: Map<string, Answer>) {
  const feedback = page.locator('[data-correct]');
  await expect(feedback).toBeVisible();
  const original = page.locator('[data-side="original"] [lang="zh-Hans"]');
  if ((await original.count()) === 0) {
    answers.set(key, { clean: true });
    return;
  }
  const marks = await sentence(page)
    .locator(':scope > *')
    .evaluateAll((els) =>
      els.flatMap((el, i) => (['swap', 'right'].includes(el.getAttribute('data-mark') ?? '') ? [i] : [])),
    );
  expect(marks.length).toBeGreaterThan(0);
  answers.set(key, { clean: false, tokens: marks, original: (await original.textContent())! });
}

async function sentenceKey(page: Page) {
  return (await sentence(page).textContent())!.replace(/\s+/g, '');
}

/** The result screen: "N/10", right and wrong by kind. */
async function expectResult(page: Page, right: number, total: number) {
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeFocused();
  await expect(page.getByText(`${right} of ${total} right`, { exact: true }).first()).toBeAttached();
  await expect(live(page)).toContainText(`Session complete. ${right} of ${total} right`);
}

test.describe('practice: spot the swap', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a session of ten by touch, the missed ones again, and the misses in My words after a reload', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${PRACTICE}?seed=11`);
    await ready(page);
    await page.getByRole('button', { name: 'Start' }).tap();

    // First pass: "Nothing is wrong here" every time, then the first option. Clean sentences are
    // right; every swap is missed (not spotted), and its answer is revealed.
    const answers = new Map<string, Answer>();
    const order: string[] = [];
    let clean = 0;
    for (let n = 1; n <= 10; n++) {
      await expect(progressText(page)).toHaveText(`${n} of 10`);
      const key = await sentenceKey(page);
      order.push(key);
      await page.getByRole('button', { name: 'Nothing is wrong here' }).tap();
      if (await options(page).count()) {
        await expect(page.getByText(/^✗ Not quite: the spinner changed /)).toBeVisible();
        await expect(live(page)).toContainText('Not quite: the spinner changed');
        await options(page).first().tap();
      } else clean++;
      await learn(page, key, answers);
      // The feedback: corrected sentence, explanation, both readings and the gloss (for swaps).
      const a = answers.get(key)!;
      if (!a.clean) {
        await expect(page.getByText('Corrected', { exact: true })).toBeVisible();
        await expect(page.getByText('Why', { exact: true })).toBeVisible();
        await expect(page.locator('[data-side="spun"]')).toContainText(
          /[a-zü][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*/,
        );
        await expect(page.getByText('Added to My words, to review later.')).toBeVisible();
      }
      await page.getByRole('button', { name: n === 10 ? 'See results' : 'Continue' }).tap();
    }
    expect(clean).toBeGreaterThanOrEqual(2);
    expect(clean).toBeLessThanOrEqual(3);
    const missed = 10 - clean;
    await expectResult(page, clean, 10);
    await expect(page.getByText(`${missed} missed swaps are now cards in My words.`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Clean sentences' })).toContainText(
      `${clean} of ${clean} right`,
    );

    // Practise the ones missed: the answers are known now, so every one is right.
    await page.getByRole('button', { name: `Practise the ${missed} I missed` }).tap();
    const retried: string[] = [];
    for (let n = 1; n <= missed; n++) {
      await expect(progressText(page)).toHaveText(`${n} of ${missed}`);
      const key = await sentenceKey(page);
      retried.push(key);
      const a = answers.get(key)!;
      expect(a.clean).toBe(false);
      if (a.clean) continue;
      await sentence(page).locator(':scope > *').nth(a.tokens[0]!).tap();
      await expect(page.getByText(/^✓ Right: the spinner changed /)).toBeVisible();
      await options(page).filter({ hasText: a.original }).tap();
      await expect(page.getByText(`✓ Correct: the author wrote ${a.original}.`)).toBeVisible();
      await page.getByRole('button', { name: n === missed ? 'See results' : 'Continue' }).tap();
    }
    expect(retried.sort()).toEqual(order.filter((k) => !answers.get(k)!.clean).sort());
    await expectResult(page, missed, missed);
    await expect(page.getByText('Nothing missed. Well done!')).toBeVisible();

    // My words, after a reload: one card per missed swap, the front as published.
    await page.goto('/en/words');
    await page.reload();
    const rows = page.locator('.word-list tbody tr');
    await expect(rows).toHaveCount(missed);
    for (const row of await rows.all()) await expect(row.locator('th')).toHaveText(/^\S+ → \S+$/);
    const front = (await page.locator('.review-word').first().textContent())!;
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('unspun:words')!));
    expect(stored.version).toBe(2);
    expect(stored.words.map((w: { swap: { published: string } }) => w.swap.published)).toContain(front);
    expect(stored.practice).toEqual([
      expect.objectContaining({ source: 'tr35-china', right: clean, total: 10 }),
      expect.objectContaining({ source: 'tr35-china', right: missed, total: missed }),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a session by keyboard alone: arrows and Enter pick a word, 1–4 or arrows pick an option, focus follows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PRACTICE}?seed=23`);
    await ready(page);
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');

    const answers = new Map<string, Answer>();
    const question = page.locator('#practice-q');
    let right = 0;
    for (let n = 1; n <= 10; n++) {
      await expect(question).toBeFocused();
      await expect(live(page)).toContainText(`${n} of 10. Which word did the spinner change?`);
      const key = await sentenceKey(page);
      // Tab into the words, move right twice, pick.
      await page.keyboard.press('Tab');
      const words = sentence(page).getByRole('button');
      await expect(words.first()).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(words.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await expect(words.nth(1)).toBeFocused();
      await page.keyboard.press('Enter');
      if (await options(page).count()) {
        await expect(options(page).first()).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect(options(page).nth(1)).toBeFocused();
        await page.keyboard.press('2');
      }
      await learn(page, key, answers);
      if ((await page.locator('[data-correct="true"]').count()) > 0) right++;
      const next = page.getByRole('button', { name: n === 10 ? 'See results' : 'Continue' });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expectResult(page, right, 10);

    // The missed ones again, answered right by keyboard: arrows to the swapped word, Enter, arrows to the original.
    const missed = 10 - right;
    expect(missed).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Practise the ${missed} I missed` }).focus();
    await page.keyboard.press('Enter');
    for (let n = 1; n <= missed; n++) {
      await expect(question).toBeFocused();
      const a = answers.get(await sentenceKey(page))!;
      if (a.clean) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Nothing is wrong here' })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(live(page)).toHaveText('Right: nothing is wrong here.');
      } else {
        await page.keyboard.press('Tab');
        const children = sentence(page).locator(':scope > *');
        const target = children.nth(a.tokens[0]!);
        for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++)
          await page.keyboard.press('ArrowRight');
        await expect(target).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(live(page)).toContainText('Right: the spinner changed');
        const opts = options(page);
        const want = opts.filter({ hasText: a.original });
        for (let i = 0; i < 4 && !(await want.evaluate((el) => el === document.activeElement)); i++)
          await page.keyboard.press('ArrowRight');
        await expect(want).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(live(page)).toHaveText(`Correct: the author wrote ${a.original}.`);
      }
      await expect(
        page.getByRole('button', { name: n === missed ? 'See results' : 'Continue' }),
      ).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expectResult(page, missed, missed);
  });

  test('practise with a checked text: exercises from its certain findings', async ({ page }) => {
    await page.goto('/en/check');
    await page
      .getByLabel('Spun text to check')
      .fill(
        '他们攻克迷信难题，开拓交叉领域。上海交通大学副教授、联合创始人兼首席迷信家戴国浩表示。今天天气很好，我们一起去公园散步吧。',
      );
    await page.getByRole('button', { name: 'Check the text', exact: true }).click();
    await page.getByRole('button', { name: 'Practise with this text' }).click();
    // The first request loads the engine and the segmenter on the server.
    await expect(page.getByText(/^1 of \d+$/)).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#practice-q')).toBeFocused();
    await page.getByRole('button', { name: 'Nothing is wrong here' }).click();
    if (await options(page).count()) {
      await expect(page.getByText(/^✗ Not quite: the spinner changed 迷信\.$/)).toBeVisible();
      await options(page).filter({ hasText: '科学' }).click();
      // The original chosen, but the swap not spotted: half right, and counted as a miss.
      await expect(
        page.getByText('✗ Right word, but the swapped one was 迷信: the author wrote 科学.'),
      ).toBeVisible();
      await expect(page.getByText('Why', { exact: true })).toBeVisible();
      await expect(page.locator('dt:text-is("Why") + dd')).toHaveText(/\S/); // the engine's reason
    } else await expect(page.getByText('✓ Right: nothing is wrong here.')).toBeVisible();
  });
});

test.describe('practice: accessibility (axe-core)', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const locale of ['en', 'zh'] as const) {
    for (const [label, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      test(`start, question, options, feedback and results — ${locale}, ${label}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`/${locale}/articles/tr35-china/practice?seed=5`);
        expect(await axe(page), 'start').toEqual([]);
        const t = (en: string, zh: string) => (locale === 'en' ? en : zh);
        await ready(page);
        await page.getByRole('button', { name: t('Start', '开始') }).click();
        expect(await axe(page), 'question').toEqual([]);
        await page.getByRole('button', { name: t('Pinyin', '拼音') }).click();
        expect(await axe(page), 'question with pinyin').toEqual([]);
        const nothing = page.getByRole('button', { name: t('Nothing is wrong here', '这句话没有问题') });
        const opts: Locator = page.locator('[aria-keyshortcuts]');
        for (let n = 1; n <= 10; n++) {
          await nothing.click();
          if (await opts.count()) {
            if (n <= 2) expect(await axe(page), `options ${n}`).toEqual([]);
            await opts.first().click();
          }
          if (n <= 2) expect(await axe(page), `feedback ${n}`).toEqual([]);
          await page
            .getByRole('button', { name: n === 10 ? t('See results', '查看结果') : t('Continue', '继续') })
            .click();
        }
        await expect(
          page.getByRole('heading', { name: t('Session complete', '本组练习完成') }),
        ).toBeVisible();
        expect(await axe(page), 'results').toEqual([]);
      });
    }
  }
});
