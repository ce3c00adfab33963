import {readFileSync} from 'node:fs';
import path from 'node:path';
import {seriousViolations} from './axe';
import {expect, open, test} from './fixtures';

// Every page of the hosted build's sitemap, in both colour modes: no serious
// or critical accessibility violation (axe-core, WCAG 2.1 A and AA); at a
// phone's width, nothing that scrolls the page sideways; and, by the page
// fixture, no page error, console error or request to another host.
const sitemap = readFileSync(path.join(__dirname, '../../build/sitemap.xml'), 'utf8');
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const PHONE = {width: 360, height: 780};
const DESKTOP = {width: 1280, height: 800};
const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);

test.describe('every page of the sitemap', () => {
  test.skip(({mode}) => mode !== 'hosted', 'the sitemap lists the hosted build; the offline build has one HTML file');

  test('lists the pages', () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
  });

  for (const route of routes) {
    test(route, async ({page, site}) => {
      // Axe runs twice on pages of up to 40,000 elements: on a busy 2-core machine that took over 30 s.
      test.slow();
      await page.setViewportSize(PHONE);
      await open(page, site, route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${route} 在 ${PHONE.width} px 宽时横向溢出 ${overflow} px`).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESKTOP);
      // The site follows the system colour mode (respectPrefersColorScheme).
      // All rules run in light mode; in dark mode only the rules that colours
      // can break run again (axe takes seconds a run on a 2-core machine).
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme});
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const serious = await seriousViolations(page, colorScheme === 'light' ? {} : {rules: COLOUR_RULES});
        expect(serious, `${route}（${colorScheme === 'light' ? '浅色' : '深色'}模式）`).toEqual([]);
      }
    });
  }
});
