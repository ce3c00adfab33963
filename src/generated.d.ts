// Modules the build provides: written by plugins/notes (createData) or aliased by it.
declare module '@generated/hub-notes/default/self-check.js' {
  import type {NoteQuiz} from '@site/plugins/notes/quiz';

  /** Every note's self-check questions, for the review page. */
  const quizzes: NoteQuiz[];
  export default quizzes;
}

declare module '@generated/hub-notes/default/self-check-ids.js' {
  /** The question ids of each note with questions, by the note's site path, for the learning path. */
  const ids: Record<string, string[]>;
  export default ids;
}

declare module '@generated/hub-notes/default/late-frontmatter.js' {
  import type {LateFrontMatter} from '@site/src/notes/lateFrontMatter';

  /** Loads one note's sources and self-check questions, by the note's site path (plugins/notes). */
  const loaders: Record<string, () => Promise<{default: LateFrontMatter}>>;
  export default loaders;
}

declare module '@generated/hub-notes/default/doc-descriptions.js' {
  /** The description of each doc in the four groups, by doc id, for the group pages' cards. */
  const descriptions: Record<string, string>;
  export default descriptions;
}

declare module '@hub-notes/self-check-on-server' {
  /** The self-check section on the server; a component rendering nothing in the browser (plugins/notes). */
  const SelfCheck: typeof import('@site/src/components/SelfCheck').default;
  export default SelfCheck;
}
