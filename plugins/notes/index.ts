import path from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {NotesData} from '../../src/hooks/useNotes';
import {checkFrontMatter} from './frontMatter';
import {groupOf, isNoteFile} from './noteFiles';
import {formatDocProblem} from './problems';

/**
 * The notes are the files in the group folders, nothing more. This plugin
 * reads them from the docs plugin's loaded content and:
 * - fails the build when a page's frontmatter breaks the docs rules (the unit
 *   tests run the same check), so `npm start` refuses a broken note too;
 * - publishes the list of notes as global data, for the learning path, the
 *   glossary and the resource cards (useNotes), so no list is kept by hand.
 */
export default function notesPlugin(context: LoadContext): Plugin {
  return {
    name: 'hub-notes',
    async allContentLoaded({allContent, actions}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!content) throw new Error('hub-notes：没有找到文档插件的内容');
      const docs = content.loadedVersions.flatMap((version) => version.docs);
      const fileOf = (source: string) => path.posix.normalize(source.replace(/^@site\//, ''));

      const problems = docs.flatMap((doc) => checkFrontMatter(fileOf(doc.source), doc.frontMatter));
      if (problems.length > 0) {
        throw new Error(`文档有 ${problems.length} 处问题，请先修正：\n${problems.map(formatDocProblem).join('\n')}`);
      }

      const data: NotesData = {
        notes: docs
          .filter((doc) => isNoteFile(fileOf(doc.source)))
          .map((doc) => ({
            path: `/${doc.permalink.slice(context.baseUrl.length)}`,
            title: doc.title,
            group: groupOf(fileOf(doc.source))!,
            description: doc.description,
          })),
      };
      actions.setGlobalData(data);
    },
  };
}
