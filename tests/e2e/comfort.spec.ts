import { expect, test, type Locator, type Page } from '@playwright/test';

/** Reading comfort (issue 11): the measurable parts of a phone-first reading layout. */

const ARTICLE = '/articles/tr35-china';
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('no box: the element is not rendered');
  return b;
}

/** Pinyin on, by the toolbar's button on a desk or the settings sheet on a phone. */
async function pinyinOn(page: Page) {
  if ((await page.locator('#reader').getAttribute('data-pinyin')) === 'on') return; // remembered
  const inline = page.locator('.toolbar > .wide [data-pinyin-button]');
  if (await inline.isVisible()) await inline.click();
  else {
    await page.locator('.settings-button').click();
    await page.locator('#reader-settings [data-pinyin-button]').click();
    await page.keyboard.press('Escape');
  }
  await expect(page.locator('#reader')).toHaveAttribute('data-pinyin', 'on');
}

/** Wait for smooth scrolling to come to rest. */
async function settled(page: Page) {
  let last = -1;
  await expect
    .poll(async () => {
      const y = await page.evaluate(() => window.scrollY);
      const still = y === last;
      last = y;
      return still;
    })
    .toBe(true);
}

/**
 * Every pair of neighbouring visible <rt> on one line, as [gap in px, left text, right text]:
 * the space between one word's pinyin and the next one's.
 */
async function pinyinGaps(scope: Locator): Promise<[number, string, string][]> {
  return scope.evaluate((root) => {
    const rts = [...root.querySelectorAll('rt')]
      .map((rt) => ({ r: rt.getBoundingClientRect(), t: rt.textContent ?? '' }))
      .filter(({ r }) => r.width > 0);
    const out: [number, string, string][] = [];
    for (let i = 1; i < rts.length; i++) {
      const a = rts[i - 1]!;
      const b = rts[i]!;
      if (Math.abs(a.r.top - b.r.top) < 2 && b.r.left > a.r.left) out.push([b.r.left - a.r.right, a.t, b.t]);
    }
    return out;
  });
}

/** The check page at 390 px, with a short spun text (`times` over) checked. */
async function checkOnPhone(page: Page, times: number) {
  await page.setViewportSize(PHONE);
  await page.goto('/en/check');
  await page
    .getByLabel('Spun text to check')
    .fill('我们公司的首席迷信家戴国浩表示，大模子的预锻炼很重要，咱们要经由过程研究解决成绩。'.repeat(times));
  await page.getByRole('button', { name: 'Check the text' }).click();
}

test.describe('reading comfort on a phone and a desk', () => {
  // Several page loads per test, on a machine shared with other work.
  test.describe.configure({ timeout: 90_000 });
  for (const locale of ['en', 'zh'] as const) {
    test(`no horizontal overflow at 390 px with pinyin on — ${locale}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}${ARTICLE}`);
      await pinyinOn(page);
      for (const view of ['published', 'corrected', 'changes'] as const) {
        await page.locator(`.toolbar [data-view-button="${view}"]`).click();
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          widest: Math.max(
            ...[...document.querySelectorAll('#reader rt, #reader .zh-text')].map(
              (el) => el.getBoundingClientRect().right,
            ),
          ),
        }));
        expect(overflow.page, view).toBeLessThanOrEqual(0);
        expect(overflow.widest, view).toBeLessThanOrEqual(PHONE.width);
      }
    });

    test(`the toolbar is one row, at most 56 px, and stays on screen — ${locale}`, async ({ page }) => {
      for (const size of [PHONE, DESK]) {
        await page.setViewportSize(size);
        await page.goto(`/${locale}${ARTICLE}`);
        const toolbar = page.locator('.toolbar');
        expect((await box(toolbar)).height, `${size.width} px`).toBeLessThanOrEqual(56);
        await page.locator('#s-20').scrollIntoViewIfNeeded();
        await page.mouse.wheel(0, 600);
        await settled(page);
        const b = await box(toolbar);
        expect(b.y, `${size.width} px, sticky`).toBeLessThanOrEqual(0.5);
        expect(b.height, `${size.width} px, scrolled`).toBeLessThanOrEqual(56);
      }
    });

    test(`the first sentence pair starts on the first screen — ${locale}`, async ({ page }) => {
      await page.setViewportSize(DESK);
      await page.goto(`/${locale}${ARTICLE}`);
      let zh = await box(page.locator('#s-1 .zh'));
      let en = await box(page.locator('#s-1 .en'));
      expect(zh.y, 'desk: in the upper half').toBeLessThan(DESK.height / 2);
      expect(en.y, 'desk: its English too').toBeLessThan(DESK.height / 2);
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}${ARTICLE}`);
      zh = await box(page.locator('#s-1 .zh'));
      en = await box(page.locator('#s-1 .en'));
      // The whole Chinese sentence and the start of its English are on the first screen.
      expect(zh.y + zh.height, 'phone: the Chinese').toBeLessThan(PHONE.height);
      expect(en.y + 24, 'phone: the English begins').toBeLessThan(PHONE.height);
    });
  }

  test('a deep link and j/k land the sentence below the toolbar', async ({ page }) => {
    for (const size of [PHONE, DESK]) {
      await page.setViewportSize(size);
      // A fresh load each time: the same URL again would be a same-document (fragment) navigation
      // that keeps the last size's scroll position while the layout changes under it.
      await page.goto('about:blank');
      await page.goto(`/en${ARTICLE}#s-30`);
      await settled(page);
      const bar = await box(page.locator('.toolbar'));
      const s = await box(page.locator('#s-30'));
      expect(s.y, `${size.width} px: below the toolbar`).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(s.y, `${size.width} px: on screen`).toBeLessThan(size.height - 40);
      await page.keyboard.press('j');
      await expect(page.locator('.pair .zh:focus')).toHaveCount(1);
      await settled(page);
      const focused = page.locator('.pair .zh:focus');
      const f = await box(focused);
      expect(f.y, `${size.width} px: j lands below the toolbar`).toBeGreaterThanOrEqual(bar.height - 1);
      expect(f.y + Math.min(f.height, 100), `${size.width} px: j lands on screen`).toBeLessThan(size.height);
    }
  });

  test('the tapped word stays in sight above its popup at 390 px', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/en${ARTICLE}`);
    // A word low on the screen, where a sheet at the bottom would cover it.
    const word = page.locator('#s-3 .zh-text > ruby').nth(3);
    await word.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -(window.innerHeight - 160)));
    await settled(page);
    expect((await box(word)).y).toBeGreaterThan(PHONE.height / 2);
    await word.click();
    const dialog = page.locator('dialog.wp');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.wp-body .wp-loading')).toHaveCount(0);
    const w = await box(word);
    const d = await box(dialog);
    const bar = await box(page.locator('.toolbar'));
    expect(w.y + w.height, 'the word is above the sheet').toBeLessThanOrEqual(d.y);
    expect(w.y, 'and below the toolbar').toBeGreaterThanOrEqual(bar.y + bar.height);
    await page.keyboard.press('Escape');

    // A correction's note, likewise.
    const mark = page.locator('#s-7 .corr-btn').first();
    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -(window.innerHeight - 140)));
    await settled(page);
    await mark.click();
    const note = page.locator('.corr-note:popover-open');
    await expect(note).toBeVisible();
    const m = await box(mark);
    const n = await box(note);
    expect(m.y + m.height, 'the mark is above the note').toBeLessThanOrEqual(n.y);
    expect(m.y).toBeGreaterThanOrEqual(bar.height);
  });

  test('on a desk, a correction note sits beside its mark', async ({ page }) => {
    await page.setViewportSize(DESK);
    await page.goto(`/en${ARTICLE}`);
    const mark = page.locator('#s-7 .corr-btn').first();
    await mark.click();
    const note = page.locator('.corr-note:popover-open');
    await expect(note).toBeVisible();
    const m = await box(mark);
    const n = await box(note);
    const below = n.y >= m.y + m.height - 1 && n.y - (m.y + m.height) < 24;
    const above = n.y + n.height <= m.y + 1 && m.y - (n.y + n.height) < 24;
    expect(below || above, `note at ${n.y}–${n.y + n.height}, mark at ${m.y}–${m.y + m.height}`).toBe(true);
    // Not over the mark horizontally either: it starts within reach of it.
    expect(Math.abs(n.x - m.x)).toBeLessThan(DESK.width / 2);
  });

  test('the title switches to Traditional and carries pinyin, as the text does', async ({ page }) => {
    await page.goto(`/en${ARTICLE}`);
    const title = page.locator('h1 .title-zh');
    await expect(title).toContainText('中国榜单揭晓', { useInnerText: true });
    await page.getByRole('button', { name: 'Traditional (Taiwan)' }).click();
    await expect(title).toContainText('中國榜單揭曉', { useInnerText: true });
    await expect(title).toHaveAttribute('lang', 'zh-Hant-TW');
    await pinyinOn(page);
    await expect(title.locator('rt', { hasText: 'jiē xiǎo' })).toBeVisible();
    // Remembered: the inline prelude applies it before the page's script runs.
    await page.reload();
    const text = await title.evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent;
    });
    expect(text).toContain('中國榜單揭曉');
  });

  test('neighbouring words’ pinyin never touch, at both widths', async ({ page }) => {
    for (const size of [PHONE, DESK]) {
      await page.setViewportSize(size);
      await page.goto(`/en${ARTICLE}`);
      await pinyinOn(page);
      for (const id of [1, 2, 7, 8, 12]) {
        const gaps = await pinyinGaps(page.locator(`#s-${id} .zh-text`));
        expect(gaps.length, `s-${id} has neighbouring pinyin`).toBeGreaterThan(3);
        const touching = gaps.filter(([g]) => g < 2);
        expect(touching, `${size.width} px, s-${id}`).toEqual([]);
      }
    }
  });

  test('a word keeps its characters together under pinyin (centred, not spread)', async ({ page }) => {
    await page.setViewportSize(DESK);
    await page.goto(`/en${ARTICLE}`);
    await pinyinOn(page);
    // 研究机构 reads yán jiū jī gòu: four characters, each as wide as the next, no gaps between them.
    const spread = await page.locator('#s-10 ruby, #s-11 ruby, #s-12 ruby').evaluateAll((rubies) =>
      rubies
        .filter((r) => (r.firstChild?.nodeValue ?? '').length >= 2)
        .map((r) => {
          const text = r.firstChild!;
          const range = document.createRange();
          const widths: number[] = [];
          for (let i = 0; i < (text.nodeValue ?? '').length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getBoundingClientRect();
            widths.push(rect.width);
          }
          range.setStart(text, 0);
          range.setEnd(text, (text.nodeValue ?? '').length);
          const whole = range.getBoundingClientRect().width;
          return { word: text.nodeValue, extra: whole - widths.reduce((a, b) => a + b, 0) };
        }),
    );
    expect(spread.length).toBeGreaterThan(5);
    expect(spread.filter((s) => s.extra > 1)).toEqual([]);
  });

  test('with pinyin at 390 px, lines break between words and are full up to the last', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/en${ARTICLE}`);
    await pinyinOn(page);
    for (const id of [2, 7, 8, 12]) {
      // Each line of the sentence: the characters on it (not the pinyin), its width in px.
      const { lines, width, split } = await page.locator(`#zh-${id}`).evaluate((p) => {
        const chars: { y: number; left: number; right: number; ch: string; word: Element | null }[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('rt, .sr, .tag')) continue;
          for (let i = 0; i < (n.nodeValue ?? '').length; i++) {
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getBoundingClientRect();
            if (r.width === 0) continue;
            chars.push({
              y: r.bottom,
              left: r.left,
              right: r.right,
              ch: n.nodeValue![i]!,
              word: el.closest('ruby'),
            });
          }
        }
        const lines: { y: number; left: number; right: number; text: string }[] = [];
        for (const c of chars) {
          const line = lines.find((l) => Math.abs(l.y - c.y) < 8);
          if (line) {
            line.left = Math.min(line.left, c.left);
            line.right = Math.max(line.right, c.right);
            line.text += c.ch;
          } else lines.push({ y: c.y, left: c.left, right: c.right, text: c.ch });
        }
        // A word's characters all on one line.
        const split = [...new Set(chars.map((c) => c.word))]
          .filter((w) => w && new Set(chars.filter((c) => c.word === w).map((c) => Math.round(c.y))).size > 1)
          .map((w) => w!.firstChild?.nodeValue);
        const cs = getComputedStyle(p);
        const width = p.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return {
          lines: lines.map((l) => ({ text: l.text, fill: (l.right - l.left) / width })),
          width,
          split,
        };
      });
      expect(width).toBeGreaterThan(200);
      expect(lines.length, `s-${id} wraps at 390 px`).toBeGreaterThan(2);
      expect(split, `s-${id}: words broken across lines`).toEqual([]);
      // Not broken only where a word overflowed: a line may still end early where punctuation is
      // kept with its word (另一位当选者、) and a long word follows, but never at a few characters.
      const short = lines.slice(0, -1).filter((l) => l.fill < 0.4);
      expect(short, `s-${id}: lines less than 40% full before the last`).toEqual([]);
    }
  });

  test('with pinyin at 390 px, no line starts with closing punctuation (。，、”》…)', async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const view of ['changes', 'corrected', 'published']) {
      await page.goto(`/en${ARTICLE}?view=${view}`);
      await pinyinOn(page);
      const starts = await page.locator('.reader .zh-text').evaluateAll((ps) =>
        ps.flatMap((p) => {
          // The first visible character of each line (characters, not pinyin).
          const firsts = new Map<number, { x: number; ch: string }>();
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement!.closest('rt, .sr, .tag')) continue;
            for (let i = 0; i < (n.nodeValue ?? '').length; i++) {
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const r = range.getBoundingClientRect();
              if (r.width === 0 || /\s|\u200b/.test(n.nodeValue![i]!)) continue;
              const y = Math.round(r.bottom / 8);
              const first = firsts.get(y);
              if (!first || r.left < first.x) firsts.set(y, { x: r.left, ch: n.nodeValue![i]! });
            }
          }
          return [...firsts.values()].map((f) => f.ch);
        }),
      );
      expect(starts.length).toBeGreaterThan(150);
      expect(
        starts.filter((ch) => /[。，、；：？！”’）》,.;:?!)]/.test(ch)),
        view,
      ).toEqual([]);
    }
  });

  test('no pinyin over struck-out spun words', async ({ page }) => {
    await page.goto(`/en${ARTICLE}`);
    await pinyinOn(page);
    await expect(page.locator('#s-7 ins rt').first()).toBeVisible();
    const visibleInDel = await page
      .locator('#reader del rt')
      .evaluateAll((rts) => rts.filter((rt) => rt.getBoundingClientRect().width > 0).length);
    expect(visibleInDel).toBe(0);
    // As published, the spun words are the text: then they carry their pinyin.
    await page.locator('.toolbar [data-view-button="published"]').click();
    await expect(page.locator('#s-7 del rt').first()).toBeVisible();
  });

  test('a correction reads as a short card, and adds the original word', async ({ page }) => {
    await page.goto(`/en${ARTICLE}`);
    // 首席迷信家: the correction 迷信 → 科学 sits inside the word 首席科学家.
    await page.locator('.corr[data-c="11"] .corr-btn').click();
    const note = page.locator('.corr-note:popover-open');
    await expect(note.locator('.corr-pair')).toHaveText('Published 迷信 → original 科学');
    await expect(note.getByRole('button', { name: 'Add 科学 to My words' })).toBeVisible();
    await expect(note.getByRole('button', { name: 'Add 首席科学家 to My words' })).toBeVisible();
  });

  test('in the Corrected view a corrected word opens its word popup, the correction noted', async ({
    page,
  }) => {
    await page.goto(`/en${ARTICLE}?view=corrected`);
    await page.locator('.corr[data-c="11"] ins ruby').click();
    const dialog = page.getByRole('dialog', { name: 'Dictionary: 科学' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.wp-corr')).toHaveText(/Corrected here: published 迷信 → original 科学\./);
    await expect(page.locator('.corr-note:popover-open')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Why?' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.corr-note:popover-open')).toContainText('superstition');
  });

  test('the legend explains every marking, from the toolbar and the summary', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/en${ARTICLE}`);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const sheet = page.getByRole('dialog', { name: 'Reading settings' });
    await expect(sheet).toBeVisible();
    for (const text of ['Struck out in red', 'solid underline', 'dashed underline', 'Dotted underline'])
      await expect(sheet.getByText(text)).toBeVisible();
    // The sheet holds what the phone's one-row toolbar leaves out.
    for (const name of ['Simplified', 'Pinyin', 'Copy corrected text', 'Download corrected text'])
      await expect(sheet.getByRole('button', { name, exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.summary .legend')).toContainText('dashed underline');
  });

  test('the check page: results in view, pinyin apart and never over a struck-out word, whole words in the detail', async ({
    page,
  }) => {
    await checkOnPhone(page, 1);
    const text = page.locator('.check-text');
    await expect(text.locator('.finding').first()).toBeVisible();
    // Scrolled into view: on a phone the result starts below the fold.
    await settled(page);
    const result = await box(page.locator('.check-result'));
    expect(result.y).toBeGreaterThanOrEqual(-1);
    expect(result.y).toBeLessThan(PHONE.height / 2);
    await page.getByRole('button', { name: 'Pinyin', exact: true }).click();
    await expect(text.locator('ins rt').first()).toBeVisible();
    const gaps = await pinyinGaps(text);
    expect(gaps.length).toBeGreaterThan(5);
    expect(gaps.filter(([g]) => g < 2)).toEqual([]);
    const inDel = await text
      .locator('del rt')
      .evaluateAll((rts) => rts.filter((rt) => rt.getBoundingClientRect().width > 0).length);
    expect(inDel).toBe(0);
    await page.setViewportSize(DESK);
    await text.locator('.finding', { hasText: '迷信' }).first().click();
    const pair = page.locator('.finding-detail .detail-pair');
    for (const part of ['del', 'ins'])
      expect(await pair.locator(part).evaluate((el) => el.getClientRects().length), part).toBe(1);
    // On a phone's full-width sheet, "首席迷信家 → 首席科学家" reads as one line (the reader's
    // sentence-pair grid, whose class name it once shared, stays out).
    await page.setViewportSize(PHONE);
    const tops = await pair.evaluate((p) =>
      [p.querySelector('del')!, p.querySelector('ins')!].map((e) =>
        Math.round(e.getBoundingClientRect().top),
      ),
    );
    expect(tops[0], 'one line at 390 px').toBe(tops[1]);
    await page.setViewportSize(DESK);
    // The marks are explained beside the text.
    await expect(page.locator('.check-legend')).toContainText('dashed underline: likely');
  });

  test('tone colours, set in the reading settings, colour the text’s pinyin and are remembered', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/en${ARTICLE}`);
    await pinyinOn(page);
    const colours = () =>
      page.locator('#zh-2 rt').evaluateAll((rts) =>
        rts
          .slice(0, 8)
          .flatMap((rt) => [...rt.querySelectorAll('span')].map((s) => getComputedStyle(s).color))
          .concat(rts.length ? [] : ['none']),
      );
    const plain = await page
      .locator('#zh-2 rt')
      .first()
      .evaluate((rt) => getComputedStyle(rt).color);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('dialog', { name: 'Reading settings' }).getByLabel('Tone colours').check();
    await page.keyboard.press('Escape');
    // 其中 qí zhōng, 岁 suì, 的 de, 深度求索 shēn dù qiú suǒ…: four tones and the neutral one.
    const on = await colours();
    expect(new Set(on).size, `distinct colours among ${on.join(', ')}`).toBeGreaterThanOrEqual(4);
    expect(on.filter((c) => c !== plain).length).toBeGreaterThan(5);
    // The text itself is unchanged (copying and lookups read it).
    await expect(page.locator('#zh-2 rt').first()).toHaveText('qí zhōng');
    await page.reload();
    await pinyinOn(page);
    await expect.poll(async () => new Set(await colours()).size).toBeGreaterThanOrEqual(4);
  });

  test('My words: the tone setting is in the card, the card centred at a reading width, the list fits a phone', async ({
    page,
  }) => {
    await page.setViewportSize(DESK);
    await page.goto(`/en${ARTICLE}/terms`);
    await page.getByRole('button', { name: 'Add 算力 to My words' }).click();
    await page.getByRole('button', { name: 'Add 麻省理工科技评论 to My words' }).click();
    await page.goto('/en/words');
    await expect(page.getByText('To review now: 2 (2 new) · Saved: 2')).toBeVisible();
    const card = page.locator('.review-card');
    await expect(card.getByLabel('Tone colours')).toBeVisible();
    const c = await box(card);
    const section = await box(page.locator('.review'));
    expect(c.width).toBeGreaterThan(500);
    expect(c.width).toBeLessThanOrEqual(660);
    expect(Math.abs(c.x + c.width / 2 - (section.x + section.width / 2))).toBeLessThan(2);
    await page.setViewportSize(PHONE);
    await expect(page.locator('.word-list')).toContainText('麻省理工科技评论');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const remove = await box(page.getByRole('button', { name: 'Remove 麻省理工科技评论' }));
    expect(remove.x + remove.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('the check page on a phone: a finding opens a sheet at the bottom, the finding in sight above it', async ({
    page,
  }) => {
    await checkOnPhone(page, 12);
    const findings = page.locator('.check-text .finding');
    await expect(findings.nth(20)).toBeVisible();
    // One far down the text, then one near the top: each stays in sight, above the sheet.
    for (const n of [20, 1]) {
      await findings.nth(n).click();
      const detail = page.locator('.finding-detail');
      await expect(detail).toBeVisible();
      await page.waitForTimeout(200);
      const d = await box(detail);
      expect(d.y + d.height, 'the sheet sits at the bottom of the window').toBeLessThanOrEqual(
        PHONE.height + 1,
      );
      expect(d.y + d.height).toBeGreaterThan(PHONE.height - 2);
      expect(d.height).toBeLessThanOrEqual(PHONE.height / 2);
      const f = await box(findings.nth(n));
      expect(f.y, 'the finding is not above the window').toBeGreaterThanOrEqual(0);
      expect(f.y + f.height, 'the finding is not under the sheet').toBeLessThanOrEqual(d.y);
    }
    await page.keyboard.press('Escape');
    await expect(page.locator('.finding-detail')).toHaveCount(0);
    await findings.nth(2).click();
    await page.locator('.finding-detail').getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.finding-detail')).toHaveCount(0);
  });

  test('the check page: the tools are two rows at most on a phone; a tall detail card stays in the window', async ({
    page,
  }) => {
    await checkOnPhone(page, 40);
    await expect(page.locator('.finding').first()).toBeVisible();
    const rows = await page
      .locator('.check-tools > *')
      .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows, 'rows of tools at 390 px').toBeLessThanOrEqual(2);
    // A short desk window: the detail card is taller than the room there is; it scrolls inside.
    await page.setViewportSize({ width: 1280, height: 260 });
    await page.locator('.finding').first().click();
    const detail = page.locator('.finding-detail');
    await expect(detail).toBeVisible();
    await page.evaluate(() => window.scrollBy(0, 300));
    const d = await box(detail);
    expect(d.y).toBeGreaterThanOrEqual(0);
    expect(d.y + d.height).toBeLessThanOrEqual(260);
    expect(await detail.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  });
});
