import {GROUPS, type Group} from '../../src/data/taxonomy';

/**
 * Where pages live. A note is any page in a group's folder other than the
 * group's own index page; nothing else marks it as a note, so adding one is
 * adding one file.
 */

/** Repository path of a doc, e.g. docs/blogs/state-backends.mdx. */
export type DocFileName = string;

export function groupOf(file: DocFileName): Group | undefined {
  const folder = /^docs\/([^/]+)\//.exec(file)?.[1];
  return GROUPS.find((group) => group === folder);
}

export function isNoteFile(file: DocFileName): boolean {
  return groupOf(file) !== undefined && /^docs\/[^/]+\/[^/]+\.mdx?$/.test(file) && !/\/index\.mdx?$/.test(file);
}

/** The route Docusaurus gives a doc, without the site's base URL. */
export function routeOf(file: DocFileName, frontMatter: Record<string, unknown>): string {
  const relative = file.replace(/^docs\//, '');
  const slug =
    typeof frontMatter.slug === 'string'
      ? frontMatter.slug
      : `/${relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
  return `/docs${slug}`.replace(/\/$/, '');
}
