/**
 * The docs plugin gives every doc page the whole version's metadata: each
 * doc's id, title, description and sidebar (plugin-content-docs
 * lib/props.js, toVersionDocsProp). The only reader of the descriptions is
 * DocCard, on pages that list docs as cards; on this site those are the four
 * group pages, whose card list (src/components/NoteCardList) gets the
 * descriptions from plugins/notes instead. Every other page would carry
 * about 200 bytes per doc for nothing, so this drops them as the JSON module
 * is loaded. A CommonJS file because the bundler requires its loaders
 * itself. If the JSON's shape changes, the build fails here (MAINTAINERS.md,
 * tests/unit/docusaurus-internals.test.ts).
 */
function dropDescriptions(json) {
  const data = JSON.parse(json);
  // The version metadata prop; the plugin's other props (sidebars by category, tags…) pass as they are.
  if (!data || typeof data !== 'object' || !data.version || !data.version.docs) return json;
  for (const doc of Object.values(data.version.docs)) {
    if (!doc || typeof doc !== 'object' || !('description' in doc)) {
      throw new Error(
        'hub-notes：文档插件的版本元数据里没有 description 字段，Docusaurus 的数据格式可能已改变，请检查 plugins/notes/dropDocDescriptions.cjs。',
      );
    }
    delete doc.description;
  }
  return JSON.stringify(data);
}

module.exports = function dropDocDescriptions(source) {
  return dropDescriptions(source);
};
module.exports.dropDescriptions = dropDescriptions;
