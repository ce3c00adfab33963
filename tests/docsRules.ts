/**
 * Rules every page under docs/ must follow, each problem named with its file
 * and the fix. tests/unit/docs.test.ts runs them over the real docs and over
 * bad fixtures (so each rule is seen failing).
 */
import matter from 'gray-matter';
import type {Image, Link, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {extractSections, mdxParser} from '../plugins/search/extractSections';
import {glossary} from '../src/data/glossary';

export interface DocSource {
  /** Repository path, e.g. docs/blogs/state-backends.mdx */
  file: string;
  source: string;
}

/** Site pages outside docs/ that docs may link to. */
const OTHER_ROUTES = ['/', '/resources', '/search'];

export function routeOf(file: string, frontMatter: Record<string, unknown>): string {
  const relative = file.replace(/^docs\//, '');
  const slug =
    typeof frontMatter.slug === 'string'
      ? frontMatter.slug
      : `/${relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
  return `/docs${slug}`.replace(/\/$/, '');
}

/** Notes live in a group's folder; index pages and top-level pages are not notes. */
export function isNoteFile(file: string): boolean {
  return /^docs\/[^/]+\/[^/]+\.mdx?$/.test(file) && !/\/index\.mdx?$/.test(file);
}

function frontMatterOf(doc: DocSource): {data: Record<string, unknown>; content: string} | string {
  try {
    const {data, content} = matter(doc.source);
    return {data, content};
  } catch (error) {
    const reason = (error as {reason?: string}).reason ?? (error as Error).message;
    return `${doc.file}：frontmatter 不是合法的 YAML（${reason}）。请检查开头和结尾的 --- 两行、冒号后的空格；值里有冒号时用引号括起来，例如 title: "状态：后端"。`;
  }
}

function isRemote(url: string): boolean {
  return /^(https?:)?\/\//.test(url);
}

/** Every problem of a set of docs; empty when all is well. */
export function checkDocs(docs: DocSource[]): string[] {
  const problems: string[] = [];
  const parsed = docs.flatMap((doc) => {
    const fm = frontMatterOf(doc);
    if (typeof fm === 'string') {
      problems.push(fm);
      return [];
    }
    return [{...doc, ...fm, route: routeOf(doc.file, fm.data)}];
  });

  const anchors = new Map<string, Set<string>>(
    parsed.map((doc) => [doc.route, new Set(extractSections(doc.source).map((s) => s.anchor))]),
  );
  anchors.set(
    '/docs/glossary',
    new Set([...(anchors.get('/docs/glossary') ?? []), ...glossary.map((term) => term.id)]),
  );

  for (const doc of parsed) {
    if (typeof doc.data.title !== 'string') problems.push(`${doc.file}：frontmatter 缺少 title。`);
    if (typeof doc.data.description !== 'string') {
      problems.push(`${doc.file}：frontmatter 缺少 description（一句话说明本页内容，搜索结果和分享卡片会用到）。`);
    }
    if (isNoteFile(doc.file) && typeof doc.data.flink_version !== 'string') {
      problems.push(`${doc.file}：笔记必须在 frontmatter 中写明适用的 Flink 版本，例如 flink_version: 2.0–2.2。`);
    }

    const tree = mdxParser.parse(doc.content) as Root;
    visit(tree, (node) => {
      if (node.type === 'image' && isRemote((node as Image).url)) {
        problems.push(
          `${doc.file}：图片 ${(node as Image).url} 来自其他网站。请自己画成 SVG 放进仓库（docs/<分组>/img/），用 <Figure> 引用。`,
        );
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of node.attributes) {
          if (
            attr.type === 'mdxJsxAttribute' &&
            attr.name === 'src' &&
            typeof attr.value === 'string' &&
            isRemote(attr.value)
          ) {
            problems.push(`${doc.file}：<${node.name}> 的图片 ${attr.value} 来自其他网站。请把图画成 SVG 放进仓库。`);
          }
        }
      }
      if (node.type === 'link' && (node as Link).url.startsWith('/')) {
        const url = (node as Link).url;
        const [pathPart, hash] = url.split('#');
        const route = pathPart.split('?')[0].replace(/\/$/, '') || '/';
        if (!anchors.has(route) && !OTHER_ROUTES.includes(route)) {
          problems.push(
            `${doc.file}：站内链接 ${url} 指向的页面不存在。请改成 docs/ 下已有页面的路径，例如 /docs/blogs/state-backends。`,
          );
        } else if (hash && anchors.has(route) && !anchors.get(route)!.has(decodeURIComponent(hash))) {
          const known = [...anchors.get(route)!].filter(Boolean).slice(0, 8).join('、');
          problems.push(
            `${doc.file}：站内链接 ${url} 的页面存在，但没有锚点 #${decodeURIComponent(hash)}。可用的锚点有：${known}。`,
          );
        }
      }
    });
  }
  return problems;
}
