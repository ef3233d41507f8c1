/** Helpers for benchmark scripts: build and start the production site (scripts/serve.ts), serve static files. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BENCH_DIST = '.next-bench';

export function buildSite(distDir = BENCH_DIST, siteUrl?: string): void {
  console.error(`building the site into ${distDir} …`);
  // next build adds another build folder's type paths to tsconfig.json (and reformats it): put
  // the project's file back, so a benchmark leaves the work tree as it found it.
  const tsconfig = readFileSync('tsconfig.json');
  try {
    const r = spawnSync('npm', ['run', '-s', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_DIST_DIR: distDir, ...(siteUrl ? { SITE_URL: siteUrl } : {}) },
    });
    if (r.status !== 0) throw new Error('next build failed');
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
  }
}

export function hasBuild(distDir = BENCH_DIST): boolean {
  return existsSync(path.join(distDir, 'BUILD_ID'));
}

export async function startSite(port: number, distDir = BENCH_DIST): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' },
      stdio: 'ignore',
    },
  );
  await waitFor(`http://127.0.0.1:${port}/en`);
  return child;
}

export async function waitFor(url: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** A plain static file server (gzip, like next start), for the "plain HTML" baselines. */
export function serveStatic(files: Record<string, string>, port: number): Promise<Server> {
  const bodies = new Map(
    Object.entries(files).map(([p, body]) => [p, { raw: Buffer.from(body), gz: gzipSync(body) }]),
  );
  const server = createServer((req, res) => {
    const body = bodies.get((req.url ?? '/').split('?')[0]!);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String(gzip ? body.gz.length : body.raw.length),
    });
    res.end(gzip ? body.gz : body.raw);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article's corrected Chinese and English as one plain static HTML page: the floor to compare with. */
export function plainArticleHtml(slug: string): string {
  const dir = path.join('content', 'articles', slug);
  const sentences = JSON.parse(readFileSync(path.join(dir, 'sentences.json'), 'utf8')) as {
    zh: string;
    en?: string;
  }[];
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as {
    title: { zh: string; en: string };
  };
  const rows = sentences
    .map((s) => `<div class="p"><p lang="zh-Hans">${esc(s.zh)}</p><p lang="en">${esc(s.en ?? '')}</p></div>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(meta.title.en)}</title>
<style>body{font:17px/1.6 system-ui,sans-serif;max-width:1200px;margin:0 auto;padding:1rem}.p{display:grid;grid-template-columns:1fr 1fr;gap:2rem}@media(max-width:899px){.p{grid-template-columns:1fr}}</style></head>
<body><h1><span lang="zh-Hans">${esc(meta.title.zh)}</span><br>${esc(meta.title.en)}</h1>${rows}</body></html>`;
}
