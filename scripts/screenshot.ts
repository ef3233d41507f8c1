/** Dev aid: screenshot a page in Debian's Chromium. Usage: tsx scripts/screenshot.ts URL OUT.png [width] [height] */
import { launchChromium } from '../tests/e2e/browser';

const [url, out, width = '1280', height = '900'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: tsx scripts/screenshot.ts URL OUT.png [width] [height]');
  process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
