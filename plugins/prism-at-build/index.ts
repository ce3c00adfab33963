import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {themeCss} from './themeCss';

export {default as rehypePrism} from './rehypePrism';

// __filename, not import.meta.url: the browser tests load this config (through
// tests/docsFiles.ts) as CommonJS, where import.meta is a syntax error.
const require = createRequire(__filename);

interface PrismThemeConfig {
  prism: {theme: PrismTheme; darkTheme?: PrismTheme};
}

/**
 * Code is highlighted while the MDX is compiled (`rehypePrism`, registered on
 * the docs and pages plugins), so the browser needs no highlighter. This
 * plugin does the two other parts:
 *
 * - writes the colours of `themeConfig.prism.theme` / `darkTheme` as a small
 *   stylesheet, loaded as a client module so it joins the site's cached CSS
 *   bundle instead of being repeated in every page's HTML;
 * - drops theme-classic's client module `prism-include-languages`, which
 *   would otherwise put prism-react-renderer and the extra grammars into the
 *   main bundle of every page. With `src/theme/CodeBlock/Content` replaced,
 *   nothing else in the browser imports Prism. That module path is a
 *   Docusaurus internal: see MAINTAINERS.md.
 */
export default function prismAtBuild(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as unknown as PrismThemeConfig;
  const stylesheet = path.join(context.generatedFilesDir, 'prism-at-build', 'prism-theme.css');
  mkdirSync(path.dirname(stylesheet), {recursive: true});
  writeFileSync(stylesheet, themeCss(prism.theme, prism.darkTheme ?? prism.theme));
  const runtimePrism = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'prism-at-build',
    getClientModules() {
      return [stylesheet];
    },
    configureWebpack() {
      return {resolve: {alias: {[runtimePrism]: false}}};
    },
  };
}
