import {useCallback, useSyncExternalStore} from 'react';
import {FLINK_RELEASES} from '@site/src/data/flinkReleases';

/**
 * "My Flink version" (我的 Flink 版本): the release a reader runs, picked once
 * and kept in this browser (localStorage, so it works offline and needs no
 * account). Pages use it to tailor what they show — the checker's starting
 * version, the explorer's applicability, the changes table, a note's version
 * badge, self-check answers — and behave as before while nothing is picked.
 * A version in a shared address still wins over the stored one where a page
 * offers that (the checker's ?from=), so links stay stable.
 */
export const MY_VERSION_KEY = 'flink-hub:my-flink-version:v1';

type GetStorage = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const browserStorage: GetStorage = () => window.localStorage;

const KNOWN = new Set(FLINK_RELEASES.map((release) => release.version));

/** The stored version, or null when none was picked or what is stored is not a release the hub knows. */
export function readMyVersion(storage: GetStorage = browserStorage): string | null {
  try {
    const value = storage().getItem(MY_VERSION_KEY);
    return value !== null && KNOWN.has(value) ? value : null;
  } catch {
    // Storage disabled (private mode, some browsers on file://): as if nothing was picked.
    return null;
  }
}

/** Stores the pick (null forgets it); false when the browser refuses, so the page can say the choice lasts only this visit. */
export function writeMyVersion(version: string | null, storage: GetStorage = browserStorage): boolean {
  try {
    if (version === null) storage().removeItem(MY_VERSION_KEY);
    else storage().setItem(MY_VERSION_KEY, version);
    return true;
  } catch {
    return false;
  }
}

// Every component that shows the version re-renders when any of them changes
// it, in this tab (listeners) and in others (the storage event).
const listeners = new Set<() => void>();
let memory: {version: string | null} | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === MY_VERSION_KEY) {
      memory = undefined;
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

// A pick the browser refused to store still holds for this visit.
const snapshot = () => (memory ? memory.version : readMyVersion());
// The static HTML is rendered with nothing picked, so hydration matches it.
const serverSnapshot = () => null;

export function useMyFlinkVersion(): {version: string | null; setVersion: (version: string | null) => boolean} {
  const version = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const setVersion = useCallback((next: string | null) => {
    const stored = writeMyVersion(next);
    memory = stored ? undefined : {version: next};
    listeners.forEach((listener) => listener());
    return stored;
  }, []);
  return {version, setVersion};
}
