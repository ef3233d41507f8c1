import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { localeCookie, routing } from '@/i18n/routing';
import nextConfig from '@/next.config.js';
import proxy from '@/proxy';
import { isNoncePage } from '@/lib/security/csp';
import { SECURITY_HEADERS } from '@/lib/security/headers';
import { createFastPath, pickEncoding, rejectMalformedPath } from '@/lib/serve/handler';
import { gzipNoncePage, nonceAttribute, prepareNoncePage, renderNoncePage } from '@/lib/serve/nonce-gzip';
import { encode, type SiteCache } from '@/lib/serve/site-cache';

const PAGE =
  '<!doctype html><html><head><link rel="preload" as="script" href="/_next/static/a.js"/><link rel="stylesheet" href="/a.css"/><script src="/_next/static/a.js" async></script></head><body><p>正本 ✓</p><script>self.__next_f.push([1,"x"])</script><script>1</script></body></html>';
const NONCE = 'AAAAAAAAAAAAAAAAAAAAAAAA';

describe('nonce pages: one deflate per piece at start-up, a fresh nonce per response', () => {
  it('puts the nonce on every script and nowhere else', () => {
    const out = renderNoncePage(prepareNoncePage(PAGE), NONCE).toString('utf8');
    expect(out).toBe(
      PAGE.replaceAll('<script', `<script nonce="${NONCE}"`).replace(
        '<link rel="preload"',
        `<link nonce="${NONCE}" rel="preload"`,
      ),
    );
  });

  it('the stitched gzip stream inflates to exactly the page with the nonce', () => {
    const page = prepareNoncePage(PAGE);
    expect(gunzipSync(gzipNoncePage(page, NONCE)).toString('utf8')).toBe(
      renderNoncePage(page, NONCE).toString('utf8'),
    );
  });

  it('round-trips any text, with or without scripts (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constant('<script>'),
      fc.constant('<script src="x">'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.base64String({ minLength: 16, maxLength: 64 }),
        (pieces, nonce) => {
          const html = pieces.join('');
          const page = prepareNoncePage(html);
          const plain = renderNoncePage(page, nonce).toString('utf8');
          expect(gunzipSync(gzipNoncePage(page, nonce)).toString('utf8')).toBe(plain);
          expect(plain.split(`nonce="${nonce}"`).length - 1).toBe(html.split(/<script\b/).length - 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a nonce that could leave its attribute', () => {
    expect(() => nonceAttribute('abc" onload="x')).toThrow(/base64/);
    expect(() => nonceAttribute('short')).toThrow();
  });

  it('only the check pages take a nonce', () => {
    for (const locale of routing.locales) expect(isNoncePage(`/${locale}/check`)).toBe(true);
    expect(isNoncePage('/en/articles/tr35-china')).toBe(false);
    expect(isNoncePage('/en/check/x')).toBe(false);
    expect(isNoncePage('/xx/check')).toBe(false);
    expect(isNoncePage('/check')).toBe(false);
  });

  it('the check page of any locale in the routing list takes a nonce, zh-Hant included', () => {
    const locales = [...routing.locales, 'zh-Hant'];
    expect(isNoncePage('/zh-Hant/check', locales)).toBe(true);
    expect(isNoncePage('/zh-Hant/check')).toBe(false); // not (yet) in the routing list
    expect(isNoncePage('/zh-Hant/check/x', locales)).toBe(false);
  });
});

describe('content negotiation', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=0', 'identity'],
  ])('%s → %s', (accept, expected) => {
    expect(pickEncoding(accept)).toBe(expected);
  });
  it('without brotli, gzip', () => expect(pickEncoding('br, gzip', { gzip: true })).toBe('gzip'));
});

/** A minimal request/response pair for the handler. */
function call(
  fastPath: (req: IncomingMessage, res: ServerResponse) => boolean,
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
) {
  const req = Object.assign(new EventEmitter(), { url, method, headers }) as unknown as IncomingMessage;
  const out: { status?: number; headers: Record<string, string>; body?: Buffer } = { headers: {} };
  const res = {
    writeHead(status: number, h: Record<string, string>) {
      out.status = status;
      out.headers = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
      return res;
    },
    end(body?: Buffer) {
      out.body = body;
    },
  } as unknown as ServerResponse;
  const handled = fastPath(req, res);
  return { handled, ...out };
}

describe('the fast path', () => {
  const cache: SiteCache = {
    pages: new Map([
      ['/en/articles/a', { route: '/en/articles/a', hashes: ['h1', 'h2'], body: encode(Buffer.from(PAGE)) }],
      ['/en/check', { route: '/en/check', hashes: ['h3'], nonce: prepareNoncePage(PAGE) }],
    ]),
    assets: new Map([
      [
        '/_next/static/chunks/a.js',
        {
          type: 'application/javascript; charset=utf-8',
          body: encode(Buffer.from('console.log(1)'.repeat(50))),
        },
      ],
      ['/_next/static/media/f.woff2', { type: 'font/woff2', body: encode(Buffer.from([1, 2, 3]), false) }],
    ]),
  };
  const fastPath = createFastPath(cache, { locales: routing.locales, localeCookie });

  it('serves a prerendered page with its hash policy and the security headers, compressed once', () => {
    const r = call(fastPath, '/en/articles/a?view=corrected', { 'accept-encoding': 'gzip, br' });
    expect(r.handled).toBe(true);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(r.body!).toString()).toBe(PAGE);
    expect(r.headers['content-security-policy']).toContain("script-src 'self' 'sha256-h1' 'sha256-h2'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['vary']).toMatch(/Accept-Encoding/);
    expect(r.headers['set-cookie']).toBe('NEXT_LOCALE=en; Path=/; SameSite=lax');
  });

  it('answers a matching ETag with 304 and HEAD without a body', () => {
    const etag = call(fastPath, '/en/articles/a').headers['etag']!;
    expect(call(fastPath, '/en/articles/a', { 'if-none-match': etag }).status).toBe(304);
    const head = call(fastPath, '/en/articles/a', {}, 'HEAD');
    expect(head.body).toBeUndefined();
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
  });

  it('gives the check page a different nonce on every response, in the policy and on every script', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = call(fastPath, '/en/check', { 'accept-encoding': 'gzip, br' });
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(r.headers['cache-control']).toBe('private, no-store');
      const nonce = /'nonce-([^']+)' 'strict-dynamic'/.exec(r.headers['content-security-policy']!)![1]!;
      const html = gunzipSync(r.body!).toString();
      expect(html.split(`<script nonce="${nonce}"`).length - 1).toBe(3);
      expect(html).toContain(`<link nonce="${nonce}" rel="preload" as="script"`);
      expect(html).toContain('<link rel="stylesheet"');
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(5);
  });

  it('serves hashed static files as immutable', () => {
    const r = call(fastPath, '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(r.body!).toString()).toBe('console.log(1)'.repeat(50));
  });

  it('sends files that do not compress as they are, whatever the client accepts', () => {
    const r = call(fastPath, '/_next/static/media/f.woff2', { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect([...r.body!]).toEqual([1, 2, 3]);
  });

  it.each([
    ['an RSC request', '/en/articles/a', { rsc: '1' }, 'GET'],
    ['a prefetch', '/en/articles/a', { 'next-router-prefetch': '1' }, 'GET'],
    ['an _rsc query', '/en/articles/a?_rsc=abc', {}, 'GET'],
    ['a POST', '/en/articles/a', {}, 'POST'],
    ['an unknown page', '/en/articles/b', {}, 'GET'],
    ['a trailing slash (Next redirects)', '/en/articles/a/', {}, 'GET'],
    ['an unknown static file', '/_next/static/chunks/b.js', {}, 'GET'],
  ])('leaves %s to Next.js', (_name, url, headers, method) => {
    expect(call(fastPath, url, headers, method).handled).toBe(false);
  });

  it('does not reset a locale cookie that is already right, nor set one for background requests', () => {
    expect(
      call(fastPath, '/en/articles/a', { cookie: 'a=1; NEXT_LOCALE=en' }).headers['set-cookie'],
    ).toBeUndefined();
    expect(call(fastPath, '/en/articles/a', { cookie: 'NEXT_LOCALE=zh' }).headers['set-cookie']).toBe(
      'NEXT_LOCALE=en; Path=/; SameSite=lax',
    );
    expect(
      call(fastPath, '/en/articles/a', { 'sec-fetch-dest': 'empty' }).headers['set-cookie'],
    ).toBeUndefined();
  });
});

describe('one list of security headers: next.config.js, the proxy and the fast path agree', () => {
  const fastPath = createFastPath(
    {
      pages: new Map([['/en/words', { route: '/en/words', hashes: [], body: encode(Buffer.from(PAGE)) }]]),
      assets: new Map(),
    },
    { locales: routing.locales, localeCookie },
  );
  const names = SECURITY_HEADERS.map(([k]) => k.toLowerCase());
  const pick = (get: (name: string) => string | null | undefined) =>
    Object.fromEntries(names.map((n) => [n, get(n) ?? null]));
  const expected = Object.fromEntries(SECURITY_HEADERS.map(([k, v]) => [k.toLowerCase(), v]));

  it('the list has the basics, Cross-Origin-Opener-Policy included', () => {
    expect(expected).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('next.config.js sends exactly the list with every file', async () => {
    const rules = (await nextConfig.headers!()).filter((r) => r.source === '/:path*');
    expect(rules).toHaveLength(1);
    expect(Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]))).toEqual(
      expected,
    );
  });

  it('the proxy and the fast path send the same headers with a page', async () => {
    const proxied = await proxy(new NextRequest('http://localhost/en/words'));
    expect(pick((n) => proxied.headers.get(n))).toEqual(expected);
    expect(pick((n) => call(fastPath, '/en/words').headers[n])).toEqual(expected);
  });

  it.each([
    ['another locale', { cookie: 'NEXT_LOCALE=zh' }],
    ['none, a browser preferring Chinese', { 'accept-language': 'zh-CN,zh;q=0.9' }],
  ])('the proxy and the fast path set the same locale cookie (cookie before: %s)', async (_name, headers) => {
    const proxied = await proxy(new NextRequest('http://localhost/en/words', { headers }));
    const set = proxied.headers.get('set-cookie');
    expect(set).toMatch(/^NEXT_LOCALE=en;/);
    expect(call(fastPath, '/en/words', headers).headers['set-cookie']).toBe(set);
  });
});

describe('malformed paths', () => {
  it('a bad percent-encoding is a 400 with a message, not a 500', () => {
    const r = call(rejectMalformedPath, '/en/%ff');
    expect(r.handled).toBe(true);
    expect(r.status).toBe(400);
    expect(r.body!.toString()).toMatch(/malformed percent-encoding/);
  });
  it('good paths, including encoded Chinese and a bad query, pass on', () => {
    for (const url of ['/en', '/en/articles/%E6%AD%A3', '/en/check?q=%ff'])
      expect(call(rejectMalformedPath, url).handled).toBe(false);
  });
});
