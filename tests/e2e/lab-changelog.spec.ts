import type {Page} from '@playwright/test';
import {presetById} from '../../src/labs/changelog/presets';
import {seriousViolations} from './axe';
import {clickQuickly, expect, open, test} from './fixtures';

// The SQL changelog lab (/labs/changelog) on the hosted and offline builds:
// a preset played to the end, the address as the scenario, the keyboard,
// axe in both colour modes, bad input; and, on the note, that the lab's code
// loads only when the reader reaches it.
const countUpdates = presetById('count-updates');
const leftJoin = presetById('left-join');
if (!countUpdates || !leftJoin) throw new Error('src/labs/changelog/presets.ts：缺少 count-updates 或 left-join 预设');

const LAB = '/labs/changelog';
const lab = (page: Page) => page.getByRole('main');
const rowsOf = async (page: Page, caption: RegExp) =>
  (await lab(page).getByRole('table', {name: caption}).locator('tbody tr').allInnerTexts()).map((text) =>
    text
      .replace(/（[^）]*）/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

test('plays a preset to the end: the changelog in both encodings, the result table and the sinks', async ({
  page,
  site,
}) => {
  await open(page, site, `${LAB}?${countUpdates.query}`);
  const announce = lab(page).locator('[aria-live="polite"]');
  await expect(announce).toHaveText('第 0 步，共 4 步：还没有处理任何输入行。');
  await lab(page).getByRole('button', {name: '到最后'}).click();
  await expect(announce).toHaveText('第 4 步，共 4 步：输入 +I[Liz, 50]，结果输出 +I[Liz, 1]。');
  expect(await rowsOf(page, /retract 编码/)).toEqual([
    '1 +I 新增 Mary 1',
    '2 +I 新增 Bob 1',
    '3 -U 撤回 Mary 1',
    '3 +U 新增 Mary 2',
    '4 +I 新增 Liz 1',
  ]);
  expect(await rowsOf(page, /upsert 编码，按 upsert key \[customer\]/)).toEqual([
    '1 +I upsert Mary 1',
    '2 +I upsert Bob 1',
    '3 +U upsert Mary 2',
    '4 +I upsert Liz 1',
  ]);
  expect(await rowsOf(page, /第 4 步之后的结果表/)).toEqual(['Bob 1', 'Mary 2', 'Liz 1']);
  const append = lab(page).getByRole('article', {name: '只接受插入的结果表'});
  await expect(append).toContainText('✗ 拒绝');
  await expect(append.getByLabel('规划器的报错')).toHaveText(
    "Table sink 'default_catalog.default_database.append_sink' doesn't support consuming update changes which is produced by node GroupAggregate(groupBy=[customer], select=[customer, COUNT(*) AS cnt])",
  );
  await expect(lab(page).getByRole('article', {name: 'upsert 结果表（带主键）'})).toContainText('✓ 接受');
  expect(site.currentPath(page)).toBe(`${LAB}?${countUpdates.query}&step=4`);
});

test('the address is the scenario: edits are written to it, and a reload shows the same run', async ({page, site}) => {
  await open(page, site, `${LAB}?${leftJoin.query}&step=3`);
  const announce = lab(page).locator('[aria-live="polite"]');
  await expect(announce).toHaveText(
    '第 3 步，共 4 步：输入 products +I[p1, Phone]，结果输出 -D[o1, p1, NULL, NULL]、+I[o1, p1, p1, Phone]。',
  );
  await lab(page).getByRole('radio', {name: 'JOIN（内连接）'}).check();
  await expect.poll(() => site.currentPath(page)).not.toContain('join=left');
  await lab(page).getByRole('textbox', {name: '第 1 行的order_id'}).fill('o9');
  await expect.poll(() => site.currentPath(page)).toContain('rows=L,I,o9,p1;');
  const edited = site.currentPath(page);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(lab(page).getByRole('radio', {name: 'JOIN（内连接）'})).toBeChecked();
  await expect(lab(page).getByRole('textbox', {name: '第 1 行的order_id'})).toHaveValue('o9');
  await expect(announce).toHaveText('第 3 步，共 4 步：输入 products +I[p1, Phone]，结果输出 +I[o9, p1, p1, Phone]。');
  expect(site.currentPath(page)).toBe(edited);
});

test('quick clicks all count, and the address follows the last one', async ({page, site}) => {
  // The page must not take its own older address, rendered late, for a
  // new scenario (see useLabFromAddress and the watermark lab's test).
  await open(page, site, `${LAB}?${countUpdates.query}`);
  const announce = lab(page).locator('[aria-live="polite"]');
  await expect(announce).toContainText('第 0 步');
  await clickQuickly(page, '下一步', 4);
  await expect(announce).toContainText('第 4 步，共 4 步');
  await expect.poll(() => site.currentPath(page)).toBe(`${LAB}?${countUpdates.query}&step=4`);
});

test('works from the keyboard alone', async ({page, site}) => {
  await open(page, site, `${LAB}?${countUpdates.query}`);
  const announce = lab(page).locator('[aria-live="polite"]');
  await lab(page).getByRole('button', {name: '下一步'}).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(announce).toHaveText('第 2 步，共 4 步：输入 +I[Bob, 20]，结果输出 +I[Bob, 1]。');
  await lab(page).getByRole('slider', {name: '跳到第几步'}).focus();
  await page.keyboard.press('ArrowRight');
  await expect(announce).toContainText('第 3 步');
  // Radio groups move with the arrow keys; the aggregate becomes SUM.
  await lab(page).getByRole('radio', {name: 'COUNT(*)'}).focus();
  await page.keyboard.press('ArrowRight');
  await expect(lab(page).getByRole('radio', {name: 'SUM(amount)'})).toBeChecked();
  await expect(announce).toHaveText('第 3 步，共 4 步：输入 +I[Mary, 10]，结果输出 -U[Mary, 30]、+U[Mary, 40]。');
  // A cell is typed into and the change reaches the run.
  await lab(page).getByRole('textbox', {name: '第 3 行的amount'}).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await expect(announce).toHaveText('第 3 步，共 4 步：输入 +I[Mary, 100]，结果输出 -U[Mary, 30]、+U[Mary, 130]。');
});

test('bad input gets a Chinese message naming what was used instead, never a crash', async ({page, site}) => {
  // 500 rows keep the address under what the local server accepts; the
  // 10,000-row case goes through the CSV box below (and the unit tests).
  const rows = Array.from({length: 500}, (_, i) => `I,c${i},${i}`).join(';');
  await open(page, site, `${LAB}?shape=topn&n=-5&rows=X,a,1;${rows}`);
  const problems = lab(page).getByText('输入中的问题').locator('..').locator('..');
  await expect(problems).toContainText('参数 n=-5 超出范围（2 到 10），已改用 2。');
  await expect(problems).toContainText('rows 有 501 行，超过上限 200 行：只读取前 200 行。');
  await expect(problems).toContainText('第 1 行：行类型「X」不认识');
  await lab(page).getByRole('button', {name: '到最后'}).click();
  await expect(lab(page).locator('[aria-live="polite"]')).toContainText('第 199 步，共 199 步');

  await lab(page).getByText('粘贴或导出 CSV', {exact: true}).click();
  const csv = Array.from({length: 10_000}, (_, i) => `+I,p${i},c${i % 7},${i}`).join('\n');
  // A paste reaches the page as one input event. (Playwright's fill types
  // multi-line text line by line, which takes minutes for 10,000 lines.)
  await lab(page)
    .getByLabel('CSV', {exact: true})
    .evaluate((textarea, text) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, text);
      textarea.dispatchEvent(new Event('input', {bubbles: true}));
    }, `${csv}\n+I,bad,row,abc`);
  await lab(page).getByRole('button', {name: '用这些行替换输入'}).click();
  await expect(lab(page).getByRole('status')).toContainText(
    '粘贴的内容有 10001 行数据，超过上限 200 行：只读取了前 200 行。',
  );
  await expect(lab(page).getByRole('table', {name: /输入行/})).toContainText('共 200 行');
  await lab(page).getByRole('button', {name: '到最后'}).click();
  await expect(lab(page).locator('[aria-live="polite"]')).toContainText('第 200 步，共 200 步');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious violations (${colorScheme === 'light' ? '浅色' : '深色'}模式)`, async ({page, site}) => {
    await page.emulateMedia({colorScheme});
    await open(page, site, `${LAB}?${leftJoin.query}&step=4`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await lab(page).getByText('粘贴或导出 CSV', {exact: true}).click();
    // No preloading: axe would fetch the stylesheets by XHR, which file:// (the offline build) refuses.
    const serious = await seriousViolations(page, {preload: false});
    expect(serious).toEqual([]);
  });
}

test('fits a 360 px screen without widening the page', async ({page, site}) => {
  await page.setViewportSize({width: 360, height: 740});
  await open(page, site, `${LAB}?${leftJoin.query}&step=4`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('in the note', () => {
  const NOTE = '/docs/blogs/sql-changelog';

  test('the lab code loads only when the reader reaches the island', async ({page, site}) => {
    test.skip(site.mode !== 'hosted', 'response bodies of file:// scripts are not reported');
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    // A string only the simulation holds (a rule's explanation), not the note's preset texts.
    const loadsLab = async () => (await Promise.all(scripts)).some((body) => body.includes('RetractableTopNFunction'));
    await open(page, site, NOTE);
    await page.waitForLoadState('networkidle');
    expect(await loadsLab(), '笔记首次加载时不应请求实验的代码').toBe(false);
    const island = page.getByRole('region', {name: `动手试试：${countUpdates.title}`});
    await expect(island).toContainText(countUpdates.setup);
    await island.scrollIntoViewIfNeeded();
    await expect(island.getByRole('button', {name: '下一步'})).toBeVisible();
    expect(await loadsLab()).toBe(true);
  });

  test('an island plays its preset and links to the lab page with the reader’s scenario', async ({page, site}) => {
    await open(page, site, NOTE);
    const island = page.getByRole('region', {name: `动手试试：${leftJoin.title}`});
    await island.scrollIntoViewIfNeeded();
    await island.getByRole('button', {name: '到最后'}).click();
    await expect(island.locator('[aria-live="polite"]')).toHaveText(
      '第 4 步，共 4 步：输入 products -D[p1, Phone]，结果输出 -D[o1, p1, p1, Phone]、+I[o1, p1, NULL, NULL]。',
    );
    expect(site.currentPath(page)).toBe(NOTE);
    await island.getByRole('link', {name: '在实验页打开当前场景'}).click();
    await expect(page.getByRole('heading', {level: 1, name: '实验：SQL changelog'})).toBeVisible();
    expect(site.currentPath(page)).toBe(`${LAB}?${leftJoin.query}&step=4`);
  });
});
