import type {Page} from '@playwright/test';
import {apiChanges} from '../../src/data/apiChanges';
import {concernsVersion, LATEST_FLINK} from '../../src/data/flinkReleases';
import {resources} from '../../src/data/resources';
import {MY_VERSION_KEY} from '../../src/hooks/useMyFlinkVersion';
import {appliesToVersion} from '../../src/pages/resources/_utils';
import {expect, open, test} from './fixtures';

// "我的 Flink 版本" (issue #17 item 4), on the hosted and the offline build:
// picked once in the navbar, kept across reloads and tabs, and read by the
// explorer, the 2.x changes table and the notes' version badges. Expected
// counts come from the data and the same functions the pages use, so
// editing the catalog or the changes list never breaks these tests.
const MINE = '1.20';
const CHANGES = '/docs/learning-sites/flink-2-changes';
// A note checked against 2.0–2.3 only, so a 1.20 reader is told it does not cover their version.
const NOTE = '/docs/blogs/state-backends';
const UPGRADE_TAG = '影响你的升级';

const navbarPicker = (page: Page) => page.locator('nav.navbar').getByLabel('我的版本', {exact: true});
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), MY_VERSION_KEY);

test('a version picked in the navbar survives a reload and shows on the explorer, the changes table and a note', async ({
  page,
  site,
}) => {
  await open(page, site, '/');
  await expect(navbarPicker(page)).toHaveValue('');
  await navbarPicker(page).selectOption(MINE);
  expect(await stored(page)).toBe(MINE);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(navbarPicker(page)).toHaveValue(MINE);

  // The explorer offers the filter for that version; it goes into the URL like every filter.
  const applying = resources.filter((resource) => appliesToVersion(resource, MINE));
  expect(applying.length, '这条测试需要目录中至少一条适用于 1.20 的资源').toBeGreaterThan(0);
  await open(page, site, '/resources');
  const filter = page.getByRole('checkbox', {name: new RegExp(`只看适用于 Flink ${MINE} 的`)});
  await expect(filter).toHaveAccessibleName(new RegExp(`\\(${applying.length}\\)`));
  await filter.check();
  await expect(page.getByRole('status')).toHaveText(`显示 ${applying.length} / ${resources.length} 条`);
  expect(site.currentPath(page)).toBe(`/resources?version=${MINE}`);

  // The changes table marks, in words, the rows an upgrade from 1.20 meets.
  const marked = apiChanges.filter((change) => concernsVersion(change, MINE));
  const unmarked = apiChanges.find((change) => !concernsVersion(change, MINE))!;
  await open(page, site, CHANGES);
  await expect(
    page.getByText(`从你的版本 ${MINE} 升级到 ${LATEST_FLINK}，要处理表中标有「${UPGRADE_TAG}」的 ${marked.length} 行`),
  ).toBeVisible();
  await expect(page.locator('tbody tr').filter({hasText: UPGRADE_TAG})).toHaveCount(marked.length);
  await expect(page.locator(`[id="${marked[0].id}"]`)).toContainText(UPGRADE_TAG);
  await expect(page.locator(`[id="${unmarked.id}"]`)).not.toContainText(UPGRADE_TAG);

  // A note checked against 2.0–2.3 says that it does not cover 1.20, and where to read about upgrading.
  await open(page, site, NOTE);
  await expect(page.getByText(`不包括你的版本 ${MINE}`)).toBeVisible();
  await expect(page.getByRole('link', {name: '《Flink 2.x 相对 1.x 的主要变化》'})).toBeVisible();
  await navbarPicker(page).selectOption('2.1');
  await expect(page.getByText('包括你的版本 Flink 2.1。')).toBeVisible();
});

test('clearing the version puts every page back as it was', async ({page, site}) => {
  // Stored before the first page only: the hosted site loads a new document on every visit below.
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(key, value);
    },
    [MY_VERSION_KEY, MINE],
  );
  await open(page, site, CHANGES);
  const onPage = page.locator('article').getByLabel('我的 Flink 版本', {exact: true});
  await expect(onPage).toHaveValue(MINE);
  await expect(page.locator('tbody tr').filter({hasText: UPGRADE_TAG}).first()).toBeVisible();
  await page.getByRole('button', {name: '清除我的 Flink 版本'}).click();
  // The button goes with the choice; the keyboard stays on the picker.
  await expect(onPage).toBeFocused();
  await expect(onPage).toHaveValue('');
  await expect(navbarPicker(page)).toHaveValue('');
  await expect(page.locator('tbody tr').filter({hasText: UPGRADE_TAG})).toHaveCount(0);
  await expect(
    page.getByText(`选好「我的 Flink 版本」，表中会标出从你的版本升级到 ${LATEST_FLINK} 时要处理的行。`),
  ).toBeVisible();
  expect(await stored(page)).toBeNull();
  // The navbar's own way to clear: 未选择.
  await navbarPicker(page).selectOption(MINE);
  await navbarPicker(page).selectOption('');
  expect(await stored(page)).toBeNull();
  await open(page, site, NOTE);
  await expect(page.getByText('包括你的版本')).toHaveCount(0);
});

test('a stored value that is not a release the hub knows is ignored', async ({page, site}) => {
  await page.addInitScript(([key]) => localStorage.setItem(key, '2.30'), [MY_VERSION_KEY]);
  await open(page, site, NOTE);
  await expect(navbarPicker(page)).toHaveValue('');
  await expect(page.getByText('包括你的版本')).toHaveCount(0);
  await open(page, site, CHANGES);
  await expect(page.locator('tbody tr').filter({hasText: UPGRADE_TAG})).toHaveCount(0);
});

test('a version picked in one tab reaches the others', async ({page, site}) => {
  const other = await page.context().newPage();
  await open(page, site, NOTE);
  await open(other, site, CHANGES);
  await navbarPicker(page).selectOption(MINE);
  await expect(navbarPicker(other)).toHaveValue(MINE);
  await expect(other.locator('tbody tr').filter({hasText: UPGRADE_TAG}).first()).toBeVisible();
  await other.close();
});
