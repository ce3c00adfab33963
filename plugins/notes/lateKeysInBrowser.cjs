/**
 * A note's sources and self-check questions are most of its metadata JSON
 * (kilobytes of titles, claims, options and explanations), and that JSON is
 * part of the note's first load, which has a byte budget (tests/budgets.ts).
 * The browser does not need them then: both sections are islands that keep
 * the server's markup (src/components/NoteSources/Island,
 * src/components/SelfCheck/Island), and load the note's sources and
 * questions only when they have to render them themselves (a page reached
 * by client-side navigation, the offline build) or when the reader starts
 * the self-check (late-frontmatter.js, written by plugins/notes). So in the
 * browser build the metadata keeps only how many there are; the server
 * build keeps them, because it renders the sections.
 * A CommonJS file because the bundler requires its loaders itself. If the
 * JSON's shape changes, the build fails here (MAINTAINERS.md,
 * tests/unit/docusaurus-internals.test.ts).
 */
function countsOnly(json, keys) {
  const data = JSON.parse(json);
  if (!data || typeof data !== 'object' || !data.frontMatter || typeof data.frontMatter !== 'object') {
    throw new Error(
      'hub-notes：文档的元数据里没有 frontMatter，Docusaurus 的数据格式可能已改变，请检查 plugins/notes/lateKeysInBrowser.cjs。',
    );
  }
  for (const key of keys) {
    if (Array.isArray(data.frontMatter[key])) data.frontMatter[key] = data.frontMatter[key].length;
  }
  return JSON.stringify(data);
}

module.exports = function lateKeysInBrowser(source) {
  return countsOnly(source, this.getOptions().keys);
};
module.exports.countsOnly = countsOnly;
