/**
 * The security headers every response gets, in one list: next.config.js sends them with files the
 * proxy does not see, proxy.ts with pages, and the production server's fast path (lib/serve) with
 * what it answers from memory. Plain JavaScript so next.config.js can import it; types in
 * headers.d.ts. The Content-Security-Policy is per page: lib/security/csp.ts.
 */
export const SECURITY_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];
