import {expect, open, test} from './fixtures';

// The hosted pages start the app only once the server-rendered page has been
// painted (config/paintFirstTemplate.ts), so the article's first paint does
// not wait for the bundles and hydration. Checked as an order of events, not
// a time: when the app's entry module runs (it sets window.docusaurus), the
// page must already have reported its first contentful paint.
const PAGES = ['/', '/docs/blogs/canal-to-hive', '/docs/practice/youzan', '/resources'];

type Recorded = Window & {paintedBeforeApp?: boolean};

function recordOrder(): void {
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    set(value) {
      Object.defineProperty(window, 'docusaurus', {value, writable: true, configurable: true});
      (window as Recorded).paintedBeforeApp = performance.getEntriesByName('first-contentful-paint').length > 0;
    },
  });
}

test.describe('the page is painted before the app starts', () => {
  test.skip(({mode}) => mode !== 'hosted', 'the offline build has no server-rendered page to paint');

  for (const route of PAGES) {
    test(route, async ({page, site}) => {
      await page.addInitScript(recordOrder);
      await open(page, site, route);
      expect(
        await page.evaluate(() => (window as Recorded).paintedBeforeApp),
        `${route}：应用脚本在页面首次绘制之前就运行了。docusaurus.config.ts 的 ssrTemplate ` +
          '应使用 config/paintFirstTemplate.ts，让脚本在 first-contentful-paint 之后才执行',
      ).toBe(true);
    });
  }
});
