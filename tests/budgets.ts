/**
 * Byte budgets enforced by npm test (tests/e2e/budgets.spec.ts and
 * tests/build/site.test.ts). Bytes are the same on every run, so unlike
 * times they can be tested; `npm run bench` measures the rest.
 *
 * The note-page budget is the stock template's figure: measured by
 * `npm run bench` on 2026-11-24 (Docusaurus 3.10.2), the classic TypeScript
 * template's doc page (/docs/intro) loads 538.2 KB of JavaScript (172.3 KB
 * gzip) before any interaction. The hub's note pages load 442–464 KB
 * (144–151 KB gzip), chiefly because code is highlighted at build time and
 * Prism is not shipped (plugins/prism-at-build). Re-measure the template
 * with `npm run bench` when upgrading Docusaurus.
 */
export const KB = 1024;

/** JavaScript a note page loads before interaction, gzip level 6. */
export const NOTE_JS_GZIP_MAX = 172 * KB;
/** The same, uncompressed. */
export const NOTE_JS_RAW_MAX = 538 * KB;

/** Search index per 100 doc pages (the index also holds catalog entries and glossary terms). */
export const SEARCH_INDEX_RAW_PER_100_PAGES_MAX = 350 * KB;
export const SEARCH_INDEX_GZIP_PER_100_PAGES_MAX = 130 * KB;
