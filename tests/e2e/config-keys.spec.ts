import {filterRows} from '../../src/components/ConfigKeysTable/model';
import {configKeyTable} from '../../src/components/ConfigKeysTable/rows';
import {expect, isScrolledTo, open, searchHits, test} from './fixtures';

// The config-keys reference (issue #17 item 6). Counts come from the same
// rows the page renders, so a regenerated data file never breaks these tests.
const PAGE = '/docs/learning-sites/config-keys';
const {rows} = configKeyTable();
const RENAMED = 'state.checkpoints.dir';

test('the table filters by text and by kind, and says how many keys it shows', async ({page, site}) => {
  await open(page, site, PAGE);
  const body = page.locator('table tbody tr');
  await expect(body).toHaveCount(rows.length);
  await page.getByLabel('键名或说明中的文字').fill('akka.ask');
  const byText = filterRows(rows, {text: 'akka.ask', kind: ''});
  // The page's self-check questions have live regions of their own.
  await expect(page.getByRole('status').filter({hasText: '个配置项'})).toHaveText(`找到 ${byText.length} 个配置项。`);
  await expect(body).toHaveCount(byText.length);
  await page.getByLabel('键名或说明中的文字').fill('');
  await page.getByLabel('变化').selectOption('removed');
  const removed = filterRows(rows, {text: '', kind: 'removed'});
  await expect(body).toHaveCount(removed.length);
  await expect(page.locator('caption')).toContainText(`显示 ${removed.length} / ${rows.length} 个配置项`);
  await expect(page.locator(`[id="${RENAMED}"]`)).toHaveCount(0);
});

test('a link to a key opens its row, which says in words how each release reads it', async ({page, site}) => {
  await open(page, site, `${PAGE}#${RENAMED}`);
  const row = page.locator(`[id="${RENAMED}"]`);
  await expect.poll(() => isScrolledTo(page, `[id="${RENAMED}"]`)).toBe(true);
  const expected = rows.find((r) => r.key === RENAMED)!;
  await expect(row.locator('td').first()).toHaveText(expected.cells[0].text);
  await expect(row).toContainText('旧键名');
  await expect(row).toContainText('execution.checkpointing.dir');
});

test('searching an old key leads to its row, even when the table loads after the page', async ({page, site}) => {
  const chunks: string[] = [];
  page.on('request', (request) => request.url().includes('config-key-rows') && chunks.push(request.url()));
  await open(page, site, '/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('akka.ask.timeout');
  await expect(searchHits(page).first()).toContainText('pekko.ask.timeout');
  // Nothing of the table was loaded on the home page.
  expect(chunks).toEqual([]);
  await page.keyboard.press('Enter');
  await expect.poll(() => site.currentPath(page)).toBe(`${PAGE}#akka.ask.timeout`);
  await expect.poll(() => isScrolledTo(page, '[id="akka.ask.timeout"]')).toBe(true);
});

test.describe('without JavaScript', () => {
  test.skip(({mode}) => mode !== 'hosted', 'the offline build renders its pages with JavaScript');
  test.use({javaScriptEnabled: false});

  test('the whole table is in the page', async ({page, site}) => {
    await page.goto(site.url(PAGE));
    await expect(page.locator('table tbody tr')).toHaveCount(rows.length);
    await expect(page.locator(`[id="${RENAMED}"]`)).toContainText('execution.checkpointing.dir');
  });
});
