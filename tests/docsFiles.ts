import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {mdxParser} from '../plugins/search/extractSections';
import {isNoteFile, routeOf} from './docsRules';

export const DOCS_DIR = path.join(__dirname, '..', 'docs');

export interface DocFile {
  /** Path relative to the repository, for messages: docs/blogs/state-backends.mdx */
  file: string;
  /** The page's route: /docs/blogs/state-backends */
  route: string;
  frontMatter: Record<string, unknown>;
  source: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every Markdown/MDX page under docs/, with its parsed frontmatter. */
export function readDocs(dir = DOCS_DIR): DocFile[] {
  return walk(dir).map((full) => {
    const file = `docs/${path.relative(dir, full).replace(/\\/g, '/')}`;
    const source = readFileSync(full, 'utf8');
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(source);
    } catch (error) {
      throw new Error(`${file}：frontmatter 无法解析：${(error as Error).message}`);
    }
    return {file, route: routeOf(file, parsed.data), frontMatter: parsed.data, source};
  });
}

export function isNote(doc: DocFile): boolean {
  return isNoteFile(doc.file);
}

export interface CodeFence {
  language: string;
  title: string | undefined;
  code: string;
}

/** The fenced code blocks of a page, in order, read with the docs' own MDX parser. */
export function codeFences(source: string): CodeFence[] {
  const fences: CodeFence[] = [];
  visit(mdxParser.parse(matter(source).content) as Root, 'code', (node: Code) => {
    fences.push({language: node.lang ?? '', title: /title="([^"]*)"/.exec(node.meta ?? '')?.[1], code: node.value});
  });
  return fences;
}
