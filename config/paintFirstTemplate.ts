import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';

// The stock template's scripts: `<script defer>` in <head>.
const DEFERRED_SCRIPTS =
  /\n\s*<% it\.scripts\.forEach\(\(script\) => { %>\s*<script [^\n]* defer><\/script>\s*<% }\); %>/;

const SCRIPT_URLS = '<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>';

// After the stylesheet, so it runs once the stylesheet has loaded (a script
// waits for the style sheets above it): the bundles then download without
// taking bandwidth from the CSS the first paint needs.
const PRELOAD = `<script>${SCRIPT_URLS}.forEach(function (src) {
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = src;
  document.head.appendChild(link);
});</script>`;

// At the end of <body>, so the whole page has been parsed. The bundles run
// once the page has reported its first contentful paint (presentation time,
// unlike animation frames: Chromium begins the next frame while the last is
// still being rasterised) and FRAMES animation frames have begun since
// parsing ended: a first paint made while the parser was still at the
// navbar is then followed on screen by the frame with the whole page, as
// the compositor begins no frame while the one two before it waits for
// raster. A tab opened in the background reports no paint and runs no
// frames; it starts when shown.
const FRAMES = 3;
const START_APP = `<script>(function (scripts) {
  var started = false;
  var painted = false;
  var frames = 0;
  function start() {
    if (started) return;
    started = true;
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  function startIfShown() {
    if (painted && frames >= ${FRAMES}) start();
  }
  function countFrame() {
    frames += 1;
    if (frames < ${FRAMES}) requestAnimationFrame(countFrame);
    startIfShown();
  }
  if (!window.PerformanceObserver || PerformanceObserver.supportedEntryTypes.indexOf('paint') < 0) return start();
  new PerformanceObserver(function (list) {
    painted = painted || list.getEntriesByName('first-contentful-paint').length > 0;
    startIfShown();
  }).observe({type: 'paint', buffered: true});
  requestAnimationFrame(countFrame);
  document.addEventListener('visibilitychange', start);
})(${SCRIPT_URLS});</script>`;

/**
 * Docusaurus's own page template with one change: the app starts after the
 * server-rendered page has been painted.
 *
 * The stock template loads the bundles with `<script defer>`. Deferred
 * scripts run as soon as parsing ends, whether or not the page has reached
 * the screen: in a Chromium trace of the longest note, main.js began to
 * evaluate at 399 ms and the article was shown at 416 ms, the frame having
 * waited for rasterisation. Paints that land during or after the bundles
 * make LCP depend on them (Lighthouse then counts their download and
 * evaluation as render delay). Here the bundles download as early as the
 * stylesheet allows, and run once the page has been painted.
 *
 * Used for the hosted build only: the hash-router build's HTML is an empty
 * shell with nothing to paint before the app renders it.
 */
export function paintFirstTemplate(): string {
  if (!DEFERRED_SCRIPTS.test(stockTemplate)) {
    throw new Error(
      'config/paintFirstTemplate.ts：Docusaurus 的 HTML 模板里找不到 <script defer> 那一段；' +
        '模板可能随升级改变了，请对照 @docusaurus/core/lib/ssg/ssgTemplate.html.js 更新这里的替换。',
    );
  }
  return stockTemplate.replace(DEFERRED_SCRIPTS, `\n    ${PRELOAD}`).replace('</body>', `  ${START_APP}\n  </body>`);
}
