/**
 * Content-Security-Policy for every page. Pure: the proxy supplies the per-page facts.
 *
 * - Prerendered (static) pages cannot carry a per-request nonce, so their inline scripts are
 *   allowed by the SHA-256 hashes recorded after the build (scripts/csp-hashes.ts) and their
 *   external scripts by 'self'. No 'unsafe-inline' for scripts.
 * - The check page, which takes user input, is prerendered too but served with a fresh nonce
 *   and 'strict-dynamic' on every response by the production server (lib/serve/nonce-gzip.ts).
 * - Dynamically rendered pages (404s) get a fresh nonce and 'strict-dynamic'; Next.js reads the
 *   nonce from the request's CSP header and puts it on its scripts.
 */

import { routing } from '../../i18n/routing';

const COMMON = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self' blob:",
  // React writes style attributes; styles cannot run script, so this is the accepted trade-off.
  "style-src 'self' 'unsafe-inline'",
  "manifest-src 'self'",
];

/**
 * Pages that take user input get a nonce policy even though they are prerendered: the production
 * server (scripts/serve.ts) puts a fresh nonce on their scripts per response. Any locale of the
 * routing list counts, whatever its form (`zh-Hant` as well as `en`).
 */
export function isNoncePage(route: string, locales: readonly string[] = routing.locales): boolean {
  const [root, locale, page, ...rest] = route.split('/');
  return root === '' && page === 'check' && rest.length === 0 && locales.includes(locale ?? '');
}

export function staticPolicy(hashes: readonly string[]): string {
  const scripts = ["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ');
  return [...COMMON, `script-src ${scripts}`, "script-src-attr 'none'"].join('; ');
}

export function noncePolicy(nonce: string, dev = false): string {
  const scripts = [`'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])].join(' ');
  return [...COMMON, `script-src ${scripts}`, "script-src-attr 'none'"].join('; ');
}
