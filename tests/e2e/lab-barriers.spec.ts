import type {Locator, Page, Response} from '@playwright/test';
import {presetById, type PresetId} from '../../src/labs/barriers/presets';
import {seriousViolations} from './axe';
import {expect, open, test, type Site, typeQuickly} from './fixtures';

// The checkpoint-barrier lab (src/labs/barriers): its page plays a preset to
// the end and shows the snapshot the preset promises; the address follows
// edits; the keyboard drives it; axe finds nothing serious; and the note that
// embeds it loads the lab's code only when the reader reaches it.

const LAB = '/labs/barriers';
const NOTE = '/docs/source-analysis/checkpoint-principles';
const labUrl = (id: PresetId) => `${LAB}?${presetById(id).query}`;
// A class name that only the simulation's chunk contains (the note's own
// chunks carry the preset table, never the simulation).
const LAB_CODE_MARKER = 'AlternatingCollectingBarriersUnaligned';

async function openLab(page: Page, site: Site, path: string) {
  await open(page, site, path);
  await expect(page.getByRole('button', {name: '下一步'})).toBeVisible();
}

/** Steps to the end with the 下一步 button, the way a reader would. */
async function playToEnd(scope: Page | Locator) {
  const next = scope.getByRole('button', {name: '下一步'});
  while (await next.isEnabled()) await next.click();
}

function snapshotRow(page: Page, name: string) {
  return page.getByRole('table', {name: /检查点 n 的快照/}).getByRole('row', {name: new RegExp(`^${name}`)});
}

const list = (labels: string[]) => (labels.length > 0 ? labels.join('、') : '无');

for (const id of ['aligned', 'unaligned', 'timeout', 'output-timeout'] as const) {
  test(`the ${id} preset plays to the end and shows its snapshot`, async ({page, site}) => {
    const {outcome} = presetById(id);
    await openLab(page, site, labUrl(id));
    await playToEnd(page);
    await expect(page.getByText(`第 ${outcome.takenAt} 步做了快照`)).toBeVisible();
    await expect(page.getByText(`快照内容在第 ${outcome.completeAt} 步全部确定`)).toBeVisible();
    await expect(snapshotRow(page, '算子状态')).toContainText(
      `${outcome.state.length} 条记录计入的状态：${list(outcome.state)}`,
    );
    for (const [channel, labels] of outcome.input.entries()) {
      await expect(snapshotRow(page, `通道 ${channel + 1} 的在途数据`)).toContainText(list(labels));
    }
    await expect(snapshotRow(page, '输出缓冲区的在途数据')).toContainText(list(outcome.output));
    await expect(page.getByRole('button', {name: '跳到结束'})).toBeDisabled();
  });
}

test('the aligned preset blocks channel 1, then forwards the barrier before the snapshot', async ({page, site}) => {
  const {outcome} = presetById('aligned');
  await openLab(page, site, labUrl('aligned'));
  await page.getByRole('button', {name: '读到第一个屏障'}).click();
  const picture = page.getByRole('table', {name: new RegExp(`第 ${outcome.blocked?.from} 步结束时的 Task`)});
  await expect(picture.getByRole('row', {name: /^通道 1/})).toContainText('被阻塞');
  await page.getByRole('button', {name: '转发屏障并做快照'}).click();
  const events = page.locator('ol').filter({hasText: '(2) 向下游发出屏障 n'});
  const texts = await events.locator('li').allTextContents();
  const forwarded = texts.findIndex((text) => text.startsWith('(2) 向下游发出屏障 n'));
  const snapshot = texts.findIndex((text) => text.startsWith('(5) 对算子状态做快照'));
  expect(forwarded).toBeGreaterThanOrEqual(0);
  expect(snapshot).toBeGreaterThan(forwarded);
});

test('edits go to the address, and the address opens the same run', async ({page, site, browser}) => {
  await openLab(page, site, labUrl('aligned'));
  await page.getByRole('checkbox', {name: /execution\.checkpointing\.unaligned\.enabled/}).check();
  await page.getByRole('spinbutton', {name: /aligned-checkpoint-timeout/}).fill('6');
  await page.getByRole('textbox', {name: '通道 2'}).fill('b1 b2 b3 b4 b5 |@8 b6');
  const expected = presetById('timeout').query;
  await expect.poll(() => site.currentPath(page)).toBe(`${LAB}?${expected}`);
  await expect(page.getByRole('button', {name: '超时，切换为非对齐'})).toBeVisible();

  const context = await browser.newContext();
  const shared = await context.newPage();
  const errors: string[] = [];
  shared.on('pageerror', (error) => errors.push(error.message));
  await openLab(shared, site, site.currentPath(page));
  await expect(shared.getByRole('textbox', {name: '通道 2'})).toHaveValue('b1,b2,b3,b4,b5,|@8,b6');
  await expect(shared.getByRole('spinbutton', {name: /aligned-checkpoint-timeout/})).toHaveValue('6');
  await playToEnd(shared);
  await expect(shared.getByText('第 6 步做了快照（非对齐检查点）')).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('quick typing keeps every key and the focus, and the address follows', async ({page, site}) => {
  // Each key writes the address; the page must not take its own older
  // address, rendered late, for a new scenario and restart the lab under
  // the reader's fingers (see useLabFromAddress). Before the fix the field
  // ended as "b1,|" without focus.
  await openLab(page, site, labUrl('aligned'));
  const channel = page.getByRole('textbox', {name: '通道 2'});
  await channel.focus();
  await typeQuickly(page, 'b1 b2 b3 b4 b5 |@8 b6');
  await expect(channel).toHaveValue('b1 b2 b3 b4 b5 |@8 b6');
  await expect(channel).toBeFocused();
  await expect.poll(() => site.currentPath(page)).toContain('ch2=b1,b2,b3,b4,b5,|@8,b6');
});

test('a preset link on the lab page restarts the lab with that scenario', async ({page, site}) => {
  await openLab(page, site, labUrl('aligned'));
  await page.getByRole('link', {name: presetById('unaligned').title}).click();
  await expect(page.getByRole('checkbox', {name: /unaligned\.enabled/})).toBeChecked();
  expect(site.currentPath(page)).toBe(labUrl('unaligned'));
});

test('the keyboard alone steps, jumps and plays', async ({page, site}) => {
  await openLab(page, site, labUrl('unaligned'));
  const live = page.locator('[aria-live="polite"]').filter({hasText: /^第 \d+/});
  await expect(live).toHaveText(/^第 0 步：/);
  await page.getByRole('button', {name: '下一步'}).focus();
  await page.keyboard.press('Enter');
  await expect(live).toHaveText(/^第 1 步：/);
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^第 2 步：.*读到通道 1 的屏障 n/);
  await page.getByRole('slider', {name: '进度'}).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', {name: '跳到结束'})).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(live).toHaveText(/^第 0 步：/);
  await page.getByRole('button', {name: '播放'}).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', {name: '暂停'})).toBeFocused();
  await expect(live).toHaveText(/^第 1 步：/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', {name: '播放'})).toBeVisible();
});

test('bad input is named, replaced and played, without an error', async ({page, site}) => {
  // A long address (servers refuse addresses of tens of kilobytes, so the
  // 10,000 records are pasted into the form below).
  const many = Array.from({length: 200}, (_, i) => `r${i}`).join(',');
  await openLab(page, site, `${LAB}?ch1=${many}&drain=abc&timeout=-3&unaligned=maybe&foo=1&ch2=b1,@@,%E0%A4`);
  const problems = page.getByRole('status').filter({hasText: '输入里有'});
  await expect(problems).toContainText('通道 1 有 200 项，超过上限 30 项，只用了前 30 项');
  await expect(problems).toContainText('下游取走记录的间隔「abc」不是 0–10 之间的整数，已用 3');
  await expect(problems).toContainText('对齐超时「-3」不是 0–60 之间的整数，已用 0');
  await expect(problems).toContainText('「unaligned=maybe」应为 1（开启）或 0（关闭）');
  await expect(problems).toContainText('网址里的参数「foo」不认识');
  await expect(problems).toContainText('通道 2：「@@」不是记录名');
  await page.getByRole('button', {name: '跳到结束'}).click();
  await expect(page.getByText(/快照内容在第 \d+ 步全部确定/)).toBeVisible();

  const flood = Array.from({length: 10_000}, (_, i) => `x${i}`).join(' ');
  await page.getByRole('textbox', {name: '通道 2'}).fill(flood);
  await expect(problems).toContainText('通道 2 有 10000 项，超过上限 30 项，只用了前 30 项');
  await expect(problems).toContainText('通道 2 没有屏障 |，已在末尾补上一个');
  expect(site.currentPath(page)).toContain('ch2=x0,x1,');
  expect(site.currentPath(page).length).toBeLessThan(1000);
  await page.getByRole('button', {name: '跳到结束'}).click();
  await expect(page.getByText(/快照内容在第 \d+ 步全部确定/)).toBeVisible();
});

test('the lab reads at 360 px without the page scrolling sideways, at every step', async ({page, site}) => {
  await page.setViewportSize({width: 360, height: 740});
  await openLab(page, site, labUrl('timeout'));
  const next = page.getByRole('button', {name: '下一步'});
  const live = page.locator('[aria-live="polite"]').filter({hasText: /^第 \d+/});
  for (;;) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, (await live.textContent()) ?? '').toBeLessThanOrEqual(0);
    if (!(await next.isEnabled())) break;
    await next.click();
  }
});

test.describe('accessibility', () => {
  test.skip(({mode}) => mode !== 'hosted', 'axe runs on the hosted build, like the site walk');

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the lab page has no serious axe violations in ${colorScheme} mode`, async ({page, site}) => {
      await page.emulateMedia({colorScheme});
      await openLab(page, site, labUrl('timeout'));
      await page.getByRole('button', {name: '转发屏障并做快照'}).click();
      await page.getByText('整个过程的逐步记录（表格）').click();
      await page.getByRole('textbox', {name: '通道 1'}).fill('a1,@@,|');
      await expect(page.getByRole('status').filter({hasText: '输入里有'})).toBeVisible();
      const serious = await seriousViolations(page);
      expect(serious).toEqual([]);
    });
  }
});

test.describe('the note that embeds the lab', () => {
  test('loads none of the lab code before the reader reaches it, and all of it after', async ({page, site}) => {
    await page.setViewportSize({width: 360, height: 640});
    const scripts: Promise<string>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    };
    page.on('response', onResponse);
    await open(page, site, NOTE);
    await page.waitForLoadState('networkidle');
    const before = await Promise.all(scripts);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((body) => body.includes(LAB_CODE_MARKER))).toEqual([]);
    // The text equivalent is there before any lab code.
    const island = page.getByRole('region', {name: `动手试试：${presetById('aligned').title}`});
    await expect(island).toContainText(presetById('aligned').setup);

    await island.scrollIntoViewIfNeeded();
    await expect(island.getByRole('button', {name: '下一步'})).toBeVisible();
    const after = await Promise.all(scripts);
    expect(after.slice(before.length).some((body) => body.includes(LAB_CODE_MARKER))).toBe(true);
    page.off('response', onResponse);

    await playToEnd(island);
    await expect(island.getByText(`第 ${presetById('aligned').outcome.takenAt} 步做了快照`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('an embedded preset opens the same scenario on the lab page', async ({page, site}) => {
    await open(page, site, NOTE);
    const island = page.getByRole('region', {name: `动手试试：${presetById('timeout').title}`});
    await island.getByRole('link', {name: '在实验页打开这个场景'}).click();
    await expect(page.getByRole('heading', {level: 1, name: '实验：检查点屏障'})).toBeVisible();
    expect(site.currentPath(page)).toBe(labUrl('timeout'));
    await expect(page.getByRole('spinbutton', {name: /aligned-checkpoint-timeout/})).toHaveValue('6');
  });

  test.describe('axe', () => {
    test.skip(({mode}) => mode !== 'hosted', 'axe runs on the hosted build, like the site walk');
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`finds nothing serious with a loaded island in ${colorScheme} mode`, async ({page, site}) => {
        await page.emulateMedia({colorScheme});
        await open(page, site, NOTE);
        const island = page.getByRole('region', {name: `动手试试：${presetById('unaligned').title}`});
        await island.scrollIntoViewIfNeeded();
        await island.getByRole('button', {name: '转发屏障并做快照'}).click();
        const serious = await seriousViolations(page);
        expect(serious).toEqual([]);
      });
    }
  });
});
