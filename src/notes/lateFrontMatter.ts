import type {QuizQuestion} from '@site/plugins/notes/quiz';
import type {NoteSource} from '@site/src/components/NoteSources';

/** The frontmatter keys the browser's copy of a note's metadata leaves out (plugins/notes/lateKeysInBrowser.cjs). */
export interface LateFrontMatter {
  sources: NoteSource[];
  quiz: QuizQuestion[];
}

/**
 * Loads a note's sources and self-check questions: a small module of its
 * own, found through a map that is itself loaded only now, so no page's
 * first load carries either.
 */
export async function loadLateFrontMatter(notePath: string): Promise<LateFrontMatter> {
  const loaders = (await import('@generated/hub-notes/default/late-frontmatter.js')).default;
  const load = loaders[notePath];
  if (!load) throw new Error(`${notePath} 不是笔记，没有依据和自测题`);
  return (await load()).default;
}
