import {colord} from 'colord';
import {themes} from 'prism-react-renderer';
import {accessiblePrismTheme} from '../../config/accessiblePrismTheme';
import {codeFences, readDocs} from '../docsFiles';
import {expect, open, test} from './fixtures';

// Code is highlighted at build time (plugins/prism-at-build); these check
// that the theme's parts around it still work in the browser.
const NOTE = '/docs/blogs/state-practices';
const dark = accessiblePrismTheme(themes.oceanicNext);
const rgb = (color: string | undefined) => colord(color ?? '').toRgbString();
const darkFunction = dark.styles.find((entry) => entry.types.includes('function'))?.style.color;

test('the copy button copies the code exactly as written', async ({page, site}) => {
  await open(page, site, NOTE);
  await page.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as {copied: string[]}).copied = copied;
    Object.defineProperty(navigator, 'clipboard', {
      value: {writeText: async (text: string) => void copied.push(text)},
    });
  });
  const block = page.locator('.theme-code-block').first();
  await expect(block.getByText('状态有效期（Flink 2.x：参数是 java.time.Duration）')).toBeVisible();
  await block.hover();
  await block.getByRole('button', {name: '复制代码到剪贴板'}).click();
  const copied = await page.evaluate(() => (window as unknown as {copied: string[]}).copied);
  const note = (await readDocs()).find((doc) => doc.route === NOTE);
  expect(copied).toEqual([codeFences(note?.source ?? '')[0].code]);
});

test('in dark mode, code has the dark theme colours', async ({page, site}) => {
  await page.emulateMedia({colorScheme: 'dark'});
  await open(page, site, NOTE);
  const block = page.locator('.theme-code-block').first();
  await expect(block).toHaveCSS('background-color', rgb(dark.plain.backgroundColor));
  await expect(block.locator('.token.function').first()).toHaveCSS('color', rgb(darkFunction));
});

test('code is dark in dark mode before any script has run', async ({page, site}) => {
  test.skip(site.mode !== 'hosted', 'scripts are held back by intercepting requests to the server');
  await page.emulateMedia({colorScheme: 'dark'});
  // Hold back the bundles: what shows is the static HTML and its CSS.
  await page.route('**/assets/js/**', (route) => route.fulfill({contentType: 'text/javascript', body: ''}));
  await page.goto(site.url(NOTE));
  const block = page.locator('.theme-code-block').first();
  await expect(block).toHaveCSS('background-color', rgb(dark.plain.backgroundColor));
  await expect(block.locator('.token.function').first()).toHaveCSS('color', rgb(darkFunction));
});

// On the page the reader opened, code lines keep their server-rendered
// markup (src/hooks/useServerRenderedHtml.ts); a page reached by
// client-side navigation renders them itself. Both must show the same.
test('code reached by client-side navigation is the code of a fresh load', async ({page, site}) => {
  const codeOf = () => page.locator('.theme-code-block code').evaluateAll((codes) => codes.map((c) => c.innerHTML));
  await open(page, site, NOTE);
  const fresh = await codeOf();
  expect(fresh.length).toBeGreaterThan(0);
  await open(page, site, '/docs/blogs/canal-to-hive');
  await page.locator(`nav a[href$="${NOTE}"]`).first().click();
  await expect(page.locator('.theme-code-block').first()).toBeVisible();
  expect(site.currentPath(page)).toBe(NOTE);
  expect(await codeOf()).toEqual(fresh);
});
