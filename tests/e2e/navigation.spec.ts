import {resources} from '../../src/data/resources';
import {expect, isScrolledTo, open, test} from './fixtures';

test('the home page leads into each group and the sidebar', async ({page, site}) => {
  await open(page, site, '/');
  await expect(page.getByRole('heading', {level: 1, name: 'Flink 学习导航'})).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', {name: /推荐博客/})
    .click();
  await expect(page.getByRole('heading', {level: 1, name: '推荐博客'})).toBeVisible();
  expect(site.currentPath(page)).toBe('/docs/blogs');
  await page
    .getByRole('navigation', {name: /文档侧边栏|Docs sidebar/})
    .getByRole('link', {name: '状态后端与 RocksDB 调优'})
    .click();
  await expect(page.getByRole('heading', {level: 1, name: '状态后端与 RocksDB 调优'})).toBeVisible();
});

test('back and forward move between pages', async ({page, site}) => {
  await open(page, site, '/docs/intro');
  await page.getByRole('main').getByRole('link', {name: '学习网站'}).first().click();
  await expect(page.getByRole('heading', {level: 1, name: '学习网站'})).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', {level: 1, name: '使用指南'})).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', {level: 1, name: '学习网站'})).toBeVisible();
});

test('a deep link with a heading anchor opens scrolled to that heading', async ({page, site}) => {
  await open(page, site, `/docs/blogs/state-backends#${encodeURIComponent('常用调优参数')}`);
  await expect.poll(() => isScrolledTo(page, '[id="常用调优参数"]')).toBe(true);
});

test('a note shows its diagram, its highlighted code and its version', async ({page, site}) => {
  await open(page, site, '/docs/blogs/state-backends');
  await expect(page.getByRole('img', {name: /HashMapStateBackend/}).first()).toBeVisible();
  await expect(page.locator('.prism-code .token').first()).toBeVisible();
  await expect(page.getByText(/^适用版本：Flink /)).toBeVisible();
  await expect(page.getByRole('link', {name: '编辑此页'})).toHaveAttribute(
    'href',
    /\/edit\/main\/docs\/blogs\/state-backends\.mdx$/,
  );
  const logoLoaded = await page
    .locator('.navbar__logo img')
    .first()
    .evaluate((img) => (img as HTMLImageElement).naturalWidth > 0);
  expect(logoLoaded).toBe(true);
});

test('every resource of a group is shown with its metadata', async ({page, site}) => {
  await open(page, site, '/docs/practice');
  const cards = page.locator('article[aria-labelledby]');
  await expect(cards).toHaveCount(resources.filter((resource) => resource.group === 'practice').length);
  await expect(page.getByRole('list', {name: '资源属性'}).getByText('临时链接', {exact: true})).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('趣头条');
});
