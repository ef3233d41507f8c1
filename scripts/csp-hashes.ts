/**
 * After `next build`: hash every inline script of every prerendered page, so the proxy can allow
 * exactly those scripts on static pages (see lib/security/csp.ts). Writes <distDir>/csp-hashes.json:
 * { "/en/articles/tr35-china": ["<base64 sha256>", …], … }.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = process.env.NEXT_DIST_DIR || '.next';
const appDir = path.join(dist, 'server', 'app');

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(m[1]!) || !m[2]) continue;
    hashes.add(createHash('sha256').update(m[2], 'utf8').digest('base64'));
  }
  return [...hashes].sort();
}

const out: Record<string, string[]> = {};
for (const rel of readdirSync(appDir, { recursive: true, encoding: 'utf8' })) {
  if (!rel.endsWith('.html')) continue;
  const file = path.join(appDir, rel);
  const route =
    '/' +
    rel
      .replace(/\.html$/, '')
      .split(path.sep)
      .join('/');
  if (route.startsWith('/_')) continue; // _not-found, _global-error: rendered per request
  out[route] = inlineScriptHashes(readFileSync(file, 'utf8'));
}
writeFileSync(path.join(dist, 'csp-hashes.json'), JSON.stringify(out));
console.log(`csp: hashed the inline scripts of ${Object.keys(out).length} prerendered pages`);
