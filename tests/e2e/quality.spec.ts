import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/articles/tr35-china';

/** Record CSP violations from the first moment of each page (init scripts are not subject to CSP). */
async function watchCsp(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
}

/** The pinyin button: in the toolbar on a desk, in the settings sheet (then closed) on a phone. */
async function togglePinyin(page: Page) {
  const inline = page.locator('.toolbar > .wide [data-pinyin-button]');
  if (await inline.isVisible()) return inline.click();
  await page.locator('.settings-button').click();
  await page.locator('#reader-settings [data-pinyin-button]').click();
  await page.keyboard.press('Escape');
}

test.describe('accessibility (axe-core)', () => {
  // axe walks every node of a long bilingual page several times per test: give it room.
  test.describe.configure({ timeout: 300_000 });
  for (const locale of ['en', 'zh'] as const) {
    for (const [label, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      test(`home and article, every view, pinyin on and off — ${locale}, ${label}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`/${locale}`);
        expect(await axe(page), 'home').toEqual([]);
        for (const view of ['changes', 'published', 'corrected'] as const) {
          await page.goto(`/${locale}${ARTICLE}?view=${view}`);
          await expect(page.locator('#reader')).toHaveAttribute('data-view', view);
          expect(await axe(page), `${view}, pinyin off`).toEqual([]);
          await togglePinyin(page);
          await expect(page.locator('#reader')).toHaveAttribute('data-pinyin', 'on');
          expect(await axe(page), `${view}, pinyin on`).toEqual([]);
          await togglePinyin(page);
        }
      });
    }
  }

  for (const locale of ['en', 'zh'] as const) {
    for (const [label, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      test(`term list, my words and the check page with findings — ${locale}, ${label}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`/${locale}${ARTICLE}/terms`);
        expect(await axe(page), 'terms').toEqual([]);
        await page.goto(`/${locale}/words`);
        expect(await axe(page), 'words').toEqual([]);
        await page.goto(`/${locale}/check`);
        await page.locator('#check-input').fill('首席迷信家表示，大模子的预锻炼很重要。');
        await page.locator('.check-actions .primary').click();
        await page.locator('.finding').first().click();
        await expect(page.locator('.finding-detail')).toBeVisible();
        expect(await axe(page), 'check with findings').toEqual([]);
      });
    }
  }

  test('dark theme passes too', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`/en${ARTICLE}`);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

test.describe('security', () => {
  test('static pages: strict headers, inline scripts allowed only by hash, and no violation', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    for (const path of ['/en', `/en${ARTICLE}`, `/zh${ARTICLE}`]) {
      const res = (await page.goto(path))!;
      const h = res.headers();
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      const csp = h['content-security-policy']!;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
    // Hashed static files are served compressed and cached for good.
    const src = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const asset = await page.request.get(src!, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toBe('br');
    // The page still works under its policy: the client island hydrated and reacts.
    await page.locator('[data-view-button="published"]').click();
    await expect(page.locator('#reader')).toHaveAttribute('data-view', 'published');
    expect(await violations()).toEqual([]);
  });

  test('the check page takes input under a nonce policy with strict-dynamic, and works', async ({ page }) => {
    const violations = await watchCsp(page);
    const res = (await page.goto('/en/check'))!;
    const csp = res.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    // The page is prerendered, but its nonce is fresh on every response and on every script.
    const again = await page.request.get('/en/check');
    const nonce = /'nonce-([^']+)'/.exec(again.headers()['content-security-policy']!)![1]!;
    expect(csp).not.toContain(nonce);
    const html = await again.text();
    expect(html.match(/<script\b/g)!.length).toBe(html.split(`<script nonce="${nonce}"`).length - 1);
    await page.locator('#check-input').fill('首席迷信家');
    await page.locator('.check-actions .primary').click();
    await expect(page.locator('.finding').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('dynamically rendered pages get a nonce with strict-dynamic', async ({ page }) => {
    const res = (await page.goto('/en/no-such-page'))!;
    expect(res.status()).toBe(404);
    const csp = res.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-inline'; script");
  });
});

test.describe('bad input in URLs', () => {
  test('bad locales, unknown routes and stray queries give a 404 or the default view, never a 500', async ({
    page,
  }) => {
    for (const path of [
      '/fr',
      '/fr/articles/tr35-china',
      '/en/articles/%E2%80%AE',
      '/zh/articles/tr35-china/extra',
    ]) {
      const res = (await page.goto(path))!;
      expect(res.status(), path).toBe(404);
    }
    for (const query of [
      '?view=bogus',
      '?view=',
      '?view=changes&view=published',
      '?utm_source=x&<script>=1',
    ]) {
      const res = (await page.goto(`/en${ARTICLE}${query}`))!;
      expect(res.status(), query).toBe(200);
      await expect(page.locator('#s-1')).toBeVisible();
    }
    await page.goto(`/en${ARTICLE}?view=bogus`);
    await expect(page.getByRole('button', { name: 'Show changes' })).toHaveAttribute('aria-pressed', 'true');
    // A malformed percent-encoding is the client's error: 400 with a message, not a 500.
    const bad = await page.request.get('/en/%ff');
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toMatch(/malformed percent-encoding/);
  });
});

test.describe('sharing and discovery', () => {
  test('title, description, Open Graph, Twitter, canonical and hreflang per page and locale', async ({
    page,
  }) => {
    for (const locale of ['en', 'zh'] as const) {
      await page.goto(`/${locale}${ARTICLE}`);
      const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await meta('meta[property="og:title"]')).toBe(await page.title().then((t) => t.split(' · ')[0]));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary');
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
        new RegExp(`/${locale}${ARTICLE}$`),
      );
      expect(await page.locator('link[rel="alternate"][hreflang="zh-Hans"]').getAttribute('href')).toMatch(
        /\/zh\/articles\/tr35-china$/,
      );
      expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(
        /\/en\/articles\/tr35-china$/,
      );
    }
  });

  test('sitemap.xml and robots.txt', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const p of ['/en', '/zh', '/en/articles/tr35-china', '/zh/articles/tr35-china'])
      expect(sitemap).toContain(`${p}</loc>`);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  test('deep links to a sentence and to a correction keep working', async ({ page }) => {
    await page.goto(`/zh${ARTICLE}#s-12`);
    await expect(page.locator('#s-12')).toBeInViewport();
    const id = await page.locator('.corr-list a').first().getAttribute('href');
    await page.goto(`/en${ARTICLE}${id}`);
    await expect(page.locator(id!)).toBeInViewport();
  });
});

test.describe('caching', () => {
  test('dictionary shards: the check page asks for a versioned path, served as immutable', async ({
    page,
    request,
  }) => {
    const { version } = JSON.parse(readFileSync('public/dict/shards/_stamp.json', 'utf8')) as {
      version: string;
    };
    // The shards' URL is built into the check page's scripts.
    await page.goto('/en/check');
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    const bodies = await Promise.all(scripts.map(async (src) => (await request.get(src)).text()));
    expect(bodies.some((b) => b.includes(`/dict/shards/${version}`))).toBe(true);
    // 中 is U+4E2D: shard 4e2d % 4096 = e2d.
    const shard = await request.get(`/dict/shards/${version}/e2d.json`);
    expect(shard.status()).toBe(200);
    expect(shard.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(((await shard.json()) as { w: Record<string, unknown> }).w).toHaveProperty('中国');
    expect((await request.get('/dict/shards/e2d.json')).status()).toBe(404);
  });
});
