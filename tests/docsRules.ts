/**
 * Rules every page under docs/ follows, and the data files that point into
 * the pages. Each problem names the file, the place in it and the fix, once.
 * tests/unit/docs.test.ts runs them over the real docs, and over bad fixtures
 * beside a small fixture site (so each rule is seen failing without involving
 * a contributor's own pages).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {createSlugger} from '@docusaurus/utils';
import matter from 'gray-matter';
import type {Heading, Image, InlineCode, Link, Nodes, Root, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {checkFrontMatter} from '../plugins/notes/frontMatter';
import {isNoteFile} from '../plugins/notes/noteFiles';
import type {DocProblem} from '../plugins/notes/problems';
import {resolveResourceList} from '../plugins/remark-inline-resources/resolveResourceList';
import {mdxParser} from '../plugins/search/extractSections';
import {apiChanges, changeStatus} from '../src/data/apiChanges';
import {caseStudies} from '../src/data/cases';
import {glossary} from '../src/data/glossary';
import {learningPath} from '../src/data/learningPath';
import {resources} from '../src/data/resources';
import {TOPIC_GAPS} from '../src/data/taxonomy';
import {labPath, labs} from '../src/labs/catalog';
import {findApiMentions, findApiUses, type CodeLanguage} from '../src/migrate/findApiUses';
import {isLegacyFence} from '../src/theme/CodeBlock/legacyFence';
import {codeFences, REPO_DIR, type DocFile} from './docsFiles';

export {formatDocProblem, type DocProblem} from '../plugins/notes/problems';

/** Site pages outside docs/ that docs may link to. */
const OTHER_ROUTES = ['/', '/resources', '/search', '/labs', ...labs.map((lab) => labPath(lab.id))];
const STATIC_DIR = path.join(REPO_DIR, 'static');

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

interface ParsedDoc extends DocFile {
  tree: Root;
  /** Lines of frontmatter above the MDX body, to report lines of the whole file. */
  bodyLine: number;
  anchors: Set<string>;
  /** The page's own words: what search indexes and readers read, without code. */
  prose: {text: string; where: string}[];
}

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function stringAttr(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
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
    default: {
      const id = stringAttr(node, 'id');
      return id ? [id] : [];
    }
  }
}

function parse(doc: DocFile): ParsedDoc | DocProblem {
  if (doc.yamlError !== undefined) {
    return {
      file: doc.file,
      where: 'frontmatter',
      message: `不是合法的 YAML（${doc.yamlError}）。请检查开头和结尾的 --- 两行、冒号后的空格；值里有冒号时用引号括起来，例如 title: "状态：后端"。`,
    };
  }
  let tree: Root;
  const body = matter(doc.source).content;
  const bodyLine = doc.source.slice(0, doc.source.length - body.length).split('\n').length - 1;
  try {
    tree = mdxParser.parse(body) as Root;
  } catch (error) {
    return {
      file: doc.file,
      message: `MDX 无法解析：${(error as Error).message}。常见原因：JSX 标签没有闭合、正文里的 { } < 需要写成代码或转义。`,
    };
  }
  const slugger = createSlugger();
  const anchors = new Set<string>();
  const prose: ParsedDoc['prose'] = [];
  if (Array.isArray(doc.frontMatter.sources)) anchors.add('依据');
  for (const key of ['title', 'description', 'sidebar_label'] as const) {
    const value = doc.frontMatter[key];
    if (typeof value === 'string') prose.push({text: value, where: `frontmatter.${key}`});
  }
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      anchors.add(slugger.slug(toString(node as Heading)));
      prose.push({text: toString(node as Heading), where: `标题「${toString(node as Heading)}」`});
      return 'skip';
    }
    if (node.type === 'text') prose.push({text: (node as Text).value, where: '正文'});
    if (isJsx(node)) {
      componentAnchors(node).forEach((id) => anchors.add(id));
      for (const name of ['alt', 'caption', 'title']) {
        const value = stringAttr(node, name);
        if (value) prose.push({text: value, where: `<${node.name}> 的 ${name}`});
      }
    }
    return undefined;
  });
  return {...doc, tree, bodyLine, anchors, prose};
}

/** Where a link leads, as a site route and an anchor; `undefined` for links that leave the site or name a file. */
function resolveLink(
  doc: ParsedDoc,
  url: string,
  routes: Map<string, ParsedDoc>,
): {route: string; hash: string} | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [target, hash = ''] = url.split('#');
  if (target === '') return {route: doc.route, hash};
  const pathPart = target.split('?')[0];
  if (/\.mdx?$/.test(pathPart)) {
    // A link to a Markdown file, resolved like Docusaurus: relative to the file.
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(doc.file), pathPart));
    const page = [...routes.values()].find((candidate) => candidate.file === file);
    return {route: page?.route ?? `(文件 ${file})`, hash};
  }
  const route = new URL(pathPart, `https://hub.invalid${doc.route}`).pathname.replace(/\/$/, '') || '/';
  return {route, hash};
}

function checkLinks(doc: ParsedDoc, routes: Map<string, ParsedDoc>): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, 'link', (node: Link) => {
    const resolved = resolveLink(doc, node.url, routes);
    if (!resolved) return;
    const {route, hash} = resolved;
    const target = routes.get(route);
    if (!target) {
      if (OTHER_ROUTES.includes(route) || existsSync(path.join(STATIC_DIR, route))) return;
      problems.push({
        file: doc.file,
        where: `链接 ${node.url}`,
        message: `指向的页面 ${route} 不存在。站内链接请写成 docs/ 下已有页面的路径，例如 /docs/blogs/state-backends。`,
      });
    } else if (hash && !target.anchors.has(decodeURIComponent(hash))) {
      const known = [...target.anchors].slice(0, 8).join('、');
      problems.push({
        file: doc.file,
        where: `链接 ${node.url}`,
        message: `页面 ${route} 存在，但没有锚点 #${decodeURIComponent(hash)}。可用的锚点有：${known}。`,
      });
    }
  });
  return problems;
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
    const file = src.startsWith('/')
      ? path.join(STATIC_DIR, decodeURIComponent(src))
      : path.join(REPO_DIR, path.dirname(doc.file), decodeURIComponent(src));
    if (!existsSync(file)) {
      problems.push({
        file: doc.file,
        where,
        message: `图片 ${src} 不存在（找的是 ${path.relative(REPO_DIR, file)}）。以 / 开头的地址对应 static/ 下的文件，其他地址相对于本页所在的目录。`,
      });
    }
  };
  visit(doc.tree, (node: Nodes) => {
    if (node.type === 'image') check((node as Image).url, `图片 ${(node as Image).url}`);
    if (isJsx(node)) {
      const src = stringAttr(node, 'src');
      if (src) check(src, `<${node.name}> 的 src`);
    }
  });
  return problems;
}

function checkResourceLists(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  visit(doc.tree, (node: Nodes) => {
    if (isJsx(node) && node.name === 'ResourceList') {
      const shown = resolveResourceList(node);
      if ('problem' in shown) {
        const line = node.position ? `（第 ${node.position.start.line + doc.bodyLine} 行）` : '';
        problems.push({file: doc.file, where: `<ResourceList>${line}`, message: shown.problem});
      }
    }
  });
  return problems;
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

/** Code that uses an old API, unless the block says it shows the old way; prose that names one without its replacement. */
function checkApiChanges(doc: ParsedDoc): DocProblem[] {
  const problems: DocProblem[] = [];
  codeFences(doc.source).forEach((fence) => {
    if (isLegacyFence(fence.meta)) return;
    const where = `第 ${fence.line} 行的代码块${fence.title ? `「${fence.title}」` : ''}`;
    const legacyHint = `如果这个代码块有意展示旧写法，在围栏上标明 legacy，例如 \`\`\`java title="1.x 旧写法" legacy。`;
    const reported = new Set<string>();
    for (const use of findApiUses(fence.code, {language: FENCE_LANGUAGES[fence.language] ?? 'text'})) {
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
          `用了 ${change.old}（${change.removedIn ? `${change.removedWith ?? change.removedIn} 起已不可用` : '已弃用'}），` +
          // A space only before Latin text or code, as the hub's typography wants.
          `请改成${/^[\u4e00-\u9fff]/.test(change.replacement) ? '' : ' '}${change.replacement}。` +
          legacyHint,
      });
    }
  });
  const mentionsTable = /<ApiChangesTable\b/.test(doc.source);
  const prose = [...doc.prose.map((p) => p.text), ...inlineCode(doc.tree)].join('\n');
  for (const {change, name} of findApiMentions(prose)) {
    if (mentionsTable) continue;
    if (change.replacementNames.some((replacement) => doc.source.includes(replacement))) continue;
    problems.push({
      file: doc.file,
      where: `正文提到的 ${name}`,
      message: `这是旧写法（${changeStatus(change)}），同一页上要写出替代写法：${change.replacement}。`,
    });
  }
  return problems;
}

function inlineCode(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, 'inlineCode', (node: InlineCode) => {
    values.push(node.value);
  });
  return values;
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
  return doc.prose.flatMap(({text, where}) => termProblems(text).map((message) => ({file: doc.file, where, message})));
}

/** Every problem of a set of docs; empty when all is well. */
export function checkDocs(docs: DocFile[]): DocProblem[] {
  const problems: DocProblem[] = [];
  const parsed: ParsedDoc[] = [];
  for (const doc of docs) {
    const result = parse(doc);
    if ('message' in result) problems.push(result);
    else parsed.push(result);
  }
  const routes = new Map(parsed.map((doc) => [doc.route, doc]));
  for (const doc of parsed) {
    problems.push(
      ...checkFrontMatter(doc.file, doc.frontMatter),
      ...checkLinks(doc, routes),
      ...checkPictures(doc),
      ...checkResourceLists(doc),
      ...checkApiChanges(doc),
      ...checkTerms(doc),
    );
  }
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

const HUB_DATA: HubData = {glossary, learningPath, resources, caseStudies, apiChanges, topicGaps: TOPIC_GAPS};

/**
 * The data files' references into the pages: each must name a note (and, with
 * an anchor, a heading or entry on it), reported at the data file's entry.
 */
export function checkDataReferences(docs: DocFile[], data: HubData = HUB_DATA): DocProblem[] {
  const parsed = docs.map(parse).filter((doc): doc is ParsedDoc => !('message' in doc));
  const notes = new Map(parsed.filter((doc) => isNoteFile(doc.file)).map((doc) => [doc.route, doc]));
  const problems: DocProblem[] = [];
  const check = (file: string, where: string, ref: string) => {
    const [route, hash] = ref.split('#');
    const note = notes.get(route);
    if (!note) {
      const example = [...notes.keys()][0];
      problems.push({file, where, message: `${route} 不是本站的笔记，请写成笔记的路径，例如 ${example}`});
    } else if (hash !== undefined && !note.anchors.has(hash)) {
      const known = [...note.anchors].slice(0, 8).join('、');
      problems.push({file, where, message: `${route} 上没有标题锚点 #${hash}。可用的锚点有：${known}。`});
    }
  };
  for (const term of data.glossary) check('src/data/glossary.ts', `术语 "${term.id}" › note`, term.note);
  for (const step of data.learningPath) {
    for (const item of step.items) {
      if ('note' in item.target) check('src/data/learningPath.ts', `条目 "${item.id}" › target.note`, item.target.note);
    }
  }
  for (const resource of data.resources) {
    (resource.notes ?? []).forEach((note, i) =>
      check('src/data/resources.ts', `条目 "${resource.id}" › notes.${i}`, note),
    );
  }
  for (const study of data.caseStudies) {
    // The case page must exist and show the article's card (its summary links to it).
    check(
      'src/data/cases.ts',
      `案例 "${study.id}" › id 与 resourceId（页面 docs/practice/${study.id}.mdx 要用 <ResourceList> 列出这条资源）`,
      `/docs/practice/${study.id}#${study.resourceId}`,
    );
  }
  for (const change of data.apiChanges) {
    if (change.note) check('src/data/apiChanges.ts', `条目 "${change.id}" › note`, change.note);
  }
  for (const [topic, gap] of Object.entries(data.topicGaps)) {
    check('src/data/taxonomy.ts', `TOPIC_GAPS › ${topic} › alternative.note`, gap.alternative.note);
  }
  return problems;
}

/** The hub's terms in the data files' own text (titles of other people's articles are theirs, and not checked). */
export function checkDataTerms(): DocProblem[] {
  const strings: {file: string; where: string; text: string | undefined}[] = [
    ...glossary.flatMap((term) => [
      {file: 'src/data/glossary.ts', where: `术语 "${term.id}" › zh`, text: term.zh},
      {file: 'src/data/glossary.ts', where: `术语 "${term.id}" › definition`, text: term.definition},
    ]),
    ...resources.flatMap((r) =>
      (['summary', 'changes', 'accessNote'] as const).map((field) => ({
        file: 'src/data/resources.ts',
        where: `条目 "${r.id}" › ${field}`,
        text: r[field],
      })),
    ),
    ...learningPath.flatMap((step) => [
      {file: 'src/data/learningPath.ts', where: `步骤 "${step.id}" › goal`, text: step.goal},
      ...step.items.map((item) => ({
        file: 'src/data/learningPath.ts',
        where: `条目 "${item.id}" › why`,
        text: item.why,
      })),
    ]),
    ...caseStudies.flatMap((study) =>
      [study.scenario, ...study.lessons].map((text, i) => ({
        file: 'src/data/cases.ts',
        where: `案例 "${study.id}" › ${i === 0 ? 'scenario' : `lessons.${i - 1}`}`,
        text,
      })),
    ),
    ...apiChanges.map((change) => ({
      file: 'src/data/apiChanges.ts',
      where: `条目 "${change.id}" › replacement`,
      text: change.replacement,
    })),
    ...Object.entries(TOPIC_GAPS).flatMap(([topic, gap]) => [
      {file: 'src/data/taxonomy.ts', where: `TOPIC_GAPS › ${topic} › reason`, text: gap.reason},
      {file: 'src/data/taxonomy.ts', where: `TOPIC_GAPS › ${topic} › alternative.label`, text: gap.alternative.label},
    ]),
  ];
  return strings.flatMap(({file, where, text}) =>
    text ? termProblems(text).map((message) => ({file, where, message})) : [],
  );
}
