import {useCallback, useEffect, useState} from 'react';

const STORAGE_KEY = 'flink-hub:learning-path:v1';

type GetStorage = () => Pick<Storage, 'getItem' | 'setItem'>;
const browserStorage: GetStorage = () => window.localStorage;

/**
 * The ticked ids that are still items of the path. An id whose item was
 * removed (see src/data/learningPath.ts) is dropped here, so the next save
 * no longer carries it.
 */
export function loadProgress(known: ReadonlySet<string>, storage: GetStorage = browserStorage): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage().getItem(STORAGE_KEY) ?? '[]');
    return new Set(
      Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && known.has(id)) : [],
    );
  } catch {
    // Storage disabled (private mode, file:// in some browsers) or a value
    // from another version: start empty rather than break the page.
    return new Set();
  }
}

/** Saves the ticked ids; false when the browser refuses (storage full or disabled). */
export function saveProgress(done: ReadonlySet<string>, storage: GetStorage = browserStorage): boolean {
  try {
    storage().setItem(STORAGE_KEY, JSON.stringify([...done]));
    return true;
  } catch {
    return false;
  }
}

/**
 * The ids of the path items a reader has ticked, kept in localStorage so it
 * survives reloads without an account. Empty during server rendering and the
 * first client render (so hydration matches), then read from storage; other
 * tabs' changes arrive through the storage event. `saved` turns false when
 * the browser refused the last change, which would otherwise be lost on the
 * next reload without a word.
 */
export function useStoredProgress(known: ReadonlySet<string>): {
  done: Set<string>;
  toggle: (id: string) => void;
  reset: () => void;
  loaded: boolean;
  saved: boolean;
} {
  const [done, setDone] = useState<Set<string>>(() => new Set());
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    setDone(loadProgress(known));
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setDone(loadProgress(known));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [known]);

  const change = useCallback((next: Set<string>) => {
    setDone(next);
    setSaved(saveProgress(next));
  }, []);

  const toggle = useCallback(
    (id: string) => {
      const next = new Set(done);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      change(next);
    },
    [done, change],
  );

  const reset = useCallback(() => change(new Set()), [change]);

  return {done, toggle, reset, loaded, saved};
}
