import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let two builds (e.g. a test run and a benchmark) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native word segmenter: loaded by Node at build/render time, never bundled.
  serverExternalPackages: ['@node-rs/jieba'],
};

export default withNextIntl(nextConfig);
