// Runs one Lighthouse audit and prints its scores as JSON. Plain JavaScript
// run by `node`, not tsx: tsx's transform adds a __name helper to functions,
// and Lighthouse sends some of its own functions into the page as source
// text, where that helper does not exist.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {CHROMIUM_ARGS} from '../../config/chromium.mjs';

const [url, chromePath] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile'});
  const {categories, audits} = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  process.stdout.write(
    JSON.stringify({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: audits['first-contentful-paint']?.numericValue,
      lcpMs: audits['largest-contentful-paint']?.numericValue,
      tbtMs: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
    }),
  );
} finally {
  await chrome.kill();
}
