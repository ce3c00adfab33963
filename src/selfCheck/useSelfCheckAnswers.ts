import {useSyncExternalStore} from 'react';
import {clearOutcomes, parseAnswers, readStoredText, saveOutcome, SELF_CHECK_KEY, type Outcome} from './progress';

interface AnswersSnapshot {
  answers: ReadonlyMap<string, Outcome>;
  /** False once the browser refused to store a change: it holds for this visit only. */
  saved: boolean;
}

// Every question on a page, the learning path and the review page re-render
// when any of them records an answer, in this tab (listeners) and in others
// (the storage event).
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

// Answers the browser refused to store, kept for this visit.
let unsaved: Map<string, Outcome> | undefined;
let cached: {text: string | null; snapshot: AnswersSnapshot} | undefined;

function snapshot(): AnswersSnapshot {
  if (unsaved) return cached?.snapshot.answers === unsaved ? cached.snapshot : cacheUnsaved(unsaved);
  const text = readStoredText();
  if (!cached || cached.text !== text || !cached.snapshot.saved) {
    cached = {text, snapshot: {answers: parseAnswers(text), saved: true}};
  }
  return cached.snapshot;
}

function cacheUnsaved(answers: Map<string, Outcome>): AnswersSnapshot {
  cached = {text: null, snapshot: {answers, saved: false}};
  return cached.snapshot;
}

// The static HTML is rendered with no answers, so hydration matches it.
const SERVER_SNAPSHOT: AnswersSnapshot = {answers: new Map(), saved: true};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SELF_CHECK_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Records an outcome; when the browser refuses, it still holds for this visit and `saved` turns false. */
export function recordOutcome(key: string, outcome: Outcome): void {
  const next = new Map(snapshot().answers).set(key, outcome);
  unsaved = saveOutcome(key, outcome) && !unsaved ? undefined : next;
  notify();
}

/** Forgets every answer; false when the browser refused to clear its storage (this visit then starts empty anyway). */
export function resetOutcomes(): boolean {
  const cleared = clearOutcomes();
  unsaved = cleared ? undefined : new Map();
  notify();
  return cleared;
}

/** The reader's self-check answers by progress key (src/selfCheck/questions.ts › progressKey). */
export function useSelfCheckAnswers(): AnswersSnapshot {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER_SNAPSHOT);
}
