import {readFileSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PARTS_GLOBAL, partPath} from '../../src/search/indexFormat';
import {buildSearchIndex, type SearchIndexFiles} from './buildIndex';
import type {PageSource} from './buildRecords';
import {siteSearchContent} from './siteContent';
import {isNoteFile} from '../notes/noteFiles';
import {noteQuizzes} from '../notes/quiz';

interface LoadedDoc {
  permalink: string;
  title: string;
  source: string;
  frontMatter: Record<string, unknown>;
}

interface DocsContent {
  loadedVersions: {docs: LoadedDoc[]}[];
}

/** The script a shard or store is served as: it files its data under its name for the loader to pick up. */
export function partScript(name: string, data: unknown): string {
  return `(self.${PARTS_GLOBAL}=self.${PARTS_GLOBAL}||{})[${JSON.stringify(name)}]=${JSON.stringify(data)};\n`;
}

/**
 * Builds the search index at build time in two kinds of pieces:
 * - the head (counts and the alias table), a module that webpack turns into
 *   a chunk: the search box loads it with import() on first use;
 * - shards and stores, emitted as plain scripts under assets/search/<version>/
 *   and loaded a few at a time as a query needs them. Not webpack chunks:
 *   every chunk adds its name to the runtime that every page loads, and a
 *   large hub has thousands of these.
 * Both load as scripts, which also works in the copy read from disk
 * (file://), where fetch() of a JSON file is blocked.
 */
export default function searchIndexPlugin(context: LoadContext): Plugin {
  // Written by allContentLoaded, read by every client compilation (also on
  // each rebuild of `npm start`, after the docs change).
  const partsFile = path.join(context.generatedFilesDir, 'hub-search', 'parts.json');
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
      const notes = docs.loadedVersions
        .flatMap((version) => version.docs)
        .filter((doc) => isNoteFile(doc.source.replace(/^@site\//, '')))
        .map((doc) => ({
          path: `/${doc.permalink.slice(context.baseUrl.length)}`,
          title: doc.title,
          frontMatter: doc.frontMatter,
        }));
      const questions = noteQuizzes(notes);
      const {records, aliases} = siteSearchContent({pages, questions});
      const index = buildSearchIndex(records, aliases);
      await mkdir(path.dirname(partsFile), {recursive: true});
      await writeFile(partsFile, JSON.stringify(index));
      // A JS module, not .json: webpack writes a JSON module's Chinese text as
      // \uXXXX escapes, twice the bytes of the UTF-8 the minifier keeps (utf8-js).
      await actions.createData('search-index.js', `export default ${JSON.stringify(index.head)};\n`);
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler) {
              const name = 'hub-search-parts';
              const {Compilation, sources} = compiler.webpack;
              compiler.hooks.thisCompilation.tap(name, (compilation) => {
                compilation.hooks.processAssets.tap({name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
                  const {head, parts} = JSON.parse(readFileSync(partsFile, 'utf8')) as SearchIndexFiles;
                  for (const [part, data] of Object.entries(parts)) {
                    // Written compact already: minifying thousands of data files would only slow the build.
                    compilation.emitAsset(partPath(head.version, part), new sources.RawSource(partScript(part, data)), {
                      minimized: true,
                    });
                  }
                });
              });
            },
          },
        ],
      };
    },
  };
}
