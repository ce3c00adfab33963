import type {Browser} from '@playwright/test';

export interface ObservedLoad {
  /** Last 'largest-contentful-paint' entry before any interaction, ms from navigation start. */
  lcpMs: number;
  /** The element that entry names, e.g. `LI` or `P.hero__subtitle`. */
  lcpElement: string;
  fcpMs: number;
  /** When React had hydrated the page (`data-has-hydrated` turned true). */
  hydratedMs: number;
  /**
   * Total blocking time as Chromium observed it: the part over 50 ms of each
   * long task after first contentful paint, until three seconds after hydration.
   */
  tbtMs: number;
  /** The longest task in that time. */
  longestTaskMs: number;
}

/**
 * Lighthouse's mobile throttling, applied for real rather than simulated:
 * its "slow 4G" figures as DevTools applies them (latency ×3.75, throughput
 * ×0.9: `mobileSlow4G` in Lighthouse's Lantern constants) and a 4× slower
 * CPU, on a phone-sized viewport.
 */
const CPU_SLOWDOWN = 4;
const NETWORK = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1638.4 * 0.9) / 8) * 1024,
  uploadThroughput: ((750 * 0.9) / 8) * 1024,
};

// A string, not a function: tsx would add a helper the page does not have.
const RECORD_PAINTS = `
  window.__observed = {lcp: 0, lcpElement: '', fcp: 0, hydrated: 0, tasks: []};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__observed.tasks.push([entry.startTime, entry.duration]);
  }).observe({type: 'longtask', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      window.__observed.lcp = entry.startTime;
      window.__observed.lcpElement = el ? el.tagName + (el.className ? '.' + String(el.className).split(' ')[0] : '') : '';
    }
  }).observe({type: 'largest-contentful-paint', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__observed.fcp = entry.startTime;
  }).observe({type: 'paint', buffered: true});
  // The document, not <html>: this runs before the parser has created it.
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.hasHydrated === 'true') {
      window.__observed.hydrated = performance.now();
      observer.disconnect();
    }
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-has-hydrated']});
`;

/**
 * Loads a page once in a fresh context (cold cache) under CPU and network
 * throttling (Chrome DevTools Protocol) and reads what Chromium itself
 * observed: LCP, FCP, when hydration finished, and the long tasks.
 * Lighthouse's default mode only simulates throttling from an unthrottled
 * load, so this is the check that a gain is real and not an artefact of the
 * simulation.
 */
export async function observeLoad(browser: Browser, url: string): Promise<ObservedLoad> {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    await page.addInitScript(RECORD_PAINTS);
    await page.goto(url, {waitUntil: 'load', timeout: 120_000});
    await page.waitForFunction('window.__observed.hydrated > 0', undefined, {timeout: 120_000});
    // LCP entries stop at the first input; none comes, so let late paints
    // land, and the tasks that follow hydration (links prefetching) run.
    await page.waitForTimeout(3000);
    const observed = (await page.evaluate('window.__observed')) as {
      lcp: number;
      lcpElement: string;
      fcp: number;
      hydrated: number;
      tasks: [start: number, duration: number][];
    };
    const tasks = observed.tasks.filter(([start]) => start >= observed.fcp).map(([, duration]) => duration);
    return {
      lcpMs: observed.lcp,
      lcpElement: observed.lcpElement,
      fcpMs: observed.fcp,
      hydratedMs: observed.hydrated,
      tbtMs: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      longestTaskMs: Math.max(0, ...tasks),
    };
  } finally {
    await context.close();
  }
}
