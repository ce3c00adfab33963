import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {glossary} from '../../src/data/glossary';
import {resources} from '../../src/data/resources';
import {buildRecords, type PageSource} from './buildRecords';

interface LoadedDoc {
  permalink: string;
  title: string;
  source: string;
}

interface DocsContent {
  loadedVersions: {docs: LoadedDoc[]}[];
}

/**
 * Builds the search records at build time and writes them as a module that
 * webpack turns into a chunk of its own. The search box loads that chunk with
 * import() on first use: a script, which also works in the copy read from
 * disk (file://), where fetch() of a JSON file is blocked.
 */
export default function searchIndexPlugin(context: LoadContext): Plugin {
  return {
    name: 'hub-search',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!docs) throw new Error('hub-search: 没有找到文档插件的内容');
      const pages: PageSource[] = await Promise.all(
        docs.loadedVersions.flatMap((version) =>
          version.docs.map(async (doc) => ({
            // Site paths, as for the catalog and glossary records: a doc's
            // permalink starts with the base URL, which the client adds
            // (through <Link> and useNavigateTo) where the site is hosted.
            permalink: `/${doc.permalink.slice(context.baseUrl.length)}`,
            title: doc.title,
            source: await readFile(path.join(context.siteDir, doc.source.replace(/^@site\//, '')), 'utf8'),
          })),
        ),
      );
      // A JS module, not .json: webpack writes a JSON module's Chinese text as
      // \uXXXX escapes, twice the bytes of the UTF-8 the minifier keeps (utf8-js).
      await actions.createData(
        'search-index.js',
        `export default ${JSON.stringify(buildRecords(pages, resources, glossary))};\n`,
      );
    },
  };
}
