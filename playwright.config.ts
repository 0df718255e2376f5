import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';
import { NGINX_BASE, NGINX_OUT_DIR, NGINX_PORT, NGINX_URL } from './tests/e2e/nginx-site';

// Parallel local runs (several checkouts or sessions) can pick their own port and build folder. The test builds
// have folders of their own: dist/ only ever holds a production build (npm run build).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist-e2e';
// A second build, of two small test lists (tests/fixtures/lists), proves that a year is one file.
const YEARS_PORT = PORT + 1;
const YEARS_OUT_DIR = `${OUT_DIR}-years`;
// The specs drive the charts through window.__charts, which only builds made with this flag have
// (src/lib/chart-registry.ts).
const TEST_HOOKS = { VITE_TEST_HOOKS: '1' };

const CHROMIUM = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1920, height: 1080 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // No retries, on CI too: a test that passes on its second try is a flaky test, and a retry would hide it.
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
  },
  projects: [
    { name: 'chromium', use: CHROMIUM, testIgnore: /(years|nginx)\.spec\.ts/ },
    {
      name: 'years',
      use: { ...CHROMIUM, baseURL: `http://localhost:${YEARS_PORT}` },
      testMatch: /years\.spec\.ts/,
    },
    // The deployed way: nginx with deploy/nginx.conf, serving a build for a sub-path.
    { name: 'nginx', use: { ...CHROMIUM, baseURL: NGINX_URL }, testMatch: /nginx\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
      env: TEST_HOOKS,
      url: `http://localhost:${PORT}`,
      // Always build what is being tested: a reused server may be serving an old build.
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx vite build --logLevel warn --outDir ${YEARS_OUT_DIR} && npx vite preview --outDir ${YEARS_OUT_DIR} --port ${YEARS_PORT} --strictPort`,
      env: { ...TEST_HOOKS, CHUCAI_LISTS_DIR: 'tests/fixtures/lists' },
      url: `http://localhost:${YEARS_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx vite build --logLevel warn --outDir ${NGINX_OUT_DIR} && npx tsx scripts/serve-nginx.ts`,
      // Built as for production: without the test hooks, even when the shell running the tests has the flag set.
      env: {
        CHUCAI_BASE: NGINX_BASE,
        NGINX_ROOT: NGINX_OUT_DIR,
        NGINX_PORT: String(NGINX_PORT),
        VITE_TEST_HOOKS: '',
      },
      url: NGINX_URL,
      // TERM lets the script stop nginx and remove its temporary folder (the default is KILL).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
