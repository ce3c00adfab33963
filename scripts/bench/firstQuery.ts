import {gzipSync} from 'node:zlib';
import type {Page, Response} from '@playwright/test';

export interface FirstQuery {
  /** Scripts loaded from the first key press until the results of the whole query show. */
  raw: number;
  gzip: number;
  requests: number;
  /** Of those, the index: its head chunk, shards and stores. */
  indexGzip: number;
  /** From the key press that opens the search box to the results of the whole query on screen. */
  ms: number;
}

/**
 * The first search of a visit, as a reader makes it: on a page that has
 * loaded and hydrated, press / and enter the query; the box loads the
 * search code, the index head and the parts the query needs. Counts every
 * script from the key press until the list shows the results of the whole
 * query (not a stale list from a shorter prefix), and the time that took.
 * Sizes are gzip level 6, as in pageWeight.
 */
export async function firstQuery(page: Page, url: string, query: string): Promise<FirstQuery> {
  await page.goto(url, {waitUntil: 'load'});
  // Strings, not functions: tsx would add a helper the page does not have.
  await page.waitForFunction("document.documentElement.dataset.hasHydrated === 'true'");
  await page.waitForLoadState('networkidle');
  const bodies: Promise<{url: string; size: number; gzip: number}>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(
      response
        .body()
        .then((body) => ({url: response.url(), size: body.length, gzip: gzipSync(body, {level: 6}).length})),
    );
  };
  page.on('response', onResponse);
  const started = (await page.evaluate('performance.now()')) as number;
  await page.keyboard.press('/');
  // The whole query at once, as an input method commits it: the same parts load on every run.
  await page.keyboard.insertText(query);
  const shown = await page.waitForFunction(
    `(() => {
      const input = document.querySelector('input[role=combobox]');
      const list = input && document.getElementById(input.getAttribute('aria-controls'));
      return input.value === ${JSON.stringify(query)} && list && list.getAttribute('aria-busy') === 'false' &&
        list.querySelector('[role=option]') ? performance.now() : false;
    })()`,
    undefined,
    {polling: 'raf'},
  );
  const ms = ((await shown.jsonValue()) as number) - started;
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const loaded = await Promise.all(bodies);
  const sum = (list: typeof loaded, key: 'size' | 'gzip') => list.reduce((total, l) => total + l[key], 0);
  return {
    raw: sum(loaded, 'size'),
    gzip: sum(loaded, 'gzip'),
    requests: loaded.length,
    indexGzip: sum(
      loaded.filter((l) => /\/assets\/search\/|\/search-index\./.test(l.url)),
      'gzip',
    ),
    ms,
  };
}
