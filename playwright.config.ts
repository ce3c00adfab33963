import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './config/chromium.mjs';
import type {SiteOptions} from './tests/e2e/fixtures';

// Browser tests run in Debian's Chromium against the production builds: the
// hosted build served on 127.0.0.1, and the offline build opened from disk.
// E2E_PORT: another checkout on the same machine may be serving its own
// build on the default port, and a local run reuses whatever answers there.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig<SiteOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    launchOptions: {executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS},
    viewport: {width: 1280, height: 800},
  },
  projects: [
    {name: 'hosted', use: {mode: 'hosted', baseURL: `http://127.0.0.1:${PORT}`}},
    {name: 'offline', use: {mode: 'offline'}},
  ],
  webServer: {
    command: `npx docusaurus serve --dir build --port ${PORT} --host 127.0.0.1 --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
