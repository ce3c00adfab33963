import type {QuizQuestion} from '../../plugins/notes/quiz';
import {parseMinor, parseVersionRange, rangeIncludes} from '../data/flinkReleases';

/**
 * What every view of a self-check question agrees on (the note's 自测
 * section, the review page, search, the learning path): its anchor, its key
 * in saved progress, and how an answer is judged. React-free, unit-tested.
 */

/** The id of a note's self-check section. */
export const SELF_CHECK_ANCHOR = '自测';

/** The id of one question on its note's page, e.g. 自测-window-never-fires. */
export const questionAnchor = (id: string): string => `${SELF_CHECK_ANCHOR}-${id}`;

/** A question's key in saved progress: its note's site path and its id (ids are unique within a note). */
export const progressKey = (notePath: string, id: string): string => `${notePath}#${id}`;

/** Option labels, as the answer names them: 正确答案：B、C. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** The indexes of the right options of a choice question. */
export function rightOptions(question: QuizQuestion): number[] {
  return (question.options ?? []).flatMap((option, i) => (option.correct ? [i] : []));
}

/** A choice is right when it picks exactly the right options: all of them, and none of the others. */
export function isRightChoice(question: QuizQuestion, chosen: readonly number[]): boolean {
  const right = rightOptions(question);
  const picked = new Set(chosen);
  return picked.size === right.length && right.every((i) => picked.has(i));
}

/**
 * Whether a question's answer holds on a reader's Flink version ("我的 Flink
 * 版本"); true while none is picked, or when the range cannot be read (the
 * docs rules reject such a range before it is published).
 */
export function holdsOn(versions: string, myVersion: string | null): boolean {
  if (myVersion === null) return true;
  const range = parseVersionRange(versions);
  const mine = parseMinor(myVersion);
  return !range || !mine || rangeIncludes(range, mine);
}
