import type {Page} from '@playwright/test';
import {presetById} from '../../src/labs/watermarks/presets';
import {seriousViolations} from './axe';
import {clickQuickly, expect, open, test} from './fixtures';

// The watermark lab (#18) on the hosted and the offline build: a preset
// played to the end, the scenario in the address, the keyboard, axe in both
// colour modes, 360 px, and the note that embeds it loading the lab's code
// only when the reader gets there. The semantics are unit-tested in
// src/labs/watermarks/__tests__; here the expected rows are the late-data
// preset's, as its text in the note describes them.
const lateData = presetById('late-data')!;
const labUrl = (query: string) => `/labs/watermarks?${query}`;

async function firingRows(page: Page): Promise<string[]> {
  return page.getByTestId('firings').locator('tbody tr').allInnerTexts();
}

async function playToEnd(page: Page) {
  await page.getByRole('button', {name: '播放', exact: true}).click();
  await expect(page.getByRole('button', {name: '从头播放'})).toBeVisible({timeout: 20_000});
}

test('plays the late-data preset to the end: main and late firings, the side output', async ({page, site}) => {
  await open(page, site, labUrl(lateData.query));
  await expect(page.getByTestId('step-summary')).toContainText('开始之前');
  await playToEnd(page);
  const rows = (await firingRows(page)).map((row) => row.replace(/\s+/g, ' ').trim());
  expect(rows).toEqual([
    '3 a [0, 5000) #1 #2 5499 水位线触发',
    '4 a [0, 5000) #1 #2 #4 5499 迟到触发（#4 到达）',
    '7 a [5000, 10000) #3 #5 9999 水位线触发',
    '8 a [5000, 10000) #3 #5 #8 9999 迟到触发（#8 到达）',
  ]);
  const late = page.getByTestId('late');
  await expect(late.locator('tbody tr')).toHaveCount(1);
  await expect(late.locator('tbody tr')).toContainText('#6');
  await expect(late.locator('tbody tr')).toContainText('旁路输出');
  await expect(late.locator('caption')).toContainText('numLateRecordsDropped = 0');
  expect(site.currentPath(page)).toContain('at=8');
});

test('edits go to the address, and the address brings back the same run', async ({page, site}) => {
  await open(page, site, labUrl(lateData.query));
  const lateness = page.getByLabel('允许迟到时间');
  await lateness.fill('0');
  await lateness.blur();
  await page.getByRole('checkbox', {name: /旁路输出/}).uncheck();
  await expect.poll(() => site.currentPath(page)).toContain('late=0');
  expect(site.currentPath(page)).toContain('side=0');
  await page.getByRole('button', {name: '跳到最后'}).click();
  const shared = site.currentPath(page);
  expect(shared).toContain('at=8');
  const lateRows = await page.getByTestId('late').locator('tbody tr').allInnerTexts();
  expect(lateRows.map((row) => row.split(/\s+/)[0])).toEqual(['#4', '#6', '#8']);

  await open(page, site, shared);
  await expect(page.getByTestId('step-summary')).toContainText('第 8 / 8 步');
  await expect(page.getByLabel('允许迟到时间')).toHaveValue('0');
  expect(await page.getByTestId('late').locator('tbody tr').allInnerTexts()).toEqual(lateRows);
});

test('a malformed address gets a message naming what was replaced, not a crash', async ({page, site}) => {
  await open(page, site, labUrl('r=abc,a,0,1;2000,a,0,1&bound=-5&w=hopping'));
  const problems = page.getByRole('status').filter({hasText: '已经替换'});
  await expect(problems).toContainText('事件时间「abc」不是非负整数');
  await expect(problems).toContainText('乱序上界 -5 小于下限 0，已改用 0。');
  await expect(problems).toContainText('窗口类型「hopping」不认识');
  await expect(page.getByTestId('step-summary')).toContainText('开始之前');
});

test('quick clicks all count, and the address follows the last one', async ({page, site}) => {
  // Docusaurus renders an address change only after preloading the route,
  // so a second click can write its step before the page renders the
  // first's. Taking that older address for a new scenario restarted the lab
  // a step back (useLabFromAddress); before the fix, 7 quick clicks ended on
  // step 5 or 6 every time.
  await open(page, site, labUrl(presetById('idle-split')!.query));
  await expect(page.getByTestId('step-summary')).toContainText('开始之前');
  await clickQuickly(page, '下一步', 7);
  await expect(page.getByTestId('step-summary')).toContainText('第 7 / 8 步');
  await expect.poll(() => site.currentPath(page)).toContain('at=7');
});

test('works from the keyboard: steps, the slider and the window kind', async ({page, site}) => {
  await open(page, site, labUrl(presetById('idle-split')!.query));
  const next = page.getByRole('button', {name: '下一步'});
  await next.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('step-summary')).toContainText('第 2 / 8 步');
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-summary')).toContainText('第 8 / 8 步');
  await expect(page.getByTestId('firings').locator('tbody tr')).toHaveText(['还没有窗口触发。']);

  // withIdleness 3 s, typed: split 1 turns idle at the 5th second and the windows fire.
  const idle = page.getByLabel('空闲超时');
  await idle.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('firings').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByRole('slider')).toHaveAttribute('max', '9');

  const tumbling = page.getByRole('radio', {name: /滚动窗口/});
  await tumbling.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', {name: /滑动窗口/})).toBeChecked();
  await expect(page.getByLabel('滑动步长')).toBeVisible();
});

test('axe finds no serious violation in light and dark mode; 360 px wide without page overflow', async ({
  page,
  site,
}) => {
  test.skip(site.mode !== 'hosted', 'colours and layout are the same in both builds');
  await page.setViewportSize({width: 360, height: 800});
  await open(page, site, labUrl(presetById('session-merge')!.query + '&at=4'));
  await expect(page.getByTestId('step-summary')).toContainText('第 4 / 10 步');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }
});

test('the note loads none of the lab’s code until the reader reaches the island', async ({page, site}) => {
  test.skip(site.mode !== 'hosted', 'script bodies are read from the server’s responses');
  const scripts: {url: string; body: Promise<string>}[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({url: response.url(), body: response.text().catch(() => '')});
  });
  // A name the simulation keeps after minification (a method of WindowOperator).
  const labCode = 'advanceWatermark';
  await open(page, site, '/docs/blogs/event-time-watermarks');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  const withLabCode = async (loaded: typeof scripts) =>
    (await Promise.all(loaded.map(async (s) => ((await s.body).includes(labCode) ? [s.url] : [])))).flat();
  expect(await withLabCode(scripts), '笔记首次加载就带上了实验的代码').toEqual([]);
  // The islands' text equivalents are in the page without the lab's code.
  await expect(page.getByText(lateData.outcome)).toBeAttached();

  const island = page.getByRole('region', {name: /窗口一直不触发/});
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByRole('group', {name: '回放'})).toBeVisible();
  expect(await withLabCode(scripts.slice(before)), '到达实验时没有加载实验的代码').not.toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    expect(await seriousViolations(page, {include: 'main article'}), `笔记中的实验（${colorScheme}）`).toEqual([]);
  }

  // Its link opens the lab page with the same scenario.
  await island.getByRole('link', {name: '在实验页打开这个场景'}).click();
  await expect(page.getByRole('heading', {level: 1, name: '实验：水位线与窗口'})).toBeVisible();
  expect(site.currentPath(page)).toContain(presetById('idle-split')!.query.slice(0, 40));
  await expect(page.getByTestId('step-summary')).toContainText('开始之前');
});
