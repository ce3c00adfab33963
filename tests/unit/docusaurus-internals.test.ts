import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import config from '../../docusaurus.config';
import utf8JavaScript from '../../plugins/utf8-js';

// Where this site depends on Docusaurus internals, listed with their upstream
// issues in MAINTAINERS.md (维护者须知 › 依赖 Docusaurus 内部实现的地方). Each
// test here fails when an upgrade moves or changes what the site relies on,
// before a build quietly goes back to shipping Prism or \uXXXX escapes.
const require = createRequire(import.meta.url);
// The packages as @docusaurus/core itself resolves them.
const fromCore = createRequire(require.resolve('@docusaurus/core/package.json'));
const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));
// theme-common's exports map hides its package.json: its lib/ folder, from its main entry.
const themeCommonLib = path.dirname(require.resolve('@docusaurus/theme-common'));
const read = (file: string) => readFileSync(file, 'utf8');
const UPGRADE = '升级 Docusaurus 后这里变了：请按 MAINTAINERS.md 中「依赖 Docusaurus 内部实现的地方」逐项检查';

describe('src/theme/CodeBlock replaces CodeBlock/Content and bypasses the re-render', () => {
  const original = path.join(themeClassic, 'lib/theme/CodeBlock');

  it('replaces a CodeBlock/Content that still brings Prism in', () => {
    const content = path.join(original, 'Content/index.js');
    expect(existsSync(content), `${content} 不存在：${UPGRADE}`).toBe(true);
    expect(read(content), `原组件不再引入 prism-react-renderer，替换它的理由可能已不成立：${UPGRADE}`).toContain(
      "from 'prism-react-renderer'",
    );
  });

  it('uses the string renderer, the Line component and the code-block context it was written against', () => {
    for (const file of ['Content/String.js', 'Line/index.js']) {
      expect(existsSync(path.join(original, file)), `${file} 不存在：${UPGRADE}`).toBe(true);
    }
    expect(read(path.join(themeCommonLib, 'internal.d.ts')), UPGRADE).toMatch(/\buseCodeBlockContext\b/);
  });

  it('skips an original that still renders every block twice', () => {
    expect(read(path.join(original, 'index.js')), `原 CodeBlock 不再二次渲染，包装可以简化：${UPGRADE}`).toContain(
      'key={String(isBrowser)}',
    );
  });
});

describe('plugins/prism-at-build drops the theme client module that loads Prism', () => {
  it('aliases a module theme-classic still loads on every page', () => {
    expect(existsSync(path.join(themeClassic, 'lib/prism-include-languages.js')), UPGRADE).toBe(true);
    expect(read(path.join(themeClassic, 'lib/index.js')), UPGRADE).toContain("'./prism-include-languages'");
  });
});

describe('plugins/utf8-js edits the JS minimizer', () => {
  it('finds ascii_only in the minimizer Docusaurus builds for this config, and turns it off', async () => {
    expect(config.future?.faster, 'docusaurus.config.ts 不再用 Rspack：请为 webpack 的压缩器补上这项测试').toBe(true);
    const bundler = fromCore('@docusaurus/bundler');
    const faster = {rspackBundler: true, swcJsMinimizer: true, lightningCssMinimizer: true};
    const currentBundler = await bundler.getCurrentBundler({siteConfig: {future: {faster}}});
    const minimizer = await bundler.getMinimizers({faster, currentBundler});
    const webpackConfig = {mode: 'production', optimization: {minimizer}} as Configuration;
    // The plugin throws when it finds no ascii_only to turn off.
    utf8JavaScript().configureWebpack!(webpackConfig as never, false, {} as never, undefined as never);
    const formats = minimizer.flatMap(
      (m: {_args?: [{minimizerOptions?: {format?: {ascii_only?: boolean}}}]}) =>
        m._args?.[0]?.minimizerOptions?.format ?? [],
    );
    expect(formats, UPGRADE).toEqual([expect.objectContaining({ascii_only: false})]);
  });
});

describe('build:offline and build:base-url opt out of the Rspack persistent cache', () => {
  it('by the variable Docusaurus still reads', () => {
    const base = fromCore.resolve('./lib/webpack/base.js');
    expect(read(base), `DOCUSAURUS_NO_PERSISTENT_CACHE 已不再生效：${UPGRADE}`).toContain(
      'process.env.DOCUSAURUS_NO_PERSISTENT_CACHE',
    );
    const scripts = JSON.parse(read(path.join(__dirname, '../../package.json'))).scripts as Record<string, string>;
    expect(scripts['build:offline']).toContain('DOCUSAURUS_NO_PERSISTENT_CACHE=true');
    expect(scripts['build:base-url']).toContain('DOCUSAURUS_NO_PERSISTENT_CACHE=true');
  });
});
