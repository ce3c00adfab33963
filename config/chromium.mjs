// Which Chromium the browser tests, the benchmark and its Lighthouse runs
// drive, and the flags it needs on these machines: headless as root (no
// sandbox), no GPU, and none of the background connections that a closed
// network refuses. Plain JavaScript so that lighthouse.mjs can import it too.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH when set; otherwise Debian's Chromium where it is installed
 * (CI and Linux machines: `apt-get install chromium`); otherwise Playwright's
 * own build (macOS, Windows: `npx playwright install chromium` once), whose
 * path Playwright knows whether or not it is installed yet.
 */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return chromium.executablePath();
}

export const CHROMIUM_PATH = findChromium();

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
