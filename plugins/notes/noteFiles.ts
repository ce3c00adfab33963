import {DefaultNumberPrefixParser, stripNumberPrefix} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {GROUPS, type Group} from '../../src/data/taxonomy';

/**
 * Where pages live. A note is any page in a group's folder, at any depth
 * (docs/blogs/kafka/offsets.mdx too), other than the group's own index page;
 * nothing else marks it as a note, so adding one is adding one file.
 */

/** Repository path of a doc, e.g. docs/blogs/state-backends.mdx. */
export type DocFileName = string;

/** The group whose folder holds the file; a number prefix (docs/20-blogs/) is dropped, as Docusaurus drops it from routes. */
export function groupOf(file: DocFileName): Group | undefined {
  const folder = /^docs\/([^/]+)\//.exec(file)?.[1];
  if (folder === undefined) return undefined;
  const name = stripNumberPrefix(folder, DefaultNumberPrefixParser);
  return GROUPS.find((group) => group === name);
}

export function isNoteFile(file: DocFileName): boolean {
  return groupOf(file) !== undefined && !/^docs\/[^/]+\/index\.mdx?$/.test(file);
}
