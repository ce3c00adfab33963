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
 * - publishes the notes' self-check questions as two modules that only the
 *   pages importing them load (src/selfCheck/generated.d.ts): every question
 *   for the review page, and the question ids per note for the learning path.
 *   Global data would put them in every page's bundle.
 */
/** Frontmatter keys that pages read from the doc's metadata, so the MDX module need not carry them too. */
export const METADATA_ONLY_KEYS = ['sources', 'quiz'];

export default function notesPlugin(context: LoadContext): Plugin {
  return {
    name: 'hub-notes',
    configureWebpack() {
      // One copy of the long frontmatter keys, in the metadata (see the loader).
      return {
        module: {
          rules: [
            {
              test: /\.mdx?$/,
              include: [path.join(context.siteDir, 'docs')],
              enforce: 'post' as const,
              use: [{loader: require.resolve('./dropFrontMatterCopy.cjs'), options: {keys: METADATA_ONLY_KEYS}}],
            },
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
          description: doc.description,
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
    },
  };
}
