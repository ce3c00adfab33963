import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import {docuHash} from '@docusaurus/utils';
import config from '../../docusaurus.config';
import {groupOf} from '../../plugins/notes/noteFiles';
import utf8JavaScript from '../../plugins/utf8-js';
import {docFile} from '../docsFiles';
import {checkDocs, formatDocProblem, MDX_GLOBAL_COMPONENTS} from '../docsRules';

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
const report = (problems: Parameters<typeof formatDocProblem>[0][]) => problems.map(formatDocProblem);
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

  it('gets fences as blocks from MDXComponents/Code because their text keeps its final line break', () => {
    const code = read(path.join(themeClassic, 'lib/theme/MDXComponents/Code.js'));
    expect(
      code,
      `MDXComponents/Code 判断行内代码的规则变了，plugins/prism-at-build 留下的单行围栏可能被当成行内代码：${UPGRADE}`,
    ).toContain("typeof el === 'string' && !el.includes('\\n')");
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

describe('the docs rules read pages with the docs plugin’s and mdx-loader’s own code (tests/docsFiles.ts, tests/docsRules.ts)', () => {
  it('gets each page’s route from processDocMetadata: number prefixes, frontmatter id, a group’s index page', async () => {
    const note = '---\ntitle: 路由\ndescription: 只在测试中使用的页面，检查 Docusaurus 给它的地址。\n';
    expect((await docFile('docs/blogs/05-prefixed.mdx', `${note}---\n`)).route, UPGRADE).toBe('/docs/blogs/prefixed');
    expect((await docFile('docs/blogs/file.mdx', `${note}id: other\n---\n`)).route, UPGRADE).toBe('/docs/blogs/other');
    expect((await docFile('docs/blogs/index.mdx', `${note}---\n`)).route, UPGRADE).toBe('/docs/blogs');
    expect(groupOf('docs/20-blogs/x.mdx'), UPGRADE).toBe('blogs');
  });

  it('gets Docusaurus’s own frontmatter validation', async () => {
    const doc = await docFile('docs/x.mdx', '---\ntitle: x\nsidebar_position: 第一\n---\n');
    expect(doc.docusaurusError?.keys, UPGRADE).toEqual([{key: 'sidebar_position', message: expect.any(String)}]);
  });

  it('gives headings the ids the build gives them, explicit ids included', async () => {
    const source =
      '---\ntitle: x\ndescription: 只在测试中使用的页面，检查标题的锚点。\n---\n\n## 常用调优参数\n\n## 另一个标题 {/* #custom-id */}\n\n[a](#常用调优参数) [b](#custom-id)\n';
    expect(report(await checkDocs([await docFile('docs/x.mdx', source)])), UPGRADE).toEqual([]);
  });

  it('knows which components MDX pages get without an import (theme-classic’s MDXComponents)', () => {
    const mdxComponents = read(path.join(themeClassic, 'lib/theme/MDXComponents/index.js'));
    const keys = [...mdxComponents.matchAll(/^\s+([A-Z]\w*)[,:]/gm)].map(([, key]) => key);
    expect(keys, `${UPGRADE}；并更新 tests/docsRules.ts 的 MDX_GLOBAL_COMPONENTS`).toEqual(MDX_GLOBAL_COMPONENTS);
    expect(
      existsSync(path.join(__dirname, '../../src/theme/MDXComponents')),
      '包装了 MDXComponents：请更新 MDX_GLOBAL_COMPONENTS',
    ).toBe(false);
  });
});

describe('plugins/notes/dropFrontMatterCopy.cjs removes the second copy of sources and quiz', () => {
  const mdxLoader = path.dirname(require.resolve('@docusaurus/mdx-loader/package.json'));

  it('finds the frontMatter export where mdx-loader writes it', () => {
    const loader = read(path.join(mdxLoader, 'lib/loader.js'));
    expect(loader, `mdx-loader 不再这样写 frontMatter 导出：${UPGRADE}`).toMatch(
      /export const frontMatter = \$\{[^}]+\};\nexport const contentTitle = /,
    );
  });

  it('drops the keys and keeps the rest of the module as it was', () => {
    const {dropKeys} = require('../../plugins/notes/dropFrontMatterCopy.cjs') as {
      dropKeys: (source: string, keys: string[]) => string;
    };
    const module =
      "\nexport const frontMatter = {\n\ttitle: '检查点',\n\tquiz: [{id: 'a'}],\n\tsources: [{url: 'https://x'}]\n};\nexport const contentTitle = undefined;\nrest();";
    expect(dropKeys(module, ['quiz', 'sources'])).toBe(
      '\nexport const frontMatter = {"title":"检查点"};\nexport const contentTitle = undefined;\nrest();',
    );
    expect(() => dropKeys('export default 1;', ['quiz']), '没有 frontMatter 导出时要让构建失败').toThrow(/hub-notes/);
  });
});

describe('plugins/notes/dropDocDescriptions.cjs drops the descriptions every doc page carries', () => {
  const docsPlugin = path.dirname(require.resolve('@docusaurus/plugin-content-docs'));

  it('finds the descriptions where the docs plugin puts them in the version metadata', () => {
    const props = read(path.join(docsPlugin, 'props.js'));
    const versionDocs = /function toVersionDocsProp\([^)]*\) \{[\s\S]*?\n\}/.exec(props)?.[0];
    expect(versionDocs, `文档插件不再有 toVersionDocsProp：${UPGRADE}`).toBeDefined();
    expect(versionDocs, UPGRADE).toContain('description: doc.description');
    expect(props, UPGRADE).toContain('docs: toVersionDocsProp(loadedVersion)');
  });

  it('drops only the docs’ descriptions, passes other props through and fails on a new shape', () => {
    const {dropDescriptions} = require('../../plugins/notes/dropDocDescriptions.cjs') as {
      dropDescriptions: (json: string) => string;
    };
    const version = {
      version: {
        pluginId: 'default',
        docsSidebars: {docs: [{type: 'link', label: '检查点', description: '侧边栏的描述保留'}]},
        docs: {'a/b': {id: 'a/b', title: '检查点', description: '很长的描述', sidebar: 'docs'}},
      },
    };
    expect(JSON.parse(dropDescriptions(JSON.stringify(version)))).toEqual({
      version: {...version.version, docs: {'a/b': {id: 'a/b', title: '检查点', sidebar: 'docs'}}},
    });
    const tag = JSON.stringify({tag: {label: 'x', description: '标签的描述'}});
    expect(dropDescriptions(tag)).toBe(tag);
    expect(
      () => dropDescriptions(JSON.stringify({version: {docs: {x: {id: 'x', title: 't'}}}})),
      '版本元数据里没有 description 时要让构建失败',
    ).toThrow(/hub-notes/);
  });
});

describe('plugins/notes/lateKeysInBrowser.cjs leaves sources and questions out of the browser’s copy of a note’s metadata', () => {
  it('finds the metadata where mdx-loader imports it: a JSON module per doc with its frontMatter', () => {
    const loader = read(require.resolve('@docusaurus/mdx-loader/lib/loader.js'));
    expect(loader, `mdx-loader 不再从 JSON 文件导出 metadata：${UPGRADE}`).toContain(
      'export {default as metadata} from',
    );
    // plugins/notes matches the file by the name the docs plugin gives it: docuHash of the aliased path.
    const docsPlugin = path.dirname(require.resolve('@docusaurus/plugin-content-docs'));
    expect(read(path.join(docsPlugin, 'index.js')), `文档插件的元数据文件名变了：${UPGRADE}`).toContain(
      'docuHash)(aliasedPath)}.json',
    );
    expect(docuHash('@site/docs/blogs/checkpoint.mdx')).toMatch(/^site-docs-blogs-checkpoint-mdx-/);
  });

  it('turns the long keys into their length, passes a page without them and fails on a new shape', () => {
    const {countsOnly} = require('../../plugins/notes/lateKeysInBrowser.cjs') as {
      countsOnly: (json: string, keys: string[]) => string;
    };
    const keys = ['sources', 'quiz'];
    const note = {id: 'a', frontMatter: {title: '检查点', quiz: [{id: 'x'}, {id: 'y'}, {id: 'z'}], sources: [{}, {}]}};
    expect(JSON.parse(countsOnly(JSON.stringify(note), keys))).toEqual({
      ...note,
      frontMatter: {title: '检查点', quiz: 3, sources: 2},
    });
    const page = JSON.stringify({id: 'b', frontMatter: {title: '首页'}});
    expect(countsOnly(page, keys)).toBe(page);
    expect(() => countsOnly(JSON.stringify({id: 'c'}), keys), '元数据里没有 frontMatter 时要让构建失败').toThrow(
      /hub-notes/,
    );
  });
});

describe('src/clientModules/idlePrefetch.ts defers the prefetching of links seen on screen', () => {
  const client = path.dirname(fromCore.resolve('./lib/client/clientEntry.js'));

  it('wraps the function <Link> still calls when a link comes into view', () => {
    const link = read(path.join(client, 'exports/Link.js'));
    expect(link, `<Link> 不再经由 window.docusaurus.prefetch 预取：${UPGRADE}`).toMatch(
      /IntersectionObserver[\s\S]*window\.docusaurus\.prefetch\(targetLink\)/,
    );
  });

  it('finds window.docusaurus, frozen, before the first route update, which comes while the first page renders', () => {
    expect(read(path.join(client, 'clientEntry.js')), `window.docusaurus 的设置方式变了：${UPGRADE}`).toContain(
      'window.docusaurus = docusaurus;',
    );
    expect(
      read(path.join(client, 'docusaurus.js')),
      `window.docusaurus 不再冻结，模块可以改回就地修改：${UPGRADE}`,
    ).toContain('export default Object.freeze(docusaurus);');
    const pending = read(path.join(client, 'PendingNavigation.js'));
    expect(pending, `第一次 onRouteUpdate 不再在首次渲染时派发：${UPGRADE}`).toMatch(
      /constructor\(props\) \{[\s\S]*?dispatchLifecycleAction\('onRouteUpdate'/,
    );
  });
});
