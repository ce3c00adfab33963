/**
 * Rules every page under docs/ follows, and the data files that point into
 * the pages. Each problem names the file, the place in it (the line of the
 * whole file) and the fix, once. Each page is parsed once, into the MDX
 * syntax tree, and links, pictures, imports, components and their props, and
 * code (fenced or in <CodeBlock>) are all checked on that tree. A rule that
 * meets something malformed reports it and carries on: no problem hides
 * another. tests/unit/docs.test.ts runs them over the real docs, and over
 * the bad fixtures in tests/fixtures/bad-docs/ beside a small fixture site.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import headingIds from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import {DefaultNumberPrefixParser, stripPathNumberPrefixes} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {resolveMarkdownLinkPathname} from '@docusaurus/utils';
import type {Expression, Program} from 'estree';
import type {Code, Nodes, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {checkFrontMatter} from '../plugins/notes/frontMatter';
import {isNoteFile} from '../plugins/notes/noteFiles';
import type {DocProblem} from '../plugins/notes/problems';
import {highlightableLanguages} from '../plugins/prism-at-build/rehypePrism';
import {quizDuplicates, quizWhere} from '../plugins/notes/quiz';
import {resolveResourceList} from '../plugins/remark-inline-resources/resolveResourceList';
import {configKeyTable} from '../src/components/ConfigKeysTable/rows';
import {apiChanges, changeStatus, type ApiChange} from '../src/data/apiChanges';
import {caseStudies} from '../src/data/cases';
import {LATEST_FLINK} from '../src/data/flinkReleases';
import {glossary} from '../src/data/glossary';
import {learningPath} from '../src/data/learningPath';
import {resources} from '../src/data/resources';
import {TOPIC_GAPS} from '../src/data/taxonomy';
import {labPath, labs} from '../src/labs/catalog';
import {findApiMentions, findApiUses, nameRegExp, type CodeLanguage} from '../src/migrate/findApiUses';
import {MIGRATE_PAGE} from '../src/migrate/page';
import {questionAnchor, SELF_CHECK_ANCHOR} from '../src/selfCheck/questions';
import {isLegacyFence} from '../src/theme/CodeBlock/legacyFence';
import {closest} from './closest';
import {componentProps, type PropSpec} from './componentProps';
import {DOCS_DIR, parseBody, REPO_DIR, siteConfig, type DocFile} from './docsFiles';

export {formatDocProblem, type DocProblem} from '../plugins/notes/problems';

const require = createRequire(__filename);

/** Site pages outside docs/ that docs may link to. */
const OTHER_ROUTES = ['/', '/resources', '/search', '/labs', MIGRATE_PAGE.path, ...labs.map((lab) => labPath(lab.id))];
const STATIC_DIR = path.join(REPO_DIR, 'static');
const COMPONENTS_DIR = path.join(REPO_DIR, 'src', 'components');
/**
 * Components MDX pages get without an import: the capitalised keys of
 * theme-classic's MDXComponents (tests/unit/docusaurus-internals.test.ts
 * fails when that list changes).
 */
export const MDX_GLOBAL_COMPONENTS = ['Head', 'Details'];
/** The languages of prism-react-renderer plus docusaurus.config.ts › additionalLanguages. */
const LANGUAGES = highlightableLanguages(
  (siteConfig.themeConfig as {prism: {additionalLanguages: string[]}}).prism.additionalLanguages,
);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A name bound by the page's own import or export lines. */
interface Binding {
  from: string;
  /** The file the import resolves to; undefined for a package or an export. */
  file?: string;
}

interface Prose {
  text: string;
  where: string;
  line?: number;
}

interface ParsedDoc extends DocFile {
  tree: Root;
  anchors: Set<string>;
  /** The page's own words: what search indexes and readers read, without code. */
  prose: Prose[];
  /** What each source supports (frontmatter sources[].supports), shown under 依据. */
  supports: Prose[];
  bindings: Map<string, Binding>;
}

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const lineOf = (node: {position?: {start: {line: number}}}) => node.position?.start.line;
/** "第 8 行的代码块": the place of a node, in the whole file; a space before Latin text, as the hub's typography wants. */
const at = (node: {position?: {start: {line: number}}}, what: string) => {
  const line = lineOf(node);
  return line === undefined ? what : `第 ${line} 行的${/^[\u4e00-\u9fff]/.test(what) ? '' : ' '}${what}`;
};

function stringAttr(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The JavaScript expression of an MDX expression (`{…}`) or attribute value, as parsed by MDX. */
function expressionOf(node: {data?: {estree?: Program | null}}): Expression | undefined {
  const statement = node.data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

/** Ids that components render on a page, which links may point at. */
function componentAnchors(node: JsxElement): string[] {
  switch (node.name) {
    case 'ResourceList': {
      const shown = resolveResourceList(node);
      return 'problem' in shown ? [] : shown.map((r) => r.id);
    }
    case 'Glossary':
      return glossary.map((term) => term.id);
    case 'ApiChangesTable':
      return [
        ...apiChanges.map((change) => change.id),
        ...[...new Set(apiChanges.map((change) => change.kind))].map((kind) => `kind-${kind}`),
      ];
    case 'LearningPath':
      return learningPath.map((step) => step.id);
    case 'ConfigKeysTable':
      return configKeyTable().rows.map((row) => row.anchor);
    default: {
      const id = stringAttr(node, 'id');
      return id ? [id] : [];
    }
  }
}

/** Where an import of a page leads: a file of the repository or an installed package; undefined when nothing is there. */
function resolveImport(specifier: string, doc: DocFile): string | undefined {
  const candidates = (base: string) =>
    ['', '.ts', '.tsx', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.js'].map((ext) => `${base}${ext}`);
  const firstFile = (bases: string[]) =>
    bases.flatMap(candidates).find((file) => existsSync(file) && statSync(file).isFile());
  if (specifier.startsWith('@site/')) return firstFile([path.join(REPO_DIR, specifier.slice('@site/'.length))]);
  if (specifier.startsWith('.')) return firstFile([path.join(REPO_DIR, path.dirname(doc.file), specifier)]);
  if (specifier.startsWith('@theme/') || specifier.startsWith('@theme-original/')) {
    const name = specifier.replace(/^@theme(-original)?\//, '');
    const classic = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));
    return firstFile([path.join(REPO_DIR, 'src', 'theme', name), path.join(classic, 'lib', 'theme', name)]);
  }
  if (/^@docusaurus\/[A-Z]/.test(specifier)) {
    // @docusaurus/Link and the other client modules are aliases of core's exports.
    const core = path.dirname(require.resolve('@docusaurus/core/package.json'));
    return firstFile([path.join(core, 'lib', 'client', 'exports', specifier.slice('@docusaurus/'.length))]);
  }
  try {
    return require.resolve(specifier, {paths: [REPO_DIR]});
  } catch {
    return undefined;
  }
}

async function parseOnce(doc: DocFile): Promise<ParsedDoc | DocProblem> {
  const parsed = parseBody(doc);
  if ('error' in parsed) {
    return {
      file: doc.file,
      where: parsed.error.line === undefined ? undefined : `第 ${parsed.error.line} 行`,
      message: `MDX 无法解析：${parsed.error.reason}。常见原因：JSX 标签没有闭合、正文里的 { } < 需要写成代码或转义。`,
    };
  }
  const {tree} = parsed;
  // Heading ids exactly as the build gives them (explicit {/* #id */} ids, the slugger, its options).
  await (headingIds as unknown as (options: {anchorsMaintainCase: boolean}) => (root: Root) => Promise<void>)({
    anchorsMaintainCase: siteConfig.markdown.anchors.maintainCase,
  })(tree);
  const anchors = new Set<string>();
  const prose: Prose[] = [];
  const supports: Prose[] = [];
  const bindings = new Map<string, Binding>();
  if (Array.isArray(doc.frontMatter.sources)) anchors.add('依据');
  quizAnchors(doc).forEach((id) => anchors.add(id));
  for (const key of ['title', 'description', 'sidebar_label'] as const) {
    const value = doc.frontMatter[key];
    if (typeof value === 'string') prose.push({text: value, where: `frontmatter.${key}`});
  }
  if (Array.isArray(doc.frontMatter.sources)) {
    doc.frontMatter.sources.forEach((source: unknown, i) => {
      const text = (source as {supports?: unknown} | null)?.supports;
      if (typeof text === 'string') supports.push({text, where: `frontmatter.sources.${i}.supports`});
    });
  }
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const id = (node.data as {id?: string} | undefined)?.id;
        if (id) anchors.add(id);
        prose.push({text: toString(node), where: at(node, `标题「${toString(node)}」`), line: lineOf(node)});
        return 'skip';
      }
      case 'text':
        prose.push({text: node.value, where: at(node, '正文'), line: lineOf(node)});
        return undefined;
      case 'image':
        for (const [text, what] of [
          [node.alt, '图片说明'],
          [node.title, '图片标题'],
        ] as const) {
          if (text) prose.push({text, where: at(node, what), line: lineOf(node)});
        }
        return undefined;
      case 'link':
      case 'definition':
        if (node.title) prose.push({text: node.title, where: at(node, '链接标题'), line: lineOf(node)});
        return undefined;
      case 'code': {
        const title = /title="([^"]*)"/.exec(node.meta ?? '')?.[1];
        if (title) prose.push({text: title, where: at(node, `代码块标题「${title}」`), line: lineOf(node)});
        return undefined;
      }
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type === 'ImportDeclaration') {
            const from = String(statement.source.value);
            const file = resolveImport(from, doc);
            for (const specifier of statement.specifiers) bindings.set(specifier.local.name, {from, file});
          } else if (
            statement.type === 'ExportNamedDeclaration' &&
            statement.declaration?.type === 'VariableDeclaration'
          ) {
            for (const declaration of statement.declaration.declarations) {
              if (declaration.id.type === 'Identifier') bindings.set(declaration.id.name, {from: '本页的 export'});
            }
          }
        }
        return undefined;
      default:
        if (isJsx(node)) {
          componentAnchors(node).forEach((id) => anchors.add(id));
          for (const name of ['alt', 'caption', 'title']) {
            const value = stringAttr(node, name);
            if (value) prose.push({text: value, where: at(node, `<${node.name}> 的 ${name}`), line: lineOf(node)});
          }
        }
        return undefined;
    }
  });
  return {...doc, tree, anchors, prose, supports, bindings};
}

const parsedDocs = new WeakMap<DocFile, Promise<ParsedDoc | DocProblem>>();

/** A page's tree and what the rules read from it, computed once per page however many rule sets ask. */
function parse(doc: DocFile): Promise<ParsedDoc | DocProblem> {
  let parsed = parsedDocs.get(doc);
  if (!parsed) {
    parsed = parseOnce(doc).catch((error: unknown) => ({
      file: doc.file,
      message: `读取这一页时出错：${(error as Error).message}。这是检查本身的问题，请附上这条信息提 issue。`,
    }));
    parsedDocs.set(doc, parsed);
  }
  return parsed;
}

/** File and folder names become the page's address: lower-case words joined by hyphens, as the existing pages are. */
function checkFileName(doc: DocFile): DocProblem[] {
  const segments = path.posix
    .relative('docs', doc.file)
    .replace(/\.mdx?$/, '')
    .split('/');
  const bad = segments.filter((segment) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(segment));
  return bad.map((segment) => ({
    file: doc.file,
    where: '文件名',
    message: `「${segment}」会成为网址的一部分，只能用小写字母、数字和连字符，例如 kafka-offsets.mdx：空格、中文和大写字母在网址里会变成 %E7%8A%B6 这样的转义或出现大小写不一致。`,
  }));
}

function checkLoading(doc: DocFile): DocProblem[] {
  if (doc.yamlError) {
    return [
      {
        file: doc.file,
        where: doc.yamlError.line === undefined ? 'frontmatter' : `frontmatter（第 ${doc.yamlError.line} 行）`,
        message: `不是合法的 YAML（${doc.yamlError.reason}）。请检查开头和结尾的 --- 两行、冒号后的空格；值里有冒号时用引号括起来，例如 title: "状态：后端"。`,
      },
    ];
  }
  const ours = checkFrontMatter(doc.file, doc.frontMatter);
  if (!doc.docusaurusError) return ours;
  // A key the hub's own rules already explain (description…) is reported once, in their words.
  const explained = new Set(ours.map((problem) => problem.where?.split('.')[1]));
  const {message, keys} = doc.docusaurusError;
  const refused = keys.length > 0 ? keys.filter(({key}) => !explained.has(key)) : [{key: '', message}];
  return [
    ...refused.map(({key, message: reason}) => ({
      file: doc.file,
      where: key ? `frontmatter.${key}` : 'frontmatter',
      message: `Docusaurus 不接受：${reason}。这些键（id、slug、sidebar_position 等）的写法见 https://docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-docs#markdown-front-matter`,
    })),
    ...ours,
  ];
}

/** The paragraphs, headings and comments of templates/note.mdx that a note must replace. */
const TEMPLATE_PLACEHOLDERS = (() => {
  // The template's own section heading that notes keep.
  const kept = new Set(['延伸阅读']);
  const template = readFileSync(path.join(REPO_DIR, 'templates', 'note.mdx'), 'utf8').replaceAll(
    '__LATEST__',
    LATEST_FLINK,
  );
  const parsed = parseBody({file: 'templates/note.mdx', source: template});
  const texts = new Set<string>();
  const comments = new Set<string>();
  if ('tree' in parsed) {
    visit(parsed.tree, (node: Nodes) => {
      if ((node.type === 'paragraph' || node.type === 'heading') && !kept.has(toString(node)))
        texts.add(toString(node));
      if (node.type === 'mdxFlowExpression') comments.add(node.value.trim());
    });
  }
  return {texts, comments};
})();

function checkTemplateLeftovers(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, (node: Nodes) => {
    if ((node.type === 'paragraph' || node.type === 'heading') && TEMPLATE_PLACEHOLDERS.texts.has(toString(node))) {
      problems.push({
        file: doc.file,
        where: at(node, node.type === 'heading' ? '标题' : '段落'),
        message: `还是模板（templates/note.mdx）的占位文字「${toString(node)}」：请换成你自己写的内容。`,
      });
    }
    if (node.type === 'mdxFlowExpression' && TEMPLATE_PLACEHOLDERS.comments.has(node.value.trim())) {
      problems.push({
        file: doc.file,
        where: at(node, '注释'),
        message: '还留着模板（templates/note.mdx）的说明注释：照着它填好之后，请删掉这段注释。',
      });
    }
  });
  return problems;
}

/**
 * The existing route a mistyped one most likely meant: a slip of a few
 * letters in its last part. A page that was deleted or renamed has none, and
 * no other page is offered in its place.
 */
function typoOf(route: string, routes: Iterable<string>): string | undefined {
  const known = [...routes];
  // A file's number prefix is not part of its route (05-intro.mdx is at …/intro).
  const unprefixed = stripPathNumberPrefixes(route, DefaultNumberPrefixParser);
  if (unprefixed !== route && known.includes(unprefixed)) return unprefixed;
  const last = route.split('/').pop() ?? '';
  return closest(route, known, Math.max(1, Math.floor(last.length / 4)));
}

/** Where a link leads, as a site route and an anchor; `undefined` for links that leave the site. */
function resolveLink(
  doc: ParsedDoc,
  url: string,
  routes: Map<string, ParsedDoc>,
): {route: string; hash: string} | {problem: string} | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [target, rawHash = ''] = url.split('#');
  let hash: string;
  try {
    hash = decodeURIComponent(rawHash);
  } catch {
    return {problem: `锚点 #${rawHash} 里的 % 转义不完整：直接写中文锚点，例如 #常用调优参数。`};
  }
  if (target === '') return {route: doc.route, hash};
  const pathPart = target.split('?')[0];
  if (/\.mdx?$/.test(pathPart)) {
    // A link to a Markdown file, resolved by Docusaurus's own rules.
    const sourceToPermalink = new Map([...routes.values()].map((page) => [`@site/${page.file}`, page.route]));
    let route: string | null = null;
    try {
      route = resolveMarkdownLinkPathname(pathPart, {
        sourceFilePath: path.join(REPO_DIR, doc.file),
        sourceToPermalink,
        contentPaths: {contentPath: DOCS_DIR, contentPathLocalized: undefined},
        siteDir: REPO_DIR,
      });
    } catch {
      // A malformed escape in the path: reported below as a missing file.
    }
    if (route === null) {
      return {
        problem: `指向的文件 ${pathPart} 不存在。写 .mdx 文件的相对路径（相对于本页所在的目录），或写页面的路径，例如 /docs/blogs/…。`,
      };
    }
    return {route, hash};
  }
  const route = new URL(pathPart, `https://hub.invalid${doc.route}`).pathname.replace(/\/$/, '') || '/';
  try {
    return {route: decodeURI(route), hash};
  } catch {
    return {problem: `路径里的 % 转义不完整：直接写中文或英文路径。`};
  }
}

/** Every link of the page: Markdown links, reference definitions ([x][ref]), and href/to of JSX links. */
function linksOf(doc: ParsedDoc): {url: string; node: Nodes}[] {
  const links: {url: string; node: Nodes}[] = [];
  visit(doc.tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') links.push({url: node.url, node});
    if (isJsx(node)) {
      for (const name of node.name === 'Link' ? ['href', 'to'] : ['href']) {
        const url = stringAttr(node, name);
        if (url !== undefined) links.push({url, node});
      }
    }
  });
  return links;
}

function checkLinks(doc: ParsedDoc, routes: Map<string, ParsedDoc>): DocProblem[] {
  return linksOf(doc).flatMap(({url, node}): DocProblem[] => {
    const where = at(node, `链接 ${url}`);
    const resolved = resolveLink(doc, url, routes);
    if (!resolved) return [];
    if ('problem' in resolved) return [{file: doc.file, where, message: resolved.problem}];
    const {route, hash} = resolved;
    const target = routes.get(route);
    if (!target) {
      if (OTHER_ROUTES.includes(route) || existsSync(path.join(STATIC_DIR, route))) return [];
      const typo = typoOf(route, routes.keys());
      return [
        {
          file: doc.file,
          where,
          message: `指向的页面 ${route} 不存在${typo ? `，是不是 ${typo}？` : '（可能已删除或改名）。'}站内链接请写成 docs/ 下已有页面的路径。`,
        },
      ];
    }
    if (hash && !target.anchors.has(hash)) {
      const near = closest(hash, target.anchors);
      const known = [...target.anchors].slice(0, 8).join('、');
      return [
        {
          file: doc.file,
          where,
          message: `页面 ${route} 存在，但没有锚点 #${hash}。${near ? `是不是 #${near}？` : ''}${known ? `可用的锚点有：${known}。` : '这一页没有标题，也就没有锚点。'}`,
        },
      ];
    }
    return [];
  });
}

function isRemote(url: string): boolean {
  return /^(https?:)?\/\//.test(url);
}

function checkPictures(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  const check = (src: string, where: string) => {
    if (isRemote(src)) {
      problems.push({
        file: doc.file,
        where,
        message: `图片 ${src} 来自其他网站。请自己画成 SVG 放进仓库（docs/<分组>/img/），用 <Figure> 引用。`,
      });
      return;
    }
    if (/^[a-z]+:/i.test(src)) return;
    let decoded = src;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      // Looked up as written; a malformed escape then shows as a missing file.
    }
    const file = src.startsWith('/')
      ? path.join(STATIC_DIR, decoded)
      : path.join(REPO_DIR, path.dirname(doc.file), decoded);
    if (!existsSync(file)) {
      problems.push({
        file: doc.file,
        where,
        message: `图片 ${src} 不存在（找的是 ${path.relative(REPO_DIR, file)}）。以 / 开头的地址对应 static/ 下的文件，其他地址相对于本页所在的目录。`,
      });
    }
  };
  visit(doc.tree, (node: Nodes) => {
    if (node.type === 'image') check(node.url, at(node, `图片 ${node.url}`));
    if (isJsx(node) && node.name === 'img') {
      const src = stringAttr(node, 'src');
      if (src) check(src, at(node, '<img> 的 src'));
    }
  });
  return problems;
}

/** Every import resolves: a missing SVG or component fails here, not at build. */
function checkImports(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      const from = String(statement.source.value);
      if (resolveImport(from, doc)) continue;
      const relative = from.startsWith('.') ? `（找的是 ${path.posix.join(path.posix.dirname(doc.file), from)}）` : '';
      problems.push({
        file: doc.file,
        where: at(node, `import ${from}`),
        message: `要引入的 ${from} 不存在${relative}。示意图放在本页同目录的 img/ 下，写成 import Diagram from './img/名字.svg'；组件写成 import Figure from '@site/src/components/Figure'。`,
      });
    }
  });
  return problems;
}

const describeProps = (props: PropSpec[]) =>
  props.length === 0
    ? '它不接受任何属性'
    : `它的属性：${props.map((p) => `${p.name}${p.required ? '（必填）' : ''}`).join('、')}`;

/**
 * Each component on the page is imported (or one MDX provides), and gets the
 * props its source declares: a wrong or missing prop fails here rather than
 * when the build renders the page. One message per element, naming every
 * problem of it. <ResourceList> is rewritten at build (see its own rule).
 */
function checkComponents(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, (node: Nodes) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
    const name = node.name.split('.')[0];
    const binding = doc.bindings.get(name);
    const where = at(node, `<${node.name}>`);
    if (!binding) {
      if (MDX_GLOBAL_COMPONENTS.includes(name)) return;
      const ours = existsSync(path.join(COMPONENTS_DIR, name));
      problems.push({
        file: doc.file,
        where,
        message: `没有引入 ${name}：请在文件开头加上 import ${name} from '${ours ? `@site/src/components/${name}` : '……'}';`,
      });
      return;
    }
    const issues: string[] = [];
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'object' || !attr.value) continue;
      const expression = expressionOf(attr.value);
      if (expression?.type === 'Identifier' && !doc.bindings.has(expression.name) && expression.name !== 'undefined') {
        issues.push(`${attr.name}={${expression.name}} 里的 ${expression.name} 没有引入`);
      }
    }
    const inComponents = binding.file?.startsWith(`${COMPONENTS_DIR}${path.sep}`);
    const props = inComponents && name !== 'ResourceList' ? componentProps(binding.file!) : undefined;
    if (props) {
      const given = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
      const spread = node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute');
      for (const attr of given) {
        const prop = props.find((p) => p.name === attr.name);
        if (!prop) {
          if (attr.name !== 'key') issues.push(`没有 ${attr.name} 这个属性`);
        } else if (typeof attr.value === 'string' && !prop.acceptsString) {
          issues.push(`${attr.name} 要写成表达式，例如 ${attr.name}={…}，而不是字符串`);
        } else if (attr.value === '' && prop.required) {
          issues.push(`${attr.name} 不能为空`);
        }
      }
      if (!spread) {
        const missing = props.filter((p) => p.required && !given.some((a) => a.name === p.name));
        if (missing.length > 0) issues.push(`缺少 ${missing.map((p) => p.name).join('、')}`);
      }
      if (issues.length > 0) issues.push(describeProps(props));
    }
    if (issues.length > 0) problems.push({file: doc.file, where, message: `${issues.join('；')}。`});
  });
  return problems;
}

function checkResourceLists(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, (node: Nodes) => {
    if (isJsx(node) && node.name === 'ResourceList') {
      const shown = resolveResourceList(node);
      if ('problem' in shown)
        problems.push({file: doc.file, where: at(node, '<ResourceList>'), message: shown.problem});
    }
  });
  return problems;
}

interface CodeUnit {
  code: string;
  language: string;
  legacy: boolean;
  where: string;
}

/** The text of a JSX <CodeBlock>: its text children and the strings of its {`…`} expressions. */
function jsxCode(node: JsxElement): string {
  const parts: string[] = [];
  visit(node, (child: Nodes) => {
    if (child.type === 'text') parts.push(child.value);
    if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
      const expression = expressionOf(child);
      if (expression?.type === 'Literal' && typeof expression.value === 'string') parts.push(expression.value);
      if (expression?.type === 'TemplateLiteral')
        parts.push(expression.quasis.map((q) => q.value.cooked ?? '').join(''));
    }
  });
  return parts.join('\n');
}

/** The page's code: fenced blocks and <CodeBlock> written as JSX. */
function codeOf(doc: ParsedDoc): CodeUnit[] {
  const units: CodeUnit[] = [];
  visit(doc.tree, (node: Nodes) => {
    if (node.type === 'code') {
      const {lang, meta, value} = node as Code;
      const title = /title="([^"]*)"/.exec(meta ?? '')?.[1];
      units.push({
        code: value,
        language: lang ?? '',
        legacy: isLegacyFence(meta ?? ''),
        where: at(node, `代码块${title ? `「${title}」` : ''}`),
      });
    }
    if (isJsx(node) && node.name === 'CodeBlock') {
      units.push({
        code: jsxCode(node),
        language: stringAttr(node, 'language') ?? '',
        legacy: isLegacyFence(stringAttr(node, 'metastring')),
        where: at(node, '<CodeBlock>'),
      });
    }
  });
  return units;
}

// Fence languages as the migration checker reads them (comments differ by language).
const FENCE_LANGUAGES: Record<string, CodeLanguage> = {
  java: 'java',
  scala: 'scala',
  kotlin: 'kotlin',
  python: 'python',
  py: 'python',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  properties: 'yaml',
};

async function checkCode(doc: ParsedDoc): Promise<DocProblem[]> {
  const languages = await LANGUAGES;
  return codeOf(doc).flatMap(({code, language, legacy, where}): DocProblem[] => {
    const problems: DocProblem[] = [];
    if (language && !languages.includes(language.toLowerCase())) {
      const near = closest(language.toLowerCase(), languages);
      problems.push({
        file: doc.file,
        where,
        message: `不认识的语言 ${language}：Prism 没有这种语法，代码块不会高亮。${near ? `是不是 ${near}？` : ''}纯文本写 text；可用的语言是 prism-react-renderer 自带的加上 docusaurus.config.ts 的 additionalLanguages（见 CONTRIBUTING「写一篇笔记」）。`,
      });
    }
    if (legacy) return problems;
    const legacyHint = `如果这段代码有意展示旧写法，在围栏上标明 legacy，例如 \`\`\`java title="1.x 旧写法" legacy（JSX 的 <CodeBlock> 写 metastring="legacy"）。`;
    const reported = new Set<string>();
    // The migration checker's matcher, so the notes are held to what it reports in readers' code.
    for (const use of findApiUses(code, {language: FENCE_LANGUAGES[language.toLowerCase()] ?? 'text'})) {
      const key = use.kind === 'change' ? use.change.id : use.className;
      if (reported.has(key)) continue;
      reported.add(key);
      if (use.kind === 'removed-class') {
        problems.push({
          file: doc.file,
          where,
          message: `导入了 2.0 已移除的类 \`${use.className}\`（见 Flink 2.0 发布说明的移除清单），请改用 2.x 的写法。${legacyHint}`,
        });
        continue;
      }
      const {change} = use;
      problems.push({
        file: doc.file,
        where,
        message:
          `用了 ${change.old}（${change.removedIn ? `${change.removedWith ?? change.removedIn} 起已不可用` : change.ignoredIn ? `${change.ignoredIn} 起不再起作用` : '已弃用'}），` +
          // A space only before Latin text or code, as the hub's typography wants.
          `请改成${/^[\u4e00-\u9fff]/.test(change.replacement) ? '' : ' '}${change.replacement}。` +
          legacyHint,
      });
    }
    return problems;
  });
}

/**
 * Old APIs a text names without naming what replaced them: `text` is what
 * is searched for old names, `context` (the page, the card…) for the
 * replacement's.
 */
export function oldApisWithoutReplacement(text: string, context: string): {change: ApiChange; name: string}[] {
  return findApiMentions(text).filter(
    ({change}) => !change.replacementNames.some((replacement) => context.includes(replacement)),
  );
}

const replacementMessage = (change: ApiChange, scope = '同一页上') =>
  `这是旧写法（${changeStatus(change)}），${scope}要写出替代写法：${change.replacement}。`;

/** Prose that names an old API names its replacement on the same page (the 2.x changes table counts). */
function checkApiProse(doc: ParsedDoc): DocProblem[] {
  if (doc.bindings.has('ApiChangesTable')) return [];
  const texts: Prose[] = [...doc.prose];
  visit(doc.tree, 'inlineCode', (node) => {
    texts.push({text: node.value, where: at(node, '行内代码'), line: lineOf(node)});
  });
  return oldApisWithoutReplacement(texts.map((t) => t.text).join('\n'), doc.source).map(({change, name}) => {
    const first = texts.find((t) => nameRegExp(name).test(t.text));
    return {
      file: doc.file,
      where:
        first?.line === undefined ? `${first?.where ?? '正文'}提到的 ${name}` : `第 ${first.line} 行提到的 ${name}`,
      message: replacementMessage(change),
    };
  });
}

/** Words the hub does not write (src/data/glossary.ts › variants), with the hub's word for the same thing. */
const TERM_VARIANTS = glossary.flatMap((term) =>
  (term.variants ?? []).map((variant) => ({variant, hubWord: term.zh, id: term.id})),
);

/**
 * One word per term: a variant may appear only as a quoted word (「背压」), as
 * when a page tells readers what other articles call the thing. Some variants
 * are words the official zh docs also use, so the message names the hub's
 * choice and points to the glossary entry that says why, not to the docs.
 */
export function termProblems(text: string): string[] {
  return TERM_VARIANTS.flatMap(({variant, hubWord, id}) => {
    const unquoted = new RegExp(`(?<!「)${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!」)`);
    return unquoted.test(text)
      ? [
          `用了「${variant}」，本站统一写作「${hubWord}」（官方中文文档怎么写、本站为什么这样选，见术语表 #${id}）。如果是在转述别处的叫法，请用直角引号把它括起来。`,
        ]
      : [];
  });
}

function checkTerms(doc: ParsedDoc): DocProblem[] {
  return [...doc.supports, ...doc.prose].flatMap(({text, where}) =>
    termProblems(text).map((message) => ({file: doc.file, where, message})),
  );
}

/** Runs one rule; a rule that throws is reported as a problem of that page, and the other rules still run. */
async function safely(
  doc: DocFile,
  rule: string,
  run: () => DocProblem[] | Promise<DocProblem[]>,
): Promise<DocProblem[]> {
  try {
    return await run();
  } catch (error) {
    return [
      {
        file: doc.file,
        message: `检查「${rule}」时出错：${(error as Error).message}。这是检查本身的问题，请附上这条信息提 issue。`,
      },
    ];
  }
}

/** The anchors of a page's self-check section and of each question in it (src/components/SelfCheck). */
function quizAnchors(doc: DocFile): string[] {
  const {quiz} = doc.frontMatter;
  if (!Array.isArray(quiz)) return [];
  const ids = quiz.flatMap((q: {id?: unknown} | null) => (typeof q?.id === 'string' ? [q.id] : []));
  return [SELF_CHECK_ANCHOR, ...ids.map(questionAnchor)];
}

/**
 * Self-check questions across pages: none asked twice (the schema checks
 * each note's own, in checkFrontMatter), and the official terms in what
 * readers read of them.
 */
function checkSelfCheck(docs: ParsedDoc[]): DocProblem[] {
  const terms = docs.flatMap((doc) => {
    const {quiz} = doc.frontMatter;
    if (!Array.isArray(quiz)) return [];
    return quiz.flatMap((q: Record<string, unknown> | null, i) => {
      const texts = [
        ['question', q?.question],
        ['answer', q?.answer],
        ['explanation', q?.explanation],
        ['other_versions', q?.other_versions],
        ...(Array.isArray(q?.options)
          ? q.options.map((o: {text?: unknown} | null, j) => [`options.${j}.text`, o?.text])
          : []),
      ];
      return texts.flatMap(([field, text]) =>
        typeof text === 'string'
          ? termProblems(text).map((message) => ({
              file: doc.file,
              where: quizWhere(['quiz', i, ...String(field).split('.')], doc.frontMatter),
              message,
            }))
          : [],
      );
    });
  });
  return [...quizDuplicates(docs), ...terms];
}

/** Every problem of a set of docs; empty when all is well. */
export async function checkDocs(docs: DocFile[]): Promise<DocProblem[]> {
  const parsed: ParsedDoc[] = [];
  const problems: DocProblem[] = [];
  for (const doc of docs) {
    problems.push(...checkFileName(doc), ...checkLoading(doc));
    const result = await parse(doc);
    if ('message' in result) problems.push(result);
    else parsed.push(result);
  }
  // A draft is left out of the production build, so links to it break there.
  const routes = new Map(parsed.filter((doc) => !doc.draft).map((doc) => [doc.route, doc]));
  for (const doc of parsed) {
    const rules: [string, () => DocProblem[] | Promise<DocProblem[]>][] = [
      ['模板占位', () => checkTemplateLeftovers(doc)],
      ['链接', () => checkLinks(doc, routes)],
      ['图片', () => checkPictures(doc)],
      ['import', () => checkImports(doc)],
      ['组件', () => checkComponents(doc)],
      ['资源列表', () => checkResourceLists(doc)],
      ['代码', () => checkCode(doc)],
      ['旧 API', () => checkApiProse(doc)],
      ['术语', () => checkTerms(doc)],
    ];
    for (const [name, rule] of rules) problems.push(...(await safely(doc, name, rule)));
  }
  problems.push(...checkSelfCheck(parsed));
  return problems;
}

export interface HubData {
  glossary: typeof glossary;
  learningPath: typeof learningPath;
  resources: typeof resources;
  caseStudies: typeof caseStudies;
  apiChanges: typeof apiChanges;
  topicGaps: typeof TOPIC_GAPS;
}

export const HUB_DATA: HubData = {glossary, learningPath, resources, caseStudies, apiChanges, topicGaps: TOPIC_GAPS};

/** Runs `check` on each entry; an entry too malformed to check is reported at that entry, and the others still are. */
function eachEntry<T>(
  list: readonly T[] | undefined,
  file: string,
  label: (entry: T, index: number) => string,
  check: (entry: T) => DocProblem[],
): DocProblem[] {
  return (list ?? []).flatMap((entry, i) => {
    try {
      return check(entry);
    } catch (error) {
      return [
        {
          file,
          where: label(entry, i),
          message: `条目不完整，无法检查（${(error as Error).message}）：请对照文件开头的注释补全字段。`,
        },
      ];
    }
  });
}

/** A field an entry must have; thrown inside eachEntry, it is reported at that entry. */
function required<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === null) throw new Error(`缺少 ${field}`);
  return value;
}

const idOf = (entry: unknown, i: number) => {
  const id = (entry as {id?: unknown} | null)?.id;
  return typeof id === 'string' ? `"${id}"` : `#${i + 1}`;
};

/**
 * The data files' references into the pages: each must name a note (and, with
 * an anchor, a heading or entry on it), reported at the data file's entry.
 */
export async function checkDataReferences(docs: DocFile[], data: HubData = HUB_DATA): Promise<DocProblem[]> {
  const parsed = (await Promise.all(docs.map(parse))).filter((doc): doc is ParsedDoc => !('message' in doc));
  const notes = new Map(parsed.filter((doc) => isNoteFile(doc.file)).map((doc) => [doc.route, doc]));
  const check = (file: string, where: string, ref: unknown, field: string): DocProblem[] => {
    if (typeof ref !== 'string' || ref === '') {
      return [
        {file, where, message: `缺少 ${field}：写讲解它的笔记路径（可带标题锚点），例如 ${[...notes.keys()][0]}`},
      ];
    }
    const [route, hash] = ref.split('#');
    const note = notes.get(route);
    if (!note) {
      const typo = typoOf(route, notes.keys());
      return [
        {
          file,
          where,
          message: `${route} 不是本站的笔记${typo ? `，是不是 ${typo}？` : '（可能已删除或改名）：'}请写成笔记的路径，例如 /docs/<分组>/<文件名>。`,
        },
      ];
    }
    if (hash !== undefined && !note.anchors.has(hash)) {
      const known = [...note.anchors].slice(0, 8).join('、');
      return [{file, where, message: `${route} 上没有标题锚点 #${hash}。可用的锚点有：${known}。`}];
    }
    return [];
  };
  return [
    ...eachEntry(
      data.glossary,
      'src/data/glossary.ts',
      (t, i) => `术语 ${idOf(t, i)}`,
      (term) => check('src/data/glossary.ts', `术语 "${term.id}" › note`, term.note, 'note'),
    ),
    ...eachEntry(
      data.learningPath,
      'src/data/learningPath.ts',
      (s, i) => `步骤 ${idOf(s, i)}`,
      (step) =>
        eachEntry(
          required(step.items, 'items'),
          'src/data/learningPath.ts',
          (item, i) => `条目 ${idOf(item, i)}`,
          (item) =>
            'note' in item.target
              ? check('src/data/learningPath.ts', `条目 "${item.id}" › target.note`, item.target.note, 'target.note')
              : [],
        ),
    ),
    ...eachEntry(
      data.resources,
      'src/data/resources.ts',
      (r, i) => `条目 ${idOf(r, i)}`,
      (resource) =>
        (resource.notes ?? []).flatMap((note, i) =>
          check('src/data/resources.ts', `条目 "${resource.id}" › notes.${i}`, note, `notes.${i}`),
        ),
    ),
    // The case page must exist and show the article's card (its summary links to it).
    ...eachEntry(
      data.caseStudies,
      'src/data/cases.ts',
      (c, i) => `案例 ${idOf(c, i)}`,
      (study) =>
        check(
          'src/data/cases.ts',
          `案例 "${study.id}" › id 与 resourceId（页面 docs/practice/${study.id}.mdx 要用 <ResourceList> 列出这条资源）`,
          `/docs/practice/${study.id}#${study.resourceId}`,
          'id',
        ),
    ),
    ...eachEntry(
      data.apiChanges,
      'src/data/apiChanges.ts',
      (c, i) => `条目 ${idOf(c, i)}`,
      (change) =>
        change.note ? check('src/data/apiChanges.ts', `条目 "${change.id}" › note`, change.note, 'note') : [],
    ),
    ...eachEntry(
      Object.entries(data.topicGaps ?? {}),
      'src/data/taxonomy.ts',
      ([topic]) => `TOPIC_GAPS › ${topic}`,
      ([topic, gap]) =>
        check(
          'src/data/taxonomy.ts',
          `TOPIC_GAPS › ${topic} › alternative.note`,
          required(gap?.alternative, 'alternative').note,
          'alternative.note',
        ),
    ),
  ];
}

interface DataText {
  file: string;
  where: string;
  text: string | undefined;
  /** Texts shown together with this one (a card's summary and changes): the replacement may be in any of them. */
  shownWith?: {text: string; as: string};
}

/** The data files' own text that pages render (titles of other people's articles are theirs, and not checked). */
function dataTexts(data: HubData): DataText[] {
  return [
    ...eachText(data.glossary, (term) => [
      {file: 'src/data/glossary.ts', where: `术语 "${term.id}" › zh`, text: term.zh},
      {file: 'src/data/glossary.ts', where: `术语 "${term.id}" › definition`, text: term.definition},
    ]),
    ...eachText(data.resources, (r) => {
      const card = {
        text: [r.title, r.summary, r.changes, r.accessNote].join('\n'),
        as: '同一张资源卡片上（title、summary、changes、accessNote）',
      };
      return (['summary', 'changes', 'accessNote'] as const).map((field) => ({
        file: 'src/data/resources.ts',
        where: `条目 "${r.id}" › ${field}`,
        text: r[field],
        shownWith: card,
      }));
    }),
    ...eachText(data.learningPath, (step) => [
      {file: 'src/data/learningPath.ts', where: `步骤 "${step.id}" › goal`, text: step.goal},
      ...eachText(step.items, (item) => [
        {file: 'src/data/learningPath.ts', where: `条目 "${item.id}" › why`, text: item.why},
      ]),
    ]),
    ...eachText(data.caseStudies, (study) => {
      const page = {text: [study.scenario, ...study.lessons].join('\n'), as: '同一个案例里（scenario、lessons）'};
      return [study.scenario, ...study.lessons].map((text, i) => ({
        file: 'src/data/cases.ts',
        where: `案例 "${study.id}" › ${i === 0 ? 'scenario' : `lessons.${i - 1}`}`,
        text,
        shownWith: page,
      }));
    }),
    // The explorer shows a declared gap's reason and link text when its topic is chosen.
    ...eachText(Object.entries(data.topicGaps ?? {}), ([topic, gap]) => [
      {file: 'src/data/taxonomy.ts', where: `TOPIC_GAPS › ${topic} › reason`, text: gap?.reason},
      {file: 'src/data/taxonomy.ts', where: `TOPIC_GAPS › ${topic} › alternative.label`, text: gap?.alternative.label},
    ]),
  ];
}

function eachText<T>(list: readonly T[] | undefined, texts: (entry: T) => DataText[]): DataText[] {
  return (list ?? []).flatMap((entry) => {
    try {
      return texts(entry);
    } catch {
      // An entry missing its texts: the entry's own schema test reports it.
      return [];
    }
  });
}

/** The hub's terms in the data files' own text. */
export function checkDataTerms(data: HubData = HUB_DATA): DocProblem[] {
  const strings: DataText[] = [
    ...dataTexts(data),
    ...eachText(data.apiChanges, (change) => [
      {file: 'src/data/apiChanges.ts', where: `条目 "${change.id}" › replacement`, text: change.replacement},
    ]),
  ];
  return strings.flatMap(({file, where, text}) =>
    typeof text === 'string' ? termProblems(text).map((message) => ({file, where, message})) : [],
  );
}

/**
 * The rule the pages follow, on the data texts the pages render: a text that
 * names a removed or renamed API also names its replacement (on a resource
 * card, its summary, changes and access note are read together).
 */
export function checkDataApiNames(data: HubData = HUB_DATA): DocProblem[] {
  return dataTexts(data).flatMap(({file, where, text, shownWith}) =>
    typeof text === 'string'
      ? oldApisWithoutReplacement(text, shownWith?.text ?? text).map(({change, name}) => ({
          file,
          where,
          message: `提到了 ${name}，${replacementMessage(change, shownWith?.as ?? '同一段文字里')}`,
        }))
      : [],
  );
}
