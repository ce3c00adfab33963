/**
 * The review page's state and ordering, kept free of React so it can be
 * unit-tested. As on the explorer (src/pages/resources/_utils.ts), the URL
 * query string is the source of truth: a reload or a shared link shows the
 * same questions in the same order
 * (`?topic=checkpoint&note=blogs/state-backends&version=1.20&mode=cards&seed=k3x9`).
 */
import type {NoteQuiz} from '@site/plugins/notes/quiz';
import {FLINK_RELEASES} from '@site/src/data/flinkReleases';
import {TOPICS, type Topic} from '@site/src/data/taxonomy';
import type {Outcome} from '@site/src/selfCheck/progress';
import {holdsOn, progressKey} from '@site/src/selfCheck/questions';

/** One question with the note it belongs to. */
export interface ReviewItem {
  note: Omit<NoteQuiz, 'questions'>;
  question: NoteQuiz['questions'][number];
  /** Its key in saved progress. */
  key: string;
}

export function reviewItems(quizzes: readonly NoteQuiz[]): ReviewItem[] {
  return quizzes.flatMap(({questions, ...note}) =>
    questions.map((question) => ({note, question, key: progressKey(note.path, question.id)})),
  );
}

export const MODES = {list: '全部列出', cards: '逐题练习'} as const;
export type Mode = keyof typeof MODES;

export interface ReviewState {
  /** Questions of notes on any of these topics; all when empty. */
  topics: Topic[];
  /** Questions of any of these notes (site paths); all when empty. */
  notes: string[];
  /** Only questions whose answer holds on this Flink version; all when null. */
  version: string | null;
  mode: Mode;
  /** Shuffles the cards; the same seed gives the same order. */
  seed: string;
}

export function emptyState(): ReviewState {
  return {topics: [], notes: [], version: null, mode: 'list', seed: ''};
}

// Notes appear in the URL without the /docs/ in front of every one of them.
const noteParam = (path: string) => path.replace(/^\/docs\//, '');
const notePath = (param: string) => `/docs/${param}`;
const VERSIONS = FLINK_RELEASES.map((release) => release.version);

/** Reads the state from a query string, dropping values it does not know (`notes`: the paths of notes with questions). */
export function parseState(search: string, notes: readonly string[]): ReviewState {
  const params = new URLSearchParams(search);
  const known = <T extends string>(values: string[], allowed: readonly T[]) => [
    ...new Set(values.filter((value): value is T => (allowed as readonly string[]).includes(value))),
  ];
  const version = params.get('version');
  const mode = params.get('mode');
  return {
    topics: known(params.getAll('topic'), TOPICS),
    notes: known(params.getAll('note').map(notePath), notes),
    version: version !== null && VERSIONS.includes(version) ? version : null,
    // Own keys only: `in` would also accept what every object inherits (__proto__, toString…).
    mode: mode !== null && Object.hasOwn(MODES, mode) ? (mode as Mode) : 'list',
    seed: /^[a-z0-9]{1,12}$/.test(params.get('seed') ?? '') ? params.get('seed')! : '',
  };
}

/** The query string for a state, in a stable order, without defaults ('' for the default view). */
export function serializeState(state: ReviewState, notes: readonly string[]): string {
  const params = new URLSearchParams();
  for (const topic of TOPICS.filter((t) => state.topics.includes(t))) params.append('topic', topic);
  for (const note of notes.filter((n) => state.notes.includes(n))) params.append('note', noteParam(note));
  if (state.version) params.set('version', state.version);
  if (state.mode !== 'list') params.set('mode', state.mode);
  if (state.mode === 'cards' && state.seed) params.set('seed', state.seed);
  const query = params.toString();
  return query ? `?${query.replaceAll('%2F', '/')}` : '';
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

type Filter = 'topic' | 'note' | 'version';

/** Whether a question passes every filter but `except` (for the counts beside each option). */
function passes(item: ReviewItem, state: ReviewState, except?: Filter): boolean {
  return (
    (except === 'topic' || state.topics.length === 0 || item.note.topics.some((t) => state.topics.includes(t))) &&
    (except === 'note' || state.notes.length === 0 || state.notes.includes(item.note.path)) &&
    (except === 'version' || holdsOn(item.question.versions, state.version))
  );
}

export function filterItems(items: readonly ReviewItem[], state: ReviewState): ReviewItem[] {
  return items.filter((item) => passes(item, state));
}

/** How many questions each option of a filter would show, given the other filters. */
export function countBy(
  items: readonly ReviewItem[],
  state: ReviewState,
  filter: 'topic' | 'note',
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    if (!passes(item, state, filter)) continue;
    for (const value of filter === 'topic' ? item.note.topics : [item.note.path]) {
      counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** A seed for a new order: short, so the URL stays readable. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}

/** A pseudo-random generator from a text seed (FNV-1a, then mulberry32): the same seed, the same sequence, in every browser. */
function generator(seed: string): () => number {
  let state = 0x811c9dc5;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The items in an order given by the seed (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

/** The questions the reader got wrong first, then the unanswered, then the right ones; each group keeps its order. */
export function wrongFirst(items: readonly ReviewItem[], answers: ReadonlyMap<string, Outcome>): ReviewItem[] {
  const rank = (item: ReviewItem) => RANK[answers.get(item.key) ?? 'none'];
  return [...items].sort((a, b) => rank(a) - rank(b));
}

const RANK: Record<Outcome | 'none', number> = {wrong: 0, none: 1, right: 2};
