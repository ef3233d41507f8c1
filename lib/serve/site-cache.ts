/**
 * What a CDN in front of `next start` would hold, held by the production server itself: every
 * prerendered page and every hashed static file of a build, read once at start-up and compressed
 * once (gzip and brotli), so a request for them costs a lookup and a write. Everything else —
 * RSC requests, route handlers, the API, 404s, redirects — goes to Next.js.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { prepareNoncePage, type NoncePage } from './nonce-gzip';

export interface Encoded {
  readonly raw: Buffer;
  /** Absent for files that do not compress (fonts, images). */
  readonly gzip?: Buffer;
  readonly br?: Buffer;
  readonly etag: string;
}

export interface CachedPage {
  readonly route: string;
  /** Inline-script hashes for the page's CSP (scripts/csp-hashes.ts). */
  readonly hashes: readonly string[];
  /** Set for pages that take user input: served with a fresh nonce per response instead. */
  readonly nonce?: NoncePage;
  readonly body?: Encoded;
}

export interface CachedAsset {
  readonly type: string;
  readonly body: Encoded;
}

export interface SiteCache {
  readonly pages: ReadonlyMap<string, CachedPage>;
  readonly assets: ReadonlyMap<string, CachedAsset>;
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.json', '.map', '.svg', '.txt', '.html']);

export function encode(raw: Buffer, compressible = true): Encoded {
  const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
  if (!compressible) return { raw, etag };
  return {
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
    etag,
  };
}

interface PrerenderManifest {
  routes: Record<string, { initialStatus?: number; dataRoute?: string | null }>;
}

/**
 * Reads a finished build (`next build && scripts/csp-hashes.ts`). Only HTML pages with status 200
 * and recorded script hashes are taken; `isNoncePage(route)` marks those to serve with a nonce.
 */
export function loadSiteCache(distDir: string, isNoncePage: (route: string) => boolean): SiteCache {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'),
  ) as PrerenderManifest;
  const hashes = JSON.parse(readFileSync(path.join(distDir, 'csp-hashes.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const pages = new Map<string, CachedPage>();
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (route.startsWith('/_') || (info.initialStatus ?? 200) !== 200 || !info.dataRoute) continue;
    const file = path.join(distDir, 'server', 'app', `${route}.html`);
    const pageHashes = hashes[route];
    if (!existsSync(file) || !pageHashes) continue;
    const html = readFileSync(file, 'utf8');
    pages.set(
      route,
      isNoncePage(route)
        ? { route, hashes: pageHashes, nonce: prepareNoncePage(html) }
        : { route, hashes: pageHashes, body: encode(Buffer.from(html, 'utf8')) },
    );
  }
  const assets = new Map<string, CachedAsset>();
  const staticDir = path.join(distDir, 'static');
  if (existsSync(staticDir)) {
    for (const rel of readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(staticDir, rel);
      if (!statSync(file).isFile()) continue;
      const ext = path.extname(file);
      const url = '/_next/static/' + rel.split(path.sep).join('/');
      assets.set(url, {
        type: TYPES[ext] ?? 'application/octet-stream',
        body: encode(readFileSync(file), COMPRESSIBLE.has(ext)),
      });
    }
  }
  return { pages, assets };
}
