/**
 * The production server's fast path: answers document requests for prerendered pages and
 * requests for hashed static files from the in-memory cache (lib/serve/site-cache.ts), with the
 * same security headers and Content-Security-Policy the proxy gives them. Returns false for
 * anything else, which then goes to Next.js.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { noncePolicy, staticPolicy } from '../security/csp';
import { SECURITY_HEADERS } from '../security/headers';
import { gzipNoncePage, renderNoncePage } from './nonce-gzip';
import type { Encoded, SiteCache } from './site-cache';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (brotli, then gzip) among those `available`, honouring `;q=0`. */
export function pickEncoding(
  accept: string | undefined,
  available: { br?: boolean; gzip?: boolean } = { br: true, gzip: true },
): Encoding {
  const offered = new Map<string, number>();
  for (const item of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = item.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    offered.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (n: string) => (offered.get(n) ?? offered.get('*') ?? 0) > 0;
  if (available.br && ok('br')) return 'br';
  if (available.gzip && ok('gzip')) return 'gzip';
  return 'identity';
}

const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
];
const VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

export interface FastPathOptions {
  locales: readonly string[];
  /** next-intl's locale cookie, as configured in i18n/routing.ts. */
  localeCookie: { name: string; sameSite?: 'lax' | 'strict' | 'none' | boolean; maxAge?: number };
}

/** The Set-Cookie value next-intl's proxy writes for `locale` (path `/`: no base path here). */
export function localeCookieHeader(cookie: FastPathOptions['localeCookie'], locale: string): string {
  const parts = [`${cookie.name}=${locale}`, 'Path=/'];
  if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
  if (typeof cookie.sameSite === 'string') parts.push(`SameSite=${cookie.sameSite}`);
  else if (cookie.sameSite) parts.push('SameSite=strict');
  return parts.join('; ');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `body` in the best encoding it has and the client accepts, or a 304 for a matching ETag. */
function sendEncoded(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  body: Encoded,
): void {
  const encoding = pickEncoding(req.headers['accept-encoding'], { br: !!body.br, gzip: !!body.gzip });
  const out: Record<string, string> = { ...headers, ETag: body.etag };
  if (encoding !== 'identity') out['Content-Encoding'] = encoding;
  if (req.headers['if-none-match'] === body.etag) send(req, res, 304, out, Buffer.alloc(0));
  else send(req, res, 200, out, encoding === 'identity' ? body.raw : body[encoding]!);
}

const pathOf = (url: string) => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

/**
 * A path with a malformed percent-encoding (`/en/%ff`) gets a plain 400; Next.js' router would
 * throw on it and answer 500.
 */
export function rejectMalformedPath(req: IncomingMessage, res: ServerResponse): boolean {
  try {
    decodeURIComponent(pathOf(req.url ?? '/'));
    return false;
  } catch {
    send(
      req,
      res,
      400,
      { ...Object.fromEntries(SECURITY_HEADERS), 'Content-Type': 'text/plain; charset=utf-8' },
      Buffer.from('Bad request: the address has a malformed percent-encoding.\n'),
    );
    return true;
  }
}

export function createFastPath(cache: SiteCache, options: FastPathOptions) {
  const security = Object.fromEntries(SECURITY_HEADERS);
  const policies = new Map([...cache.pages.values()].map((p) => [p.route, staticPolicy(p.hashes)]));

  return function fastPath(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const pathname = pathOf(url);

    const asset = cache.assets.get(pathname);
    if (asset) {
      sendEncoded(
        req,
        res,
        {
          ...security,
          'Content-Type': asset.type,
          'Cache-Control': 'public, max-age=31536000, immutable',
          Vary: 'Accept-Encoding',
        },
        asset.body,
      );
      return true;
    }

    const page = cache.pages.get(pathname);
    if (!page) return false;
    // The client-side router's requests for RSC payloads are Next's to answer.
    if (
      ROUTER_HEADERS.some((h) => req.headers[h] !== undefined) ||
      /[?&]_rsc=/.test(url.slice(pathname.length))
    )
      return false;

    const headers: Record<string, string> = {
      ...security,
      'Content-Type': 'text/html; charset=utf-8',
      Vary: VARY,
    };
    // Remember the visitor's locale for `/`, as the next-intl proxy does for document requests.
    const locale = pathname.split('/')[1] ?? '';
    const dest = req.headers['sec-fetch-dest'];
    if (
      options.locales.includes(locale) &&
      (dest === undefined || dest === 'document') &&
      cookieValue(req.headers.cookie, options.localeCookie.name) !== locale
    )
      headers['Set-Cookie'] = localeCookieHeader(options.localeCookie, locale);

    if (page.nonce) {
      // A fresh nonce per response: never cached, by us or anybody else.
      const nonce = randomBytes(18).toString('base64');
      const encoding = pickEncoding(req.headers['accept-encoding'], { gzip: true });
      Object.assign(headers, {
        'Content-Security-Policy': noncePolicy(nonce),
        'Cache-Control': 'private, no-store',
      });
      if (encoding === 'gzip') headers['Content-Encoding'] = 'gzip';
      send(
        req,
        res,
        200,
        headers,
        encoding === 'gzip' ? gzipNoncePage(page.nonce, nonce) : renderNoncePage(page.nonce, nonce),
      );
      return true;
    }

    Object.assign(headers, {
      'Content-Security-Policy': policies.get(page.route)!,
      'Cache-Control': 'public, max-age=0, must-revalidate',
    });
    sendEncoded(req, res, headers, page.body!);
    return true;
  };
}
