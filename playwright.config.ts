import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 3211);

/** Browser tests against the production build (`next build` runs first, see npm run test:e2e). */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npm run -s serve -- -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
