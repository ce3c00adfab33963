import {caseStudies} from '../../src/data/cases';
import {learningPath} from '../../src/data/learningPath';
import {resources} from '../../src/data/resources';
import {expect, open, test} from './fixtures';

// Two items of the path that point at catalog entries, by their titles: the
// test follows the data instead of naming entries that may be retitled.
const [firstTitle, secondTitle] = learningPath
  .flatMap((step) => step.items)
  .flatMap((item) => ('resource' in item.target ? [item.target.resource] : []))
  .slice(0, 2)
  .map((id) => resources.find((resource) => resource.id === id)!.title);

test('ticked items survive a reload, show in the progress bar and can be reset', async ({page, site}) => {
  await open(page, site, '/docs/learning-path');
  const progress = page.locator('progress');
  const first = page.getByRole('checkbox', {name: firstTitle, exact: true});
  await expect(first).toBeEnabled();
  await first.check();
  await page.getByRole('checkbox', {name: secondTitle, exact: true}).check();
  await expect(progress).toHaveAttribute('value', '2');
  await expect(page.getByText(/已完成 2 \/ \d+ 项/)).toBeVisible();

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(first).toBeChecked();
  await expect(progress).toHaveAttribute('value', '2');

  await page.getByRole('button', {name: '清除进度'}).click();
  await expect(first).not.toBeChecked();
  await expect(progress).toHaveAttribute('value', '0');
  await page.reload();
  await expect(page.getByRole('checkbox', {name: firstTitle, exact: true})).not.toBeChecked();
});

test('the glossary lists each term with a link to its note', async ({page, site}) => {
  await open(page, site, '/docs/glossary#backpressure');
  const term = page.locator('[id="backpressure"]');
  await expect(term).toContainText('反压');
  await expect(term).toContainText('Backpressure');
  await term.getByRole('link').click();
  await expect(page.getByRole('heading', {level: 1, name: '反压：发现、定位与缓解'})).toBeVisible();
});

test('the company cases are compared in one table', async ({page, site}) => {
  await open(page, site, '/docs/practice');
  const table = page.getByRole('region', {name: '大厂实践案例对比'}).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(caseStudies.length + 1);
  await expect(table).toContainText('OPPO');
  await expect(table).toContainText('贝壳找房');
});

test('a tick the browser cannot save is announced, not lost without a word', async ({page, site}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page, site, '/docs/learning-path');
  const first = page.getByRole('checkbox').first();
  await expect(first).toBeEnabled();
  await first.check();
  await expect(page.getByRole('alert').filter({hasText: '刷新页面后它会丢失'})).toBeVisible();
});
