import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/en/articles/tr35-china';

/** The text a reader sees (display:none excluded), without spaces the ruby layout may add. */
async function seen(page: Page, selector: string) {
  return (await page.locator(selector).innerText()).replace(/\s+/g, '');
}

test.describe('the article reader', () => {
  test('puts Chinese left of English at 1280 px, sentence starts level', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ARTICLE);
    for (const id of [1, 7, 20]) {
      const zh = (await page.locator(`#s-${id} .zh`).boundingBox())!;
      const en = (await page.locator(`#s-${id} .en`).boundingBox())!;
      expect(zh.x + zh.width).toBeLessThanOrEqual(en.x);
      expect(Math.abs(zh.y - en.y)).toBeLessThan(2);
    }
  });

  test('stacks each sentence above its English at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(ARTICLE);
    const zh = (await page.locator('#s-2 .zh').boundingBox())!;
    const en = (await page.locator('#s-2 .en').boundingBox())!;
    expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height - 1);
    const next = (await page.locator('#s-3 .zh').boundingBox())!;
    expect(next.y).toBeGreaterThan(en.y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('highlights the counterpart on hover and on focus', async ({ page }) => {
    await page.goto(ARTICLE);
    const bg = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await bg('#s-4 .en');
    await page.locator('#s-4 .zh').hover();
    await expect.poll(() => bg('#s-4 .en')).not.toBe(plain);
    await page.mouse.move(0, 0);
    await page.locator('#s-5 .zh').focus();
    await expect.poll(() => bg('#s-5 .en')).not.toBe(plain);
  });

  test('opens a deep link scrolled to and highlighting its sentence', async ({ page }) => {
    await page.goto(`${ARTICLE}#s-30`);
    await expect(page.locator('#s-30')).toBeInViewport();
    const bg = await page.locator('#s-30 .en').evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#s-2 .en').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(other);
  });

  test('switches language and keeps the page, with lang and title per locale', async ({ page }) => {
    await page.goto(`${ARTICLE}?view=corrected#s-7`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Innovators Under 35/);
    await page.getByRole('link', { name: /Language: 中文/ }).click();
    await expect(page).toHaveURL(/\/zh\/articles\/tr35-china\?view=corrected#s-7$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle(/35岁以下科技创新35人/);
    await expect(page.getByRole('button', { name: '修正后', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('sends / to the locale the browser prefers', async ({ browser }) => {
    for (const [locale, path] of [
      ['zh-CN', '/zh'],
      ['en-GB', '/en'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await context.close();
    }
  });

  test('shows Traditional characters (Taiwan and Hong Kong) and says which', async ({ page }) => {
    await page.goto(`${ARTICLE}?view=corrected`);
    // Before any script runs beyond the inline prelude, the view from the URL is already shown.
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席科学家');
    await page.getByRole('button', { name: 'Traditional (Taiwan)' }).click();
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席科學家');
    await expect(page.getByText('Shown: Traditional (Taiwan)')).toBeVisible();
    await expect(page.locator('#s-7 .zh')).toHaveAttribute('lang', 'zh-Hant-TW');
    await page.getByRole('button', { name: 'Traditional (Hong Kong)' }).click();
    await expect(page.getByText('Shown: Traditional (Hong Kong)')).toBeVisible();
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席科學家');
    await expect(page.locator('#s-7 .zh')).toHaveAttribute('lang', 'zh-Hant-HK');
    // Remembered: a reload shows Hong Kong forms again (the inline prelude applies them).
    await page.reload();
    await expect(page.getByText('Shown: Traditional (Hong Kong)')).toBeVisible();
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席科學家');
    await expect(page.locator('#s-7 .zh')).toHaveAttribute('lang', 'zh-Hant-HK');
    await page.getByRole('button', { name: 'Simplified' }).click();
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席科学家');
    await expect(page.locator('#s-7 .zh')).toHaveAttribute('lang', 'zh-Hans');
  });

  test('shows tone-marked pinyin above the words, read in context', async ({ page }) => {
    await page.goto(ARTICLE);
    const rt = page.locator('#s-31 rt', { hasText: 'chóng xīn' });
    await expect(rt).toBeHidden();
    await page.getByRole('button', { name: 'Pinyin', exact: true }).click();
    await expect(rt).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pinyin', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('gives unknown pages a 404 in the visitor’s language', async ({ page }) => {
    let res = await page.goto('/en/articles/no-such-article');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    res = await page.goto('/zh/no/such/page');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到页面' })).toBeVisible();
  });

  test('lists the article on the home page', async ({ page }) => {
    await page.goto('/en');
    const card = page.locator('.card').first();
    await expect(card).toContainText('The Paper');
    await expect(card).toContainText('2025-05-24');
    await card.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/articles\/tr35-china$/);
    // The card's link is a plain document link, not a client-side navigation: the article's text
    // is not in the flight data (components/site/StaticHtml.tsx), so it must load as a document.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.name)).toMatch(
      /\/en\/articles\/tr35-china$/,
    );
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席');
    await expect(page.locator('#x-10')).toHaveCount(1);
    // To the term list and back with the browser's Back button: still there.
    await page.locator('a[href$="/terms"]').first().click();
    await expect(page).toHaveURL(/\/terms$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/articles\/tr35-china$/);
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席');
    await expect(page.locator('#x-10')).toHaveCount(1);
  });
});

test.describe('corrections', () => {
  test('switch between the three views', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('button', { name: 'Show changes' })).toHaveAttribute('aria-pressed', 'true');
    let text = await seen(page, '#s-7 .zh-text');
    expect(text).toContain('迷信');
    expect(text).toContain('科学');
    await expect(page.locator('#s-7 del').first()).toBeVisible();
    await expect(page.locator('#s-7 ins').first()).toBeVisible();

    await page.getByRole('button', { name: 'As published' }).click();
    text = await seen(page, '#s-7 .zh-text');
    expect(text).toContain('首席迷信家');
    expect(text).not.toContain('首席科学家');
    await expect(page).toHaveURL(/\?view=published$/);

    await page.getByRole('button', { name: 'Corrected', exact: true }).click();
    text = await seen(page, '#s-7 .zh-text');
    expect(text).toContain('首席科学家');
    expect(text).not.toContain('迷信');
    await expect(page).toHaveURL(/\?view=corrected$/);
  });

  test('open an explanation by keyboard, and revert one correction', async ({ page }) => {
    await page.goto(ARTICLE);
    // Opening the note needs no script; reverting needs the island (on a busy machine it comes later).
    await expect(page.locator('#reader[data-ready="true"]')).toHaveCount(1);
    const mark = page
      .locator('#s-7 .corr', { has: page.locator('del', { hasText: '迷信' }) })
      .getByRole('button');
    await mark.focus();
    await page.keyboard.press('Enter');
    const note = page.getByRole('dialog').filter({ hasText: 'superstition' });
    await expect(note).toBeVisible();
    // The note fills in what both words mean once it is open, and may grow or flip to the side
    // with more room: a click aimed before that can land where the button no longer is.
    const original = note.getByRole('heading', { name: /^Original/ });
    await expect(original).toBeVisible();
    // The actions come before the part filled in later, so that part cannot move them.
    const revert = note.getByRole('button', { name: 'Show the published text here' });
    // Both measured at one moment: the note may still be moving as it settles, and two reads
    // apart once compared the button before a move with the heading after it (fresh-clone CI).
    const [revertY, originalY] = await note.evaluate((el) => {
      const button = [...el.querySelectorAll('button')].find(
        (b) => b.textContent === 'Show the published text here',
      );
      const heading = [...el.querySelectorAll('h4')].find((h) => h.textContent?.startsWith('Original'));
      if (!button || !heading) throw new Error('note without its revert button or Original heading');
      return [button.getBoundingClientRect().y, heading.getBoundingClientRect().y];
    });
    expect(revertY).toBeLessThan(originalY);
    await revert.click();
    await expect(page.locator('#s-7 .corr[data-reverted="true"]')).toHaveCount(1);
    await note.getByRole('button', { name: 'Show the published text here' }).focus();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await page.getByRole('button', { name: 'Corrected', exact: true }).click();
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席迷信家');
  });

  test('reload a ?view= URL, and remember the view for the next visit', async ({ page }) => {
    await page.goto(`${ARTICLE}?view=published`);
    await expect(page.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
    expect(await seen(page, '#s-7 .zh-text')).toContain('首席迷信家');
    await page.reload();
    await expect(page.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(ARTICLE);
    await expect(page.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(`${ARTICLE}?view=bogus`);
    await expect(page.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('corrected text keeps its pinyin: 科学 reads kē xué', async ({ page }) => {
    await page.goto(`${ARTICLE}?view=corrected`);
    await page.getByRole('button', { name: 'Pinyin', exact: true }).click();
    await expect(page.locator('#s-7 ins rt', { hasText: 'kē xué' }).first()).toBeVisible();
    await expect(page.locator('#s-7 del rt').first()).toBeHidden();
  });

  test('download the corrected text as UTF-8', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download corrected text' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tr35-china-corrected.txt');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('首席科学家');
    expect(text).not.toContain('迷信');
  });
});

test.describe('keyboard', () => {
  test('j/k move between sentences, v cycles views, p pinyin, t Traditional, ? lists them', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    // The shortcuts live in the client island: a key pressed before it hydrates does nothing
    // (on a loaded CI machine that came later than the first press once).
    await expect(page.locator('#reader[data-ready="true"]')).toHaveCount(1);
    await page.locator('body').press('j');
    await expect(page.locator('#s-1 .zh')).toBeFocused();
    await page.keyboard.press('j');
    await expect(page.locator('#s-2 .zh')).toBeFocused();
    await page.keyboard.press('k');
    await expect(page.locator('#s-1 .zh')).toBeFocused();
    await page.keyboard.press('v');
    await expect(page.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Pinyin', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Traditional (Taiwan)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });
});
