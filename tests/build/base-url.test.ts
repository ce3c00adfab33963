import {readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import {BASE_URL_BUILD_DIR, TEST_BASE_URL} from '../baseUrlBuild';
import {assertBuilt, deadSiteReferences, listFiles} from '../builtSite';

// The hosted build made at a sub-path (npm run build:base-url), as GitHub
// Pages serves a fork. The browser side (search box, results page, reload)
// is tested in tests/e2e/base-url.spec.ts.
beforeAll(() => assertBuilt(BASE_URL_BUILD_DIR));

describe(`the hosted build at ${TEST_BASE_URL}`, () => {
  it('was built at that base URL', () => {
    const $ = load(readFileSync(path.join(BASE_URL_BUILD_DIR, 'index.html'), 'utf8'));
    const canonical = new URL($('link[rel="canonical"]').attr('href') ?? '', 'http://x').pathname;
    expect(canonical, 'build-base-url/ 不是用这个 BASE_URL 构建的：请运行 npm run build:base-url').toBe(TEST_BASE_URL);
  });

  it('refers only to addresses under the base URL that exist (pages, assets, the offline zip)', () => {
    expect(listFiles(BASE_URL_BUILD_DIR, /\.html$/).length).toBeGreaterThan(20);
    expect(deadSiteReferences(BASE_URL_BUILD_DIR, TEST_BASE_URL)).toEqual([]);
  });

  it('lists its pages in the sitemap under the base URL', () => {
    const sitemap = readFileSync(path.join(BASE_URL_BUILD_DIR, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.filter((loc) => !loc.startsWith(TEST_BASE_URL))).toEqual([]);
  });
});
