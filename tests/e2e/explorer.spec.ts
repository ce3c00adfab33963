import {resources} from '../../src/data/resources';
import {expect, open, test} from './fixtures';

test('filters combine, show counts, and are written to the URL', async ({page, site}) => {
  const total = resources.length;
  const practice = resources.filter((resource) => resource.group === 'practice');
  const wechatPractice = practice.filter((resource) => resource.access.includes('wechat'));
  expect(wechatPractice.length, '这条测试需要「大厂实践」组里至少一条仅微信可读的资源').toBeGreaterThan(0);
  await open(page, site, '/resources');
  const count = page.getByRole('status');
  await expect(count).toHaveText(`显示 ${total} / ${total} 条`);
  await page.getByRole('checkbox', {name: /大厂实践/}).check();
  await expect(count).toHaveText(`显示 ${practice.length} / ${total} 条`);
  await page.getByRole('checkbox', {name: /仅微信/}).check();
  await expect(count).toHaveText(`显示 ${wechatPractice.length} / ${total} 条`);
  await expect(page.getByRole('heading', {level: 2, name: wechatPractice[0].title})).toBeVisible();
  expect(site.currentPath(page)).toBe('/resources?group=practice&access=wechat');
  await expect(page.getByRole('checkbox', {name: /推荐博客/})).toHaveAccessibleName(/\(0\)/);
});

test('a shared filtered URL opened in a fresh browser shows the same list', async ({browser, site}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await open(page, site, '/resources?topic=state&validity=current&validity=api-changed&sort=newest');
  await expect(page.getByRole('checkbox', {name: /状态 State/})).toBeChecked();
  await expect(page.getByRole('combobox', {name: '排序'})).toHaveValue('newest');
  const titles = await page.locator('article h2').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.some((title) => title.includes('精通 Apache Flink'))).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

test('the text filter and the keyboard work without a mouse', async ({page, site}) => {
  await open(page, site, '/resources');
  await page.getByLabel('关键词').focus();
  await page.keyboard.type('RocksDB');
  await expect(page.getByRole('status')).not.toHaveText('显示 18 / 18 条');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', {name: /部分 API 已在 2.0 移除/})).toBeChecked();
  expect(site.currentPath(page)).toContain('q=RocksDB');
});
