import {GROUP_INFO, GROUPS} from '../../src/data/taxonomy';
import {expect, open, test} from './fixtures';

// A reader who follows a dead link lands on the 404 page: it must offer a
// search and the ways back into the site, in the hosted and the offline build.
const MISSING = '/docs/no-such-page';
test.use({missingPage: MISSING});

test('the 404 page offers a search and the way back to home and each group', async ({page, site}) => {
  await open(page, site, MISSING);
  await expect(page.getByRole('heading', {level: 1, name: '找不到页面'})).toBeVisible();
  const waysBack = page.getByRole('navigation', {name: '或者从这里继续'});
  await expect(waysBack.getByRole('link', {name: '首页'})).toBeVisible();
  for (const group of GROUPS) {
    await expect(waysBack.getByRole('link', {name: GROUP_INFO[group].label})).toBeVisible();
  }
  await waysBack.getByRole('link', {name: GROUP_INFO.blogs.label}).click();
  await expect(page.getByRole('heading', {level: 1, name: GROUP_INFO.blogs.label})).toBeVisible();
  expect(site.currentPath(page)).toBe(GROUP_INFO.blogs.path);
});

test('searching from the 404 page opens the results page', async ({page, site}) => {
  await open(page, site, MISSING);
  await page.getByRole('searchbox', {name: '在本站搜索你要找的内容'}).fill('状态后端');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1, name: '搜索'})).toBeVisible();
  expect(site.currentPath(page)).toBe(`/search?q=${'状态后端'}`);
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('状态后端');
});
