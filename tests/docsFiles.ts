import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export const DOCS_DIR = path.join(__dirname, '..', 'docs');

export interface DocFile {
  /** Path relative to the repository, for messages: docs/blogs/state-backends.mdx */
  file: string;
  /** The page's route: /docs/blogs/state-backends */
  route: string;
  frontMatter: Record<string, unknown>;
  body: string;
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
    const {data, content} = matter(readFileSync(full, 'utf8'));
    const relative = path.relative(dir, full).replace(/\\/g, '/');
    const slug =
      typeof data.slug === 'string' ? data.slug : `/${relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
    return {file: `docs/${relative}`, route: `/docs${slug}`.replace(/\/$/, ''), frontMatter: data, body: content};
  });
}

/**
 * Notes live in a group's folder (docs/<group>/<note>.mdx); the group's
 * index page and the top-level pages (guide, learning path, glossary) are
 * not notes.
 */
export function isNote(doc: DocFile): boolean {
  return /^docs\/[^/]+\/[^/]+\.mdx?$/.test(doc.file) && !/\/index\.mdx?$/.test(doc.file);
}
