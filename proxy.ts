import { readFileSync } from 'node:fs';
import path from 'node:path';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { noncePolicy, staticPolicy } from './lib/security/csp';
import { SECURITY_HEADERS } from './lib/security/headers';

/** Locale negotiation: `/` goes to the visitor's preferred locale; paths without a locale get one. */
const intl = createMiddleware(routing);

let prerendered: Record<string, string[]> | undefined;
/** Inline-script hashes of prerendered pages, written after the build by scripts/csp-hashes.ts. */
function staticHashes(): Record<string, string[]> {
  if (!prerendered) {
    try {
      const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'csp-hashes.json');
      prerendered = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    } catch {
      prerendered = {}; // dev server, or a build without the post-build step: every page gets a nonce
    }
  }
  return prerendered;
}

export default function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname.replace(/\/$/, '') || '/';
  const hashes = staticHashes()[pathname];
  let csp: string;
  if (hashes) {
    csp = staticPolicy(hashes);
  } else {
    const nonce = btoa(crypto.randomUUID());
    csp = noncePolicy(nonce, process.env.NODE_ENV !== 'production');
    // Next.js takes the nonce from the request's CSP header for the scripts it renders.
    request.headers.set('Content-Security-Policy', csp);
  }
  const response = intl(request) ?? NextResponse.next({ request });
  response.headers.set('Content-Security-Policy', csp);
  for (const [k, v] of SECURITY_HEADERS) response.headers.set(k, v);
  return response;
}

export const config = {
  // Everything except Next internals and files with an extension (robots.txt, images, …).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
