import createNextIntlPlugin from 'next-intl/plugin';
import { currentShardsUrl, SHARDS_URL_ROOT } from './lib/dictionary/shards-path.js';
import { SECURITY_HEADERS } from './lib/security/headers.js';

// Messages are compiled at build time (next-intl's catalog loader): pages ship compact
// precompiled messages and a formatter without the ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let two builds (e.g. a test run and a benchmark) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Where the dictionary shards of this build are (prebuild and predev write them first).
  env: { NEXT_PUBLIC_DICT_SHARDS_URL: currentShardsUrl() ?? SHARDS_URL_ROOT },
  // The stylesheet (4 kB gzip) goes into each page's <head>: no render-blocking request before
  // the first paint.
  experimental: { inlineCss: true },
  // Native word segmenter: loaded by Node at build/render time, never bundled.
  serverExternalPackages: ['@node-rs/jieba'],
  // The dictionary shards (scripts/build-dict.ts) are static files served from public/; keep
  // them out of the server's file traces, which whole-project file patterns would pull them into.
  outputFileTracingExcludes: { '/*': ['public/dict/**'] },
  // Content these routes read at run time (lib/content/load-core.ts keeps the tracer from
  // following its folder argument, which it would take for the whole project).
  outputFileTracingIncludes: {
    '/api/despin': ['content/articles/**', 'content/lexicon/**'],
    '/dict/articles/[file]': ['content/articles/**', 'content/dictionary/**'],
  },
  // Files the proxy does not see (scripts, styles, robots.txt, sitemap.xml) get the same basics;
  // pages get these and their Content-Security-Policy from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: SECURITY_HEADERS.map(([key, value]) => ({ key, value })),
      },
      {
        // A shard's URL names the version of its content (lib/dictionary/shards-path.js).
        source: `${SHARDS_URL_ROOT}/:version/:file`,
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
