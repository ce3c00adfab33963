import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './config/chromium.mjs';
import {TEST_BASE_URL} from './tests/baseUrlBuild';
import type {SiteOptions} from './tests/e2e/fixtures';

// Browser tests run in Chromium against the production builds: the hosted
// build served on 127.0.0.1, the offline build opened from disk, and the
// hosted build made at a sub-path (only its own spec runs there).
// E2E_PORT: another checkout on the same machine may be serving its own
// build on the default port, and a local run reuses whatever answers there;
// the sub-path build is served on the port after it.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL_PORT = PORT + 1;
const BASE_URL_SPEC = /base-url\.spec\.ts$/;

function serve(dir: string, port: number, baseUrl: string) {
  return {
    command: `npx docusaurus serve --dir ${dir} --port ${port} --host 127.0.0.1 --no-open`,
    // docusaurus serve reads the config, which takes the base URL from here.
    env: {BASE_URL: baseUrl},
    url: `http://127.0.0.1:${port}${baseUrl}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  };
}

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
    {name: 'hosted', testIgnore: BASE_URL_SPEC, use: {mode: 'hosted', baseURL: `http://127.0.0.1:${PORT}/`}},
    {name: 'offline', testIgnore: BASE_URL_SPEC, use: {mode: 'offline'}},
    {
      name: 'base-url',
      testMatch: BASE_URL_SPEC,
      use: {mode: 'hosted', baseURL: `http://127.0.0.1:${BASE_URL_PORT}${TEST_BASE_URL}`},
    },
  ],
  webServer: [serve('build', PORT, '/'), serve('build-base-url', BASE_URL_PORT, TEST_BASE_URL)],
});
