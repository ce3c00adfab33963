import type {Plugin} from '@docusaurus/types';

interface FormatOptions {
  ascii_only?: boolean;
}

// The two minimizers Docusaurus may use: Rspack's built-in SWC minimizer
// (with `future.faster`) and terser-webpack-plugin (webpack).
interface MinimizerLike {
  _args?: [{minimizerOptions?: {format?: FormatOptions}}];
  options?: {minimizer?: {options?: {format?: FormatOptions}}};
}

function formatOptions(minimizer: MinimizerLike): FormatOptions | undefined {
  return minimizer._args?.[0]?.minimizerOptions?.format ?? minimizer.options?.minimizer?.options?.format;
}

/**
 * Keeps Chinese text in the JavaScript bundles as UTF-8.
 *
 * Docusaurus minifies with `ascii_only: true` (an old workaround for emoji in
 * regular expressions), which writes every Chinese character of the pages,
 * the sidebar, the catalog and the search index as a six-byte \uXXXX escape
 * instead of three UTF-8 bytes. On a Chinese site that makes every chunk with
 * text roughly half again as large. The site is served and opened from disk as
 * UTF-8 (<meta charset="utf-8">, and the scripts inherit it), so the escape
 * buys nothing here.
 *
 * There is no option for this, so the minimizer's format options are changed
 * in place; if a Docusaurus upgrade changes their shape, the build fails here
 * rather than silently going back to escapes (and so does the unit test
 * tests/unit/docusaurus-internals.test.ts; see MAINTAINERS.md).
 */
export default function utf8JavaScript(): Plugin {
  return {
    name: 'utf8-js',
    configureWebpack(config, isServer) {
      // The development server (npm start) does not minify: nothing to change.
      if (isServer || config.mode !== 'production') return {};
      const minimizers = (config.optimization?.minimizer ?? []) as MinimizerLike[];
      const format = minimizers.map(formatOptions).find((options) => options?.ascii_only === true);
      if (!format) {
        throw new Error(
          'utf8-js：没有找到带 ascii_only 的 JS 压缩器；Docusaurus 的压缩配置可能已改变，请检查 plugins/utf8-js。',
        );
      }
      format.ascii_only = false;
      return {};
    },
  };
}
