import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {isNoteFile, routeOf} from '../plugins/notes/noteFiles';
import {mdxParser} from '../plugins/search/extractSections';

export const REPO_DIR = path.join(__dirname, '..');
export const DOCS_DIR = path.join(REPO_DIR, 'docs');

export interface DocFile {
  /** Path relative to the repository, for messages: docs/blogs/state-backends.mdx */
  file: string;
  /** The page's route: /docs/blogs/state-backends */
  route: string;
  /** Empty when the frontmatter is not valid YAML (see `yamlError`). */
  frontMatter: Record<string, unknown>;
  /** The whole file, frontmatter included. */
  source: string;
  /** Why the frontmatter could not be read, if it could not. */
  yamlError?: string;
}

// Docusaurus skips files and folders whose name starts with _ (partials).
function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith('_')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

/** A page given by its repository path and text; a malformed frontmatter is kept as `yamlError`, never thrown. */
export function docFile(file: string, source: string): DocFile {
  try {
    const {data} = matter(source);
    return {file, route: routeOf(file, data), frontMatter: data, source};
  } catch (error) {
    const reason = (error as {reason?: string}).reason ?? (error as Error).message;
    return {file, route: routeOf(file, {}), frontMatter: {}, source, yamlError: reason};
  }
}

/** Every Markdown/MDX page under docs/. Reading never throws: a broken page is reported by the docs rules. */
export function readDocs(dir = DOCS_DIR): DocFile[] {
  return walk(dir).map((full) =>
    docFile(`docs/${path.relative(dir, full).replace(/\\/g, '/')}`, readFileSync(full, 'utf8')),
  );
}

export function isNote(doc: DocFile): boolean {
  return isNoteFile(doc.file);
}

export interface CodeFence {
  language: string;
  title: string | undefined;
  /** Everything after the language on the fence line: title="…", legacy, {1,3}… */
  meta: string;
  code: string;
  /** Line of the opening fence in the file. */
  line: number;
}

/** The fenced code blocks of a page, in order, read with the docs' own MDX parser. */
export function codeFences(source: string): CodeFence[] {
  const {content} = matter(source);
  const offset = source.slice(0, source.length - content.length).split('\n').length - 1;
  const fences: CodeFence[] = [];
  visit(mdxParser.parse(content) as Root, 'code', (node: Code) => {
    fences.push({
      language: node.lang ?? '',
      title: /title="([^"]*)"/.exec(node.meta ?? '')?.[1],
      meta: node.meta ?? '',
      code: node.value,
      line: (node.position?.start.line ?? 1) + offset,
    });
  });
  return fences;
}
