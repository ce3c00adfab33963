// Debian's Chromium and the flags it needs on these machines: headless as
// root (no sandbox), no GPU, and none of the background connections that a
// closed network refuses. Shared by the browser tests, the benchmark and its
// Lighthouse runs (plain JavaScript so that lighthouse.mjs can import it too).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
