import path from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {NotesData} from '../../src/hooks/useNotes';
import {checkFrontMatter} from './frontMatter';
import {groupOf, isNoteFile} from './noteFiles';
import {formatDocProblem} from './problems';
import {noteQuizzes, quizDuplicates} from './quiz';

/**
 * The notes are the files in the group folders, nothing more. This plugin
 * reads them from the docs plugin's loaded content and:
 * - fails the build when a page's frontmatter breaks the docs rules (the unit
 *   tests run the same check), so `npm start` refuses a broken note too;
 * - publishes the list of notes as global data, for the learning path, the
 *   glossary and the resource cards (useNotes), so no list is kept by hand;
 * - publishes the notes' self-check questions as modules that only the
 *   pages importing them load (src/generated.d.ts): every question
 *   for the review page, the question ids per note for the learning path,
 *   and each note's sources and questions for its islands, which the
 *   browser's copy of the note's metadata leaves out (lateKeysInBrowser.cjs).
 *   Global data would put them in every page's bundle;
 * - keeps text a page does not show out of its bundle (the webpack rules
 *   below, and the group pages' card descriptions);
 * - gives the server build the self-check section itself for the island
 *   that the browser loads later (SELF_CHECK_ON_SERVER).
 */
/**
 * Long frontmatter keys: pages read them from the doc's metadata, so the MDX
 * module need not carry them too; and in the browser even the metadata
 * carries only their length (the sections that show them load them late).
 */
export const METADATA_ONLY_KEYS = ['sources', 'quiz'];

/**
 * The self-check section for the server render, imported by
 * src/components/SelfCheck/Island. React would stream a lazy component's
 * large markup into a hidden element that only a script reveals
 * (react-dom/server's progressiveChunkSize), so the server build imports the
 * component itself; the browser gets a component that renders nothing, and
 * loads the real one as an island.
 */
const SELF_CHECK_ON_SERVER = '@hub-notes/self-check-on-server';

export default function notesPlugin(context: LoadContext): Plugin {
  const selfCheck = path.join(context.siteDir, 'src/components/SelfCheck');
  return {
    name: 'hub-notes',
    configureWebpack(_config, isServer) {
      return {
        resolve: {
          alias: {
            [SELF_CHECK_ON_SERVER]: path.join(selfCheck, isServer ? 'index.tsx' : 'NotInBrowser.tsx'),
          },
        },
        // Keep long text off pages that do not show it (see each loader).
        module: {
          rules: [
            {
              test: /\.mdx?$/,
              include: [path.join(context.siteDir, 'docs')],
              enforce: 'post' as const,
              use: [{loader: require.resolve('./dropFrontMatterCopy.cjs'), options: {keys: METADATA_ONLY_KEYS}}],
            },
            {
              // The docs plugin's props (the version's metadata among them).
              test: /[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]p[\\/][^\\/]+\.json$/,
              use: [{loader: require.resolve('./dropDocDescriptions.cjs')}],
            },
            // Each doc's own metadata: the browser loads sources and questions with their islands.
            ...(isServer
              ? []
              : [
                  {
                    test: /[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]site-docs-[^\\/]+\.json$/,
                    use: [{loader: require.resolve('./lateKeysInBrowser.cjs'), options: {keys: METADATA_ONLY_KEYS}}],
                  },
                ]),
          ],
        },
      };
    },
    async allContentLoaded({allContent, actions}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!content) throw new Error('hub-notes：没有找到文档插件的内容');
      const docs = content.loadedVersions.flatMap((version) => version.docs);
      const fileOf = (source: string) => path.posix.normalize(source.replace(/^@site\//, ''));

      const problems = [
        ...docs.flatMap((doc) => checkFrontMatter(fileOf(doc.source), doc.frontMatter)),
        ...quizDuplicates(docs.map((doc) => ({file: fileOf(doc.source), frontMatter: doc.frontMatter}))),
      ];
      if (problems.length > 0) {
        throw new Error(`文档有 ${problems.length} 处问题，请先修正：\n${problems.map(formatDocProblem).join('\n')}`);
      }

      const notes = docs
        .filter((doc) => isNoteFile(fileOf(doc.source)))
        .map((doc) => ({doc, path: `/${doc.permalink.slice(context.baseUrl.length)}`}));
      const data: NotesData = {
        notes: notes.map(({doc, path: notePath}) => ({
          path: notePath,
          title: doc.title,
          group: groupOf(fileOf(doc.source))!,
        })),
      };
      actions.setGlobalData(data);

      const quizzes = noteQuizzes(
        notes.map(({doc, path: notePath}) => ({path: notePath, title: doc.title, frontMatter: doc.frontMatter})),
      );
      const ids = Object.fromEntries(quizzes.map((note) => [note.path, note.questions.map((q) => q.id)]));
      // JS modules, not .json: webpack writes a JSON module's Chinese text as
      // \uXXXX escapes, twice the bytes of the UTF-8 the minifier keeps (utf8-js).
      await actions.createData('self-check.js', `export default ${JSON.stringify(quizzes)};\n`);
      await actions.createData('self-check-ids.js', `export default ${JSON.stringify(ids)};\n`);
      // One module per note with its sources and questions, which the
      // browser's copy of its metadata leaves out, and a map from note path
      // to its loader (src/notes/lateFrontMatter.ts).
      const loaders: string[] = [];
      // Every doc with either key, not only notes: any page may cite sources.
      for (const doc of docs.filter((d) => Array.isArray(d.frontMatter.sources) || Array.isArray(d.frontMatter.quiz))) {
        const notePath = `/${doc.permalink.slice(context.baseUrl.length)}`;
        const file = `late-frontmatter-${notePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.js`;
        // As written, like the server's copy the sections are rendered from.
        const late = {sources: doc.frontMatter.sources ?? [], quiz: doc.frontMatter.quiz ?? []};
        await actions.createData(file, `export default ${JSON.stringify(late)};\n`);
        loaders.push(`  ${JSON.stringify(notePath)}: () => import(${JSON.stringify(`./${file}`)}),`);
      }
      await actions.createData('late-frontmatter.js', `export default {\n${loaders.join('\n')}\n};\n`);
      // For the group pages' cards only: the docs plugin's own copy is
      // dropped from every page (see dropDocDescriptions.cjs).
      const descriptions = Object.fromEntries(
        docs.filter((doc) => groupOf(fileOf(doc.source))).map((doc) => [doc.id, doc.description]),
      );
      await actions.createData('doc-descriptions.js', `export default ${JSON.stringify(descriptions)};\n`);
    },
  };
}
