/**
 * Readers' self-check answers, kept in this browser (localStorage, so it works
 * offline and needs no account) under their own versioned key, beside the
 * learning path's ticks (src/components/LearningPath/useStoredProgress.ts).
 *
 * Stored as {"answers": {"<note path>#<question id>": "right" | "wrong"}}.
 * Each change rewrites only its own entry: entries this code does not know
 * (a question removed after it was answered, which may come back; a value
 * from another version) stay in storage untouched, and are simply not
 * counted. A value that is not this object at all reads as no answers.
 * React-free, unit-tested; useSelfCheckAnswers.ts shares it between views.
 */
import {progressKey} from './questions';

export const SELF_CHECK_KEY = 'flink-hub:self-check:v1';

export type Outcome = 'right' | 'wrong';

type GetStorage = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const browserStorage: GetStorage = () => window.localStorage;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored value as text; null when there is none or storage is disabled (private mode, some file:// pages). */
export function readStoredText(storage: GetStorage = browserStorage): string | null {
  try {
    return storage().getItem(SELF_CHECK_KEY);
  } catch {
    return null;
  }
}

/** Every stored entry, known or not, from the stored text; empty for text that is not the stored object. */
function storedEntries(text: string | null): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    return isRecord(parsed) && isRecord(parsed.answers) ? {...parsed.answers} : {};
  } catch {
    return {};
  }
}

/** The answers that read as an outcome, by progress key. */
export function parseAnswers(text: string | null): Map<string, Outcome> {
  return new Map(
    Object.entries(storedEntries(text)).filter(
      (entry): entry is [string, Outcome] => entry[1] === 'right' || entry[1] === 'wrong',
    ),
  );
}

/** Stores one outcome beside everything already stored; false when the browser refuses (storage full or disabled). */
export function saveOutcome(key: string, outcome: Outcome, storage: GetStorage = browserStorage): boolean {
  try {
    const entries = storedEntries(storage().getItem(SELF_CHECK_KEY));
    entries[key] = outcome;
    storage().setItem(SELF_CHECK_KEY, JSON.stringify({answers: entries}));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every answer (the reader asked for it and confirmed); other progress is under other keys. */
export function clearOutcomes(storage: GetStorage = browserStorage): boolean {
  try {
    storage().removeItem(SELF_CHECK_KEY);
    return true;
  } catch {
    return false;
  }
}

/** How many of a note's current questions were answered, and how many of those right; removed questions do not count. */
export function noteScore(
  answers: ReadonlyMap<string, Outcome>,
  notePath: string,
  questionIds: readonly string[],
): {right: number; answered: number; total: number} {
  const outcomes = questionIds.map((id) => answers.get(progressKey(notePath, id)));
  return {
    right: outcomes.filter((o) => o === 'right').length,
    answered: outcomes.filter(Boolean).length,
    total: questionIds.length,
  };
}
