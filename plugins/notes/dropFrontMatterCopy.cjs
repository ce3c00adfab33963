/**
 * A note's frontmatter reaches the browser twice: once as the MDX module's
 * `frontMatter` export (written by @docusaurus/mdx-loader) and once inside
 * the doc's metadata JSON, which the same module imports. For most pages that
 * is a few bytes; a note's `sources` and `quiz` are kilobytes, and both copies
 * count against the note page's byte budget (tests/budgets.ts). The wrapped
 * DocItem/Content reads these keys from the metadata, so this removes them
 * from the export. Runs after mdx-loader (enforce: 'post'), on docs/ only.
 *
 * A CommonJS file because the bundler requires its loaders itself, outside
 * the TypeScript the rest of the site is compiled with. It depends on the
 * shape of mdx-loader's output (`export const frontMatter = …;` followed by
 * `export const contentTitle`): if an upgrade changes it, this throws and the
 * build fails, rather than shipping the copy again unnoticed
 * (MAINTAINERS.md, tests/unit/docusaurus-internals.test.ts).
 */
const vm = require('node:vm');

const EXPORT = 'export const frontMatter = ';
const NEXT_EXPORT = ';\nexport const contentTitle = ';

function dropKeys(source, keys) {
  const start = source.indexOf(EXPORT);
  const end = start === -1 ? -1 : source.indexOf(NEXT_EXPORT, start);
  if (start === -1 || end === -1) {
    throw new Error(
      'hub-notes：mdx-loader 的输出里没有找到 frontMatter 导出，Docusaurus 的输出格式可能已改变，请检查 plugins/notes/dropFrontMatterCopy.cjs。',
    );
  }
  // The export is an object literal written by stringify-object from the
  // parsed YAML of the site's own file: evaluate it, drop the keys, write JSON.
  const frontMatter = vm.runInNewContext(`(${source.slice(start + EXPORT.length, end)})`);
  for (const key of keys) delete frontMatter[key];
  return `${source.slice(0, start)}${EXPORT}${JSON.stringify(frontMatter)}${source.slice(end)}`;
}

module.exports = function dropFrontMatterCopy(source) {
  return dropKeys(source, this.getOptions().keys);
};
module.exports.dropKeys = dropKeys;
