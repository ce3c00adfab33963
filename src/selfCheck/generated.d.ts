// Written at build time by plugins/notes (createData).
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
