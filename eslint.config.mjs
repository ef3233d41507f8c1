// ESLint: Next.js' own presets (core web vitals, TypeScript via typescript-eslint) plus the
// project's architecture rules. Run by `npm run lint` (part of `npm test`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** What the engine must not reach for: it stays pure TypeScript with its data passed in. */
const IMPURE = [
  'react',
  'react-dom',
  'next',
  'next-intl',
  'server-only',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'node:path',
  'child_process',
  'node:child_process',
  'http',
  'node:http',
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { a: _a, ...rest } = x` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['lib/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE.map((name) => ({
            name,
            message: 'lib/engine is pure: pass data in, load it elsewhere (lib/lexicon).',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'next/*', 'next-intl/*', '@/components/*', '@/app/*'],
              message: 'lib/engine is pure: no React, Next.js or UI imports.',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next*/**',
    'node_modules/**',
    'public/**',
    'content/**',
    'out/**',
    'test-results/**',
    'playwright-report/**',
    // Generated data and caches (npm run -s clean-corpus, the engine's start-up cache), not sources.
    '.data/**',
    'next-env.d.ts',
  ]),
]);
