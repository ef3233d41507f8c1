import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // The marker package throws outside React Server Components; tests run server modules directly.
      'server-only': fileURLToPath(new URL('./tests/fixtures/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // beforeAll hooks load the lexicon and the segmenter: seconds, more on a busy machine.
    hookTimeout: 60_000,
    // next-intl's ESM imports `next/server` without an extension, which Node's resolver refuses
    // (next has no exports map); let Vite resolve it (tests/serve runs the proxy).
    server: { deps: { inline: ['next-intl'] } },
  },
});
