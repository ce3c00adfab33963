import {expect, isScrolledTo, open, searchHits, test} from './fixtures';

test('no search code is loaded until the reader uses search, and a query loads only some of the index', async ({
  page,
  site,
}) => {
  const chunks: string[] = [];
  const parts: string[] = [];
  page.on('request', (request) => {
    if (/search-(engine|index)/.test(request.url())) chunks.push(request.url());
    if (request.url().includes('/assets/search/')) parts.push(request.url());
  });
  await open(page, site, '/docs/intro');
  expect([...chunks, ...parts]).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', {name: '搜索文档与资源'})).toBeFocused();
  await expect.poll(() => chunks.length).toBe(2);
  expect(parts).toEqual([]);
  await page.keyboard.insertText('检查点');
  await expect(searchHits(page).first()).toContainText('检查点');
  // Two bigram shards, and the stores of the 8 hits shown and the 8 records
  // reranked with them (engine.ts): nowhere near the whole index.
  expect(parts.length).toBeGreaterThan(0);
  expect(parts.length).toBeLessThanOrEqual(2 + 16);
});

test('typing in the search box finds a Chinese term and opens its section', async ({page, site}) => {
  await open(page, site, '/');
  await page.keyboard.press('/');
  await page.keyboard.type('状态 后端');
  const options = searchHits(page);
  await expect(options.first()).toContainText('状态后端');
  await expect(options.first().locator('mark').first()).toBeVisible();
  // Typed key by key, the list first shows the hits of 状态 后: the arrow keys
  // act on the hits of the whole query once they are in (the first is chosen).
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1, name: '状态后端与 RocksDB 调优'})).toBeVisible();
  const [, anchor] = site.currentPath(page).split('#');
  expect(anchor).toBeTruthy();
  await expect.poll(() => isScrolledTo(page, `[id="${anchor}"]`)).toBe(true);
});

test('an English query with odd spacing still finds its page', async ({page, site}) => {
  await open(page, site, '/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Union List State');
  await expect(searchHits(page).first()).toContainText(/UnionListState|Operator State/);
});

test('the results page reads its query from the URL and opens the section a result matched', async ({page, site}) => {
  await open(page, site, `/search?q=${encodeURIComponent('检查点原理')}`);
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  await expect(page.getByLabel('关键词')).toHaveValue('检查点原理');
  const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
  await expect(first).toContainText('检查点原理');
  await first.click();
  await expect(page.getByRole('heading', {level: 1, name: /检查点原理/})).toBeVisible();
});

test('pressing Enter with no result selected opens the results page with a shareable URL', async ({page, site}) => {
  await open(page, site, '/docs/intro');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zzzz');
  await expect(page.getByText('没有与「zzzz」相关的内容')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  expect(site.currentPath(page)).toBe('/search?q=zzzz');
  await page.getByLabel('关键词').fill('RocksDB');
  expect(site.currentPath(page)).toBe('/search?q=RocksDB');
  await page.reload();
  await expect(page.getByLabel('关键词')).toHaveValue('RocksDB');
});

test('Enter on hits that match only some of the words opens the results page, not the first hit', async ({
  page,
  site,
}) => {
  await open(page, site, '/docs/intro');
  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('RocksDB 咖啡机');
  await expect(page.getByText('以下只含部分关键词')).toBeVisible();
  await expect(searchHits(page).first()).toContainText(/RocksDB/i);
  await expect(page.getByRole('listbox', {name: '搜索结果'}).getByRole('option', {selected: true})).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  expect(site.currentPath(page)).toBe('/search?q=RocksDB 咖啡机');
  await expect(page.getByText('没有同时含有「RocksDB 咖啡机」全部关键词的内容')).toBeVisible();
});

test('a loose hit chosen with the arrow keys still opens on Enter', async ({page, site}) => {
  await open(page, site, '/docs/intro');
  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('RocksDB 咖啡机');
  await expect(searchHits(page).first()).toContainText(/RocksDB/i);
  await page.keyboard.press('ArrowDown');
  await expect(searchHits(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(() => site.currentPath(page)).not.toBe('/docs/intro');
  expect(site.currentPath(page)).toMatch(/^\/docs\//);
});
