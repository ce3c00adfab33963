import {resources} from '../../src/data/resources';
import {MY_VERSION_KEY} from '../../src/hooks/useMyFlinkVersion';
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

// From the desktop layout's 997 px up, the navbar holds the links, 我的 Flink 版本 and the
// search box on one line: no entry wraps out of the bar's height and nothing is pushed past
// its right edge. With a version picked the select is at its widest.
for (const width of [997, 1100, 1200, 1250, 1300, 1440]) {
  test(`at ${width} px the navbar keeps every entry on one line`, async ({page, site}) => {
    await page.setViewportSize({width, height: 800});
    await page.addInitScript(([key]) => localStorage.setItem(key, '1.20'), [MY_VERSION_KEY]);
    await open(page, site, '/docs/intro');
    const layout = await page.locator('nav.navbar').evaluate((nav) => {
      const inner = nav.querySelector('.navbar__inner')!;
      const items = [...nav.querySelectorAll<HTMLElement>('.navbar__items > .navbar__item')].filter(
        (item) => item.offsetParent !== null,
      );
      // The navbar has a fixed height: an entry that wraps grows out of its content box.
      const box = nav.getBoundingClientRect();
      const style = getComputedStyle(nav);
      const [top, bottom] = [box.top + parseFloat(style.paddingTop), box.bottom - parseFloat(style.paddingBottom)];
      return {
        overflow: inner.scrollWidth - inner.clientWidth,
        right: Math.max(...items.map((item) => item.getBoundingClientRect().right)),
        wrapped: items
          .filter((item) => {
            const rect = item.getBoundingClientRect();
            return rect.top < top - 0.5 || rect.bottom > bottom + 0.5;
          })
          .map((item) => item.textContent),
      };
    });
    expect(layout.wrapped, '这些导航栏项目折成了两行').toEqual([]);
    expect(layout.overflow, '导航栏横向溢出').toBeLessThanOrEqual(0);
    expect(layout.right).toBeLessThanOrEqual(width);
    await expect(page.locator('nav.navbar').getByLabel('我的版本', {exact: true})).toHaveValue('1.20');
  });
}

test('a link seen on screen prefetches its page in idle time, not in the task that saw it', async ({page, site}) => {
  // src/clientModules/idlePrefetch.ts: Docusaurus's own prefetch appends its
  // <link rel="prefetch"> elements at once; the hub's runs it when idle.
  await open(page, site, '/docs/glossary');
  const result = await page.evaluate(async () => {
    const count = () => document.querySelectorAll('link[rel="prefetch"]').length;
    const before = count();
    const pending = window.docusaurus.prefetch('/labs/changelog');
    const atOnce = count() - before;
    const started = await pending;
    return {atOnce, chunks: started === false ? 0 : started.length, later: count() - before};
  });
  expect(result.atOnce).toBe(0);
  expect(result.chunks).toBeGreaterThan(0);
  expect(result.later).toBeGreaterThan(0);
});
