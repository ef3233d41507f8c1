/**
 * The production server (`npm start` builds first; `npm run serve [-- -p PORT -H HOST]` serves a
 * finished build). Next.js handles every request, except that prerendered pages and hashed static
 * files are answered from memory, compressed once at start-up (lib/serve) — the job a CDN or a
 * caching proxy would do in front of `next start`, done here so one process serves the site at
 * static-file speed. The check page is prerendered too and gets a fresh CSP nonce per response.
 */
import { createServer } from 'node:http';
import next from 'next';
import { localeCookie, routing } from '../i18n/routing';
import { createFastPath, rejectMalformedPath } from '../lib/serve/handler';
import { loadSiteCache } from '../lib/serve/site-cache';
import { isNoncePage } from '../lib/security/csp';

const args = process.argv.slice(2);
const arg = (short: string, long: string) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = arg('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0';
const distDir = process.env.NEXT_DIST_DIR || '.next';

const started = performance.now();
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const cache = loadSiteCache(distDir, isNoncePage);
const fastPath = createFastPath(cache, { locales: routing.locales, localeCookie });

createServer((req, res) => {
  try {
    if (rejectMalformedPath(req, res) || fastPath(req, res)) return;
  } catch (err) {
    console.error(err);
  }
  handle(req, res).catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Internal server error');
  });
}).listen(port, hostname, () => {
  const ms = (performance.now() - started).toFixed(0);
  console.log(
    `Unspun on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} — ${cache.pages.size} pages and ${cache.assets.size} static files from memory (ready in ${ms} ms)`,
  );
  void warmUp();
});

/**
 * Load the substitution engine and the segmenter now (a few seconds), by one check of a few
 * characters, so that the first visitor's check is as fast as the next.
 */
async function warmUp() {
  const t0 = performance.now();
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  try {
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/api/despin`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: '首席迷信家',
    });
    await res.arrayBuffer();
    console.log(`engine loaded in ${(performance.now() - t0).toFixed(0)} ms (${res.status})`);
  } catch (err) {
    console.error('engine warm-up failed; the first check will load it', err);
  }
}
