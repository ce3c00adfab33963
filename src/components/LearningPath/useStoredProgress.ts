import {useCallback, useEffect, useState} from 'react';

const STORAGE_KEY = 'flink-hub:learning-path:v1';

function read(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    // Storage disabled (private mode, file:// in some browsers) or a value
    // from another version: start empty rather than break the page.
    return new Set();
  }
}

function write(done: Set<string>): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...done]));
  } catch {
    // Without storage, progress lasts for this visit only.
  }
}

/**
 * The ids of the path items a reader has ticked, kept in localStorage so it
 * survives reloads without an account. Empty during server rendering and the
 * first client render (so hydration matches), then read from storage; other
 * tabs' changes arrive through the storage event.
 */
export function useStoredProgress(): {
  done: Set<string>;
  toggle: (id: string) => void;
  reset: () => void;
  loaded: boolean;
} {
  const [done, setDone] = useState<Set<string>>(() => new Set());
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    setDone(read());
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setDone(read());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const toggle = useCallback((id: string) => {
    setDone((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      write(next);
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    const empty = new Set<string>();
    write(empty);
    setDone(empty);
  }, []);

  return {done, toggle, reset, loaded};
}
