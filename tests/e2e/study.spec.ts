import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/en/articles/tr35-china';

/** The word of the focused element as the popup reads it (data-w, else its Simplified text). */
function focusedWord(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el.tagName !== 'RUBY') return el?.className ?? '';
    return el.dataset.w ?? el.dataset.s ?? el.firstChild?.textContent ?? '';
  });
}

/** Tab forward until the sentence `id` has focus. */
async function tabToSentence(page: Page, id: number) {
  await page.locator(`#s-${id - 1} .zh`).focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('.pair .zh') ? el.closest('.pair')!.id : '';
    });
    if (at === `s-${id}`) return;
  }
  throw new Error(`could not Tab to sentence ${id}`);
}

/** Move with → through a sentence's words until `word` has focus. */
async function arrowTo(page: Page, word: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await focusedWord(page)) === word) return;
  }
  throw new Error(`could not reach ${word}`);
}

test.describe('word popups', () => {
  test('open by keyboard: Tab to a sentence, → to a word, Enter; Escape returns focus', async ({ page }) => {
    await page.goto(ARTICLE);
    await tabToSentence(page, 7);
    // The words are not in the Tab order: the sentence is.
    expect(await page.locator('#s-7 .zh ruby[tabindex="0"]').count()).toBe(0);
    await arrowTo(page, '首席科学家');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Dictionary: 首席科学家' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('shǒu xí kē xué jiā');
    await expect(dialog).toContainText('chief scientist');
    await expect(dialog).toContainText('首席科學家');
    await expect(dialog.getByRole('link', { name: 'CC-CEDICT' })).toHaveAttribute(
      'href',
      'https://cc-cedict.org/wiki/',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await focusedWord(page)).toBe('首席科学家');
    // ← goes back a word; the next word opens with Space and shows its context reading.
    await arrowTo(page, '戴国浩');
    await page.keyboard.press(' ');
    const name = page.getByRole('dialog', { name: 'Dictionary: 戴国浩' });
    await expect(name).toContainText('Dài Guó hào');
    await expect(name).toContainText('Dai Guohao');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(name).toBeHidden();
    expect(await focusedWord(page)).toBe('戴国浩');
  });

  test('open by click, with CC-CEDICT definitions and the character forms', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('#s-10 .zh ruby', { hasText: '瓶颈' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Dictionary: 瓶颈' });
    await expect(dialog).toContainText('píng jǐng');
    await expect(dialog).toContainText('bottleneck');
    await expect(dialog).toContainText('瓶頸');
  });

  test("a correction's explanation shows what both words mean", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('#s-7 .corr', { hasText: '迷信' }).getByRole('button').click();
    const note = page.locator('.corr-note:popover-open');
    await expect(note.locator('.cd-0')).toContainText('superstition');
    await expect(note.locator('.cd-1')).toContainText('science');
    await expect(note.locator('.cd-2')).toContainText('chief scientist');
  });
});

test.describe('term list', () => {
  test('lists the terms and searches by hanzi, pinyin with or without tones, and English', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}/terms`);
    const items = page.locator('.term-list > li');
    await expect(items).toHaveCount(59);
    const search = page.getByLabel('Search terms');
    for (const q of ['强化学习', 'qianghua', 'qiang hua xue xi', 'qiáng huà', 'reinforcement']) {
      await search.fill(q);
      await expect(items).toHaveCount(1);
      await expect(items.first().locator('.term-hanzi')).toContainText('强化学习');
    }
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1 of 59');
    await search.fill('qiàng huà');
    await expect(items).toHaveCount(0);
    await search.fill('');
    await page.getByRole('button', { name: /^Idiom/ }).click();
    await expect(page.getByRole('button', { name: /^Idiom/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(items.locator('.term-hanzi > span:first-child')).toHaveText([
      '半壁江山',
      '优势互补',
      '翻天覆地',
      '永无止境',
    ]);
    // Each term links to its sentence in the article.
    await expect(
      items.filter({ hasText: '半壁江山' }).getByRole('link', { name: 'Sentence 1' }),
    ).toHaveAttribute('href', `${ARTICLE}#s-1`);
  });

  test('is linked from the article header', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByRole('link', { name: 'Key terms (59)' }).click();
    await expect(page).toHaveURL(`${ARTICLE}/terms`);
  });
});

test.describe('My words', () => {
  test('add a word from a popup, review it, and keep the progress over a reload', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('#s-10 .zh ruby', { hasText: '算力' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Dictionary: 算力' });
    await dialog.getByRole('button', { name: 'Add 算力 to My words' }).click();
    await expect(dialog.getByRole('button', { name: /In My words/ })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/en/words');
    await expect(page.getByText('To review now: 1 (1 new) · Saved: 1')).toBeVisible();
    await expect(page.locator('.review-word')).toHaveText('算力');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.locator('.review-answer')).toContainText('suàn lì');
    await expect(page.locator('.review-answer')).toContainText('computing power');
    await expect(page.locator('.review-sentence')).toContainText('算力');
    await page.keyboard.press('3'); // Good
    await expect(page.getByText('To review now: 0 (0 new) · Saved: 1')).toBeVisible();
    await expect(page.getByText(/Nothing to review now\. Next review: in 10 minutes\./)).toBeVisible();

    await page.reload();
    await expect(page.getByText('To review now: 0 (0 new) · Saved: 1')).toBeVisible();
    await expect(page.locator('.word-list')).toContainText('算力');
    await expect(page.locator('.word-list time')).toHaveCount(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download for Anki (tab-separated)' }).click();
    const file = await (await download).path();
    const text = await readFile(file!, 'utf8');
    expect(text.split('\n').slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Hanzi\tPinyin\tEnglish\tSentence\tPublished\tCloze',
      expect.stringMatching(/^算力\tsuàn lì\tcomputing power, compute\t.*算力/),
    ]);
  });

  test('sets aside an unreadable store with a visible notice, keeping the data', async ({ page }) => {
    // Break the store from a page that does not read it, then open My words.
    await page.goto('/en');
    await page.evaluate(() => localStorage.setItem('unspun:words', '{"version":1,"words":[{"hanzi":"算力"'));
    await page.goto('/en/words');
    await expect(page.locator('.notice[role="alert"]')).toContainText('Your saved words could not be read');
    await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('unspun:words:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":1,"words":[{"hanzi":"算力"']);
    expect(await page.evaluate(() => localStorage.getItem('unspun:words'))).toBeNull();
  });

  test('imports a progress file and rejects a bad one with a message', async ({ page }) => {
    await page.goto('/en/words');
    const file = page.getByLabel('Progress file (JSON, from “Download progress”)');
    await file.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.import-msg')).toContainText('not an Unspun progress file');
    const good = {
      format: 'unspun-words',
      version: 1,
      exported: '2026-01-01T00:00:00.000Z',
      words: [{ hanzi: '内卷', pinyin: 'nèi juǎn', en: 'involution', added: '2026-01-01T00:00:00.000Z' }],
    };
    await file.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.import-msg')).toHaveText('Imported: 1 added, 0 updated (1 in the file).');
    await expect(page.locator('.review-word')).toHaveText('内卷');
  });
});

test.describe('accessibility of the study pieces (axe-core)', () => {
  test.describe.configure({ timeout: 120_000 });
  const axe = async (page: Page, include?: string) => {
    const builder = new AxeBuilder({ page });
    if (include) builder.include(include);
    const result = await builder.analyze();
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
    );
  };

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup, correction note, term list and My words — ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ARTICLE);
      await page.evaluate(() => localStorage.setItem('unspun:tones', 'on'));
      await page.locator('#s-10 .zh ruby', { hasText: '算力' }).first().click();
      await expect(page.getByRole('dialog', { name: 'Dictionary: 算力' })).toContainText('computing power');
      expect(await axe(page, 'dialog.wp'), 'word popup').toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('#s-7 .corr', { hasText: '迷信' }).getByRole('button').click();
      await expect(page.locator('.corr-note:popover-open .cd-1')).toContainText('science');
      expect(await axe(page, '.corr-note:popover-open'), 'correction note').toEqual([]);
      await page.goto(`${ARTICLE}/terms`);
      await page.getByRole('button', { name: 'Add 算力 to My words' }).click();
      expect(await axe(page), 'term list').toEqual([]);
      await page.goto('/en/words');
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.locator('.review-answer')).toContainText('suàn lì');
      expect(await axe(page), 'My words').toEqual([]);
    });
  }
});
