import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import {GROUP_INFO} from '../../src/data/taxonomy';
import {anchorHrefs, assertBuilt, BUILD_DIR, deadSiteReferences, listFiles, pageHtml, remoteLoads} from '../builtSite';
import {groupOf} from '../../plugins/notes/noteFiles';
import {TOKENS_PROP} from '../../plugins/prism-at-build/tokenCodec';
import {codeFences, isNote, readDocs} from '../docsFiles';
import {readSeedLinks} from '../seedLinks';
import {recordsFromSources} from '../searchQuality';

beforeAll(() => assertBuilt());

const docs = await readDocs();

describe('every seed link is a link on the page of its group', () => {
  it.each(readSeedLinks())('$canonical', (link) => {
    const route = GROUP_INFO[link.group].path;
    expect(anchorHrefs(pageHtml(route)), `${link.canonical} 不在 ${route} 页面上`).toContain(link.canonical);
  });
});

// A note is one file: the sidebar and its group page list it with no other edit.
describe('every note is listed from its file alone', () => {
  const notes = docs.filter(isNote);

  it.each(notes)('$file is in the sidebar and on its group page', (note) => {
    const group = GROUP_INFO[groupOf(note.file)!];
    const $group = load(pageHtml(group.path));
    const sidebar = $group('nav.menu a.menu__link')
      .map((_, a) => $group(a).attr('href'))
      .get();
    expect(sidebar, `${note.file} 不在侧边栏的「${group.label}」分组里`).toContain(note.route);
    const cards = $group('article a.card')
      .map((_, a) => $group(a).attr('href'))
      .get();
    expect(cards, `${note.file} 不在分组页 ${group.path} 的笔记卡片里`).toContain(note.route);
  });
});

describe('pages are self-contained', () => {
  const html = () => listFiles(BUILD_DIR, /\.html$/);

  it('built a page for every doc', () => {
    for (const doc of docs) {
      expect(() => pageHtml(doc.route), `${doc.file} 没有生成页面 ${doc.route}`).not.toThrow();
    }
  });

  it('loads no picture, script, style or font from another host', () => {
    const offenders = html().flatMap((file) =>
      remoteLoads(readFileSync(file, 'utf8')).map((url) => `${path.relative(BUILD_DIR, file)}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it('ships no font file and no remote url() in CSS', () => {
    expect(listFiles(BUILD_DIR, /\.(woff2?|ttf|otf|eot)$/)).toEqual([]);
    for (const css of listFiles(BUILD_DIR, /\.css$/)) {
      const text = readFileSync(css, 'utf8');
      expect(text, css).not.toMatch(/@font-face|url\((["']?)(https?:)?\/\//);
    }
  });

  it('refers to no address on the site that is missing (the offline zip included)', () => {
    expect(deadSiteReferences(BUILD_DIR, '/')).toEqual([]);
  });

  it('declares the page language as Simplified Chinese', () => {
    for (const file of html()) {
      expect(readFileSync(file, 'utf8'), file).toMatch(/<html[^>]*\slang="?zh-Hans"?/);
    }
  });
});

describe('headings', () => {
  it('never skip a level on any page (h1, then h2, then h3…)', () => {
    const skips = listFiles(BUILD_DIR, /\.html$/).flatMap((file) => {
      const $ = load(readFileSync(file, 'utf8'));
      let previous = 0;
      return $('h1, h2, h3, h4, h5, h6')
        .toArray()
        .flatMap((heading) => {
          const level = Number(heading.tagName.slice(1));
          const skipped = level > previous + 1;
          previous = level;
          return skipped ? [`${path.relative(BUILD_DIR, file)}: <${heading.tagName}> ${$(heading).text()}`] : [];
        });
    });
    expect(skips, '标题跳级：卡片等标题应比它所在的章节低一级').toEqual([]);
  });
});

describe('sitemap', () => {
  it('lists every doc page', () => {
    const sitemap = readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
    for (const doc of docs) {
      expect(sitemap, doc.route).toContain(`${doc.route}</loc>`);
    }
  });
});

describe('search', () => {
  it('every section a search result opens has that anchor on its built page', async () => {
    // Each page is parsed once: there are far more records than pages.
    const idsOf = new Map<string, Set<string>>();
    const ids = (route: string) => {
      if (!idsOf.has(route)) {
        const $ = load(pageHtml(route));
        idsOf.set(
          route,
          new Set(
            $('[id]')
              .map((_, el) => $(el).attr('id'))
              .get(),
          ),
        );
      }
      return idsOf.get(route)!;
    };
    const missing = (await recordsFromSources())
      .map((record) => record.url.split('#'))
      .filter(([route, anchor]) => anchor && !ids(route).has(decodeURIComponent(anchor)))
      .map(([route, anchor]) => `${route}#${anchor}`);
    expect(missing).toEqual([]);
  });

  it('links the offline download from the guide and the footer', () => {
    expect(anchorHrefs(pageHtml('/docs/intro'))).toContain('/downloads/flink-learning-hub-offline.zip');
    expect(anchorHrefs(pageHtml('/'))).toContain('/downloads/flink-learning-hub-offline.zip');
  });
});

describe('build-time code stays out of the browser', () => {
  it('ships no zod: pages import only the catalog types from src/data/catalogRules.ts', () => {
    // Class names zod registers at run time; minifiers keep string literals.
    const markers = ['$ZodError', 'ZodType'];
    const zodDir = path.dirname(createRequire(import.meta.url).resolve('zod/package.json'));
    const zodText = listFiles(zodDir, /\.js$/)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const marker of markers) expect(zodText, `zod 中没有 ${marker}：请换一个标记`).toContain(marker);
    const withZod = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /\.js$/).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return markers.some((marker) => text.includes(marker));
    });
    expect(
      withZod.map((file) => path.relative(BUILD_DIR, file)),
      '这些脚本带着 zod：页面只能 import type 资源目录的类型，不能引入 catalogRules.ts 的值',
    ).toEqual([]);
  });
});

describe('code blocks', () => {
  it('are highlighted at build time, with the title and language of their fence', () => {
    for (const doc of docs) {
      const expected = codeFences(doc.source);
      const $ = load(pageHtml(doc.route));
      const blocks = $('.theme-code-block').toArray();
      expect(blocks, `${doc.file}：代码块数量`).toHaveLength(expected.length);
      blocks.forEach((block, index) => {
        const {language, title} = expected[index];
        const where = `${doc.file} 第 ${index + 1} 个代码块`;
        expect($(block).find(`pre.language-${language}`), where).toHaveLength(1);
        expect($(block).find('[class^="codeBlockTitle"]').text(), where).toBe(title ?? '');
        expect($(block).find('.token-line').length, where).toBeGreaterThan(0);
        // Plain text (an error message, a log line) has no grammar to colour.
        if (language !== 'text') {
          expect($(block).find('.token:not(.plain)').length, `${where} 没有高亮`).toBeGreaterThan(0);
        }
      });
    }
  });

  it('ship no syntax highlighter to the browser', () => {
    // A string of Prism's tokenizer, present in prism-react-renderer's bundle.
    const marker = 'before-tokenize';
    const prismBundle = createRequire(import.meta.url).resolve('prism-react-renderer');
    expect(readFileSync(prismBundle, 'utf8')).toContain(marker);
    const withPrism = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /\.js$/).filter((file) =>
      readFileSync(file, 'utf8').includes(marker),
    );
    expect(withPrism, '这些脚本带着 Prism：代码应在构建时高亮（plugins/prism-at-build）').toEqual([]);
  });

  it('reach the browser as their text and two token props, not as an element per token', () => {
    const scripts = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /\.js$/).map((file) => ({
      file: path.relative(BUILD_DIR, file),
      text: readFileSync(file, 'utf8'),
    }));
    // What MDX makes of a token <span>: jsx("span",{className:"token keyword",children:"int"}).
    const withSpans = scripts.filter(({text}) => /className:"token[ -]/.test(text)).map(({file}) => file);
    expect(
      withSpans,
      '这些脚本为每个 token 写了一个元素：代码块应只带文本和 data-tokens（plugins/prism-at-build/tokenCodec.ts）',
    ).toEqual([]);
    expect(
      scripts.some(({text}) => text.includes(`"${TOKENS_PROP}":`)),
      `没有脚本带 ${TOKENS_PROP}：代码块没有经过 plugins/prism-at-build 的 rehypePrism`,
    ).toBe(true);
  });
});

describe('a note’s sources and self-check questions', () => {
  it('reach the browser with their sections, not in the note’s first load', () => {
    // In a note's metadata the browser build keeps only their number (plugins/notes/lateKeysInBrowser.cjs).
    const scripts = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /\.js$/).map((file) => ({
      file: path.relative(BUILD_DIR, file),
      text: readFileSync(file, 'utf8'),
    }));
    for (const key of ['quiz', 'sources']) {
      // As JSON.parse('…') text, the form the bundler gives a JSON module; the late modules are plain JS.
      const withList = scripts.filter(({text}) => text.includes(`"${key}":[{`));
      expect(
        withList.map(({file}) => file),
        `这些脚本在笔记的元数据里带着整个 ${key}：浏览器里应只留个数`,
      ).toEqual([]);
      expect(
        scripts.some(({text}) => new RegExp(`"${key}":\\d`).test(text)),
        `没有脚本带着 ${key} 的个数：plugins/notes 的 lateKeysInBrowser.cjs 没有作用在笔记的元数据上`,
      ).toBe(true);
    }
  });
});

describe('scripts', () => {
  it('start the app after the first paint: no page loads a bundle with <script src>', () => {
    const fix = '页面应由 docusaurus.config.ts 的 ssrTemplate（config/paintFirstTemplate.ts）生成';
    const bundles = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /\.js$/).map((f) => path.basename(f));
    for (const file of listFiles(BUILD_DIR, /\.html$/)) {
      const where = path.relative(BUILD_DIR, file);
      const $ = load(readFileSync(file, 'utf8'));
      expect($('script[src]').length, `${where}：用 <script src> 加载了脚本，${fix}`).toBe(0);
      const starter = $('body > script')
        .toArray()
        .map((el) => $(el).text())
        .find((text) => text.includes('first-contentful-paint'));
      expect(starter, `${where}：<body> 末尾没有在首次绘制后启动应用的脚本，${fix}`).toBeDefined();
      const started = [...(starter ?? '').matchAll(/\/assets\/js\/([^"]+\.js)/g)].map(([, name]) => name);
      expect(started, `${where}：启动脚本没有加载 main 包`).toContainEqual(expect.stringMatching(/^main\./));
      expect(bundles, `${where}：启动脚本加载的包不存在`).toEqual(expect.arrayContaining(started));
    }
  });
});
