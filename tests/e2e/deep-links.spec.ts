import {expect, isScrolledTo, open, test} from './fixtures';

// Deep links as readers paste them: cut off in the middle of an escape, or
// with a stray %. Each shows the page it names, or the 404 page for a route
// that does not exist, and never a crash: the fixture fails any test that
// sees a page error (src/clientModules/repairFragment.ts).

const INTRO = '/docs/intro';
const NOTE = '/docs/blogs/state-backends';
const HEADING = '常用调优参数';

test('an anchor that is only a % opens the page', async ({page, site}) => {
  await open(page, site, `${INTRO}#%`);
  await expect(page.getByRole('heading', {level: 1, name: '使用指南'})).toBeVisible();
});

test('an anchor cut off in the middle of a character opens the page', async ({page, site}) => {
  const cut = encodeURIComponent(HEADING).slice(0, -4);
  await open(page, site, `${NOTE}#${cut}`);
  await expect(page.getByRole('heading', {level: 1, name: '状态后端与 RocksDB 调优'})).toBeVisible();
});

test('a whole anchor still scrolls to its heading after the repair', async ({page, site}) => {
  await open(page, site, `${NOTE}#${encodeURIComponent(HEADING)}`);
  await expect.poll(() => isScrolledTo(page, `[id="${HEADING}"]`)).toBe(true);
});

test('an anchor changed to a bad escape while reading keeps the page', async ({page, site}) => {
  await open(page, site, INTRO);
  // As a reader editing the address bar does: a same-document change of the fragment.
  await page.evaluate(
    (hash) => (window.location.hash = hash),
    site.mode === 'offline' ? `#${INTRO}#%E4%BB` : '#%E4%BB',
  );
  await expect(page.getByRole('heading', {level: 1, name: '使用指南'})).toBeVisible();
  await page.getByRole('main').getByRole('link', {name: '学习网站'}).first().click();
  await expect(page.getByRole('heading', {level: 1, name: '学习网站'})).toBeVisible();
});

test.describe('a route with a bad escape (offline copy)', () => {
  test.skip(({mode}) => mode !== 'offline', 'on the hosted site the server answers for the path');

  for (const route of ['/docs/%', '/docs/%E4%BB', '/docs/%25']) {
    test(`${route} shows the 404 page, and the navbar leads back`, async ({page, site}) => {
      await open(page, site, route);
      await expect(page.getByRole('heading', {level: 1, name: '找不到页面'})).toBeVisible();
      await page.getByRole('navigation', {name: '或者从这里继续'}).getByRole('link', {name: '推荐博客'}).click();
      await expect(page.getByRole('heading', {level: 1, name: '推荐博客'})).toBeVisible();
    });
  }

  test('changing the address to one while reading shows the 404 page', async ({page, site}) => {
    await open(page, site, INTRO);
    await page.evaluate(() => (window.location.hash = '#/docs/%'));
    await expect(page.getByRole('heading', {level: 1, name: '找不到页面'})).toBeVisible();
  });
});
