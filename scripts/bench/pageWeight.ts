import {gzipSync} from 'node:zlib';
import type {Page, Response} from '@playwright/test';

export interface PageWeight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  fonts: number;
  requests: number;
}

/**
 * Bytes of JavaScript and CSS a page loads by itself: from navigation until
 * React has hydrated and the network is idle, before any interaction. Sizes
 * are of the files as served (raw) and gzip-compressed at level 6, so the
 * figures are the same on every run.
 */
export async function pageWeight(page: Page, url: string): Promise<PageWeight> {
  const bodies: Promise<{type: string; size: number; gzip: number}>[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (!['script', 'stylesheet', 'font'].includes(type)) return;
    bodies.push(
      response
        .body()
        .then((body) => ({type, size: body.length, gzip: gzipSync(body, {level: 6}).length}))
        .catch(() => ({type, size: 0, gzip: 0})),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, {waitUntil: 'load'});
  // A string, not a function: tsx would add a helper the page does not have.
  await page.waitForFunction("document.documentElement.dataset.hasHydrated === 'true'");
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const loaded = await Promise.all(bodies);
  const sum = (type: string, key: 'size' | 'gzip') =>
    loaded.filter((l) => l.type === type).reduce((total, l) => total + l[key], 0);
  return {
    jsRaw: sum('script', 'size'),
    jsGzip: sum('script', 'gzip'),
    cssRaw: sum('stylesheet', 'size'),
    cssGzip: sum('stylesheet', 'gzip'),
    fonts: loaded.filter((l) => l.type === 'font').length,
    requests: loaded.length,
  };
}
