import type {Resource} from '../../src/data/resources';
import {isNote, type DocFile} from '../../tests/docsFiles';
import type {Target} from './checkAll';

/** Every address of the catalog: each entry's URL, its series parts and its archived copy. */
export function catalogTargets(resources: Resource[]): Target[] {
  return resources.flatMap((resource) => [
    {id: resource.id, field: 'url', url: resource.url},
    ...(resource.parts ?? [])
      .slice(1)
      .map((part, i) => ({id: resource.id, field: `parts.${i + 1}.url`, url: part.url})),
    ...(resource.link.archiveUrl ? [{id: resource.id, field: 'link.archiveUrl', url: resource.link.archiveUrl}] : []),
  ]);
}

/**
 * The sources the notes cite (their `sources` frontmatter), each under the
 * note's file: a made-up or moved page fails only here, where there is a
 * network to ask.
 */
export function noteSourceTargets(docs: DocFile[]): Target[] {
  return docs.filter(isNote).flatMap((doc) => {
    const sources: unknown[] = Array.isArray(doc.frontMatter.sources) ? doc.frontMatter.sources : [];
    return sources.flatMap((source, i) => {
      const url = (source as {url?: unknown} | null)?.url;
      return typeof url === 'string' && URL.canParse(url) ? [{id: doc.file, field: `sources.${i}.url`, url}] : [];
    });
  });
}
