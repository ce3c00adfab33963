import type {Page} from '@playwright/test';
import {TEST_BASE_URL} from '../baseUrlBuild';
import {expect, open, searchHits, test} from './fixtures';

// The hosted build made with a base URL (npm run build:base-url), served as
// GitHub Pages serves a fork: http://…/fork/. The page fixture already fails
// on any request outside the base path; these tests also fail on any answer
// of 404, and check that each address the code builds (the search box's
// Enter, the results page's own URL, a reload) stays under the base.

/** Every address the page gets a 404 for, from now on. */
function notFound(page: Page): string[] {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  return missing;
}

/** The path part of the address the page shows, base URL included. */
function pathname(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname);
}

test('the search box opens results and the results page under the base URL', async ({page, site}) => {
  const missing = notFound(page);
  await open(page, site, '/');
  const box = page.getByRole('combobox', {name: '搜索文档与资源'});

  await page.keyboard.press('/');
  await page.keyboard.type('rocksdb');
  await searchHits(page).first().click();
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  expect(pathname(page)).toMatch(new RegExp(`^${TEST_BASE_URL}docs/`));

  // Enter on the selected result: the path is pushed by code, not by a link.
  await box.click();
  await box.fill('检查点');
  await expect(searchHits(page).first()).toBeVisible();
  const before = page.url();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(before);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  expect(pathname(page)).toMatch(new RegExp(`^${TEST_BASE_URL}docs/`));

  // Enter with no result: the results page, with its query in the URL.
  await box.click();
  await box.fill('zzzz');
  await expect(page.getByText('没有与「zzzz」相关的内容')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  expect(site.currentPath(page)).toBe('/search?q=zzzz');

  // The dropdown's own link to the results page.
  await box.click();
  await box.fill('rocksdb');
  await page.getByRole('link', {name: '在搜索页查看全部结果'}).click();
  await expect(page.getByLabel('关键词')).toHaveValue('rocksdb');
  expect(site.currentPath(page)).toBe('/search?q=rocksdb');
  expect(missing).toEqual([]);
});

test('typing on the results page keeps the base URL, and a reload shows the same search', async ({page, site}) => {
  const missing = notFound(page);
  await open(page, site, '/search?q=rocksdb');
  const input = page.getByLabel('关键词');
  await expect(input).toHaveValue('rocksdb');
  await input.fill('checkpoint');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  expect(site.currentPath(page)).toBe('/search?q=checkpoint');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  await expect(page.getByLabel('关键词')).toHaveValue('checkpoint');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  expect(missing).toEqual([]);
});

test('every link of the home page, footer download included, answers', async ({page, site}) => {
  const missing = notFound(page);
  await open(page, site, '/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContainEqual(expect.stringMatching(/\/downloads\/.+\.zip$/));
  for (const href of new Set(hrefs)) {
    expect(href, `${href} 不在 ${TEST_BASE_URL} 之下`).toMatch(new RegExp(`^${TEST_BASE_URL}`));
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status(), href).toBe(200);
  }
  expect(missing).toEqual([]);
});

test('the migration checker starts its worker and converts a config under the base URL', async ({page, site}) => {
  const missing = notFound(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await open(page, site, '/');
  await page.getByRole('link', {name: '迁移检查', exact: true}).first().click();
  expect(pathname(page)).toBe(`${TEST_BASE_URL}migrate`);
  await page.getByLabel('粘贴代码或配置').fill('state.checkpoints.dir: hdfs:///cp\n');
  await page.getByLabel('粘贴内容的类型').selectOption('flink-conf');
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(page.getByRole('status').filter({hasText: '检查完成'})).toContainText('检查完成：1 个文件');
  await expect(page.getByText('浏览器没能启动后台线程')).toHaveCount(0);
  await expect(page.getByRole('region', {name: '转换成的 config.yaml'}).locator('pre')).toContainText(
    'execution.checkpointing.dir: hdfs:///cp',
  );
  const worker = scripts.filter((url) => url.includes('/migrate-worker.'));
  expect(worker).toHaveLength(1);
  expect(new URL(worker[0]).pathname).toMatch(new RegExp(`^${TEST_BASE_URL}assets/js/`));
  expect(missing).toEqual([]);
});
