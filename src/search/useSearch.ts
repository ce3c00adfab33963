import {useEffect, useState} from 'react';
import type {Hit, SearchEngine} from './engine';

export interface SearchState {
  /** The hits of the latest query answered; kept while a newer one loads, so the list does not flicker. */
  hits: Hit[];
  loose: boolean;
  /** The query typed now has not been answered yet (its index parts are loading). */
  pending: boolean;
  failed: boolean;
}

/**
 * Runs a query whenever it changes. A query may have to load parts of the
 * index first, so answers come back out of order: an answer to a query the
 * reader has already changed is dropped.
 */
export function useSearch(engine: SearchEngine | null, query: string, limit: number): SearchState {
  const [answered, setAnswered] = useState<{query: string; hits: Hit[]; loose: boolean; failed: boolean}>({
    query: '',
    hits: [],
    loose: false,
    failed: false,
  });
  const trimmed = query.trim();

  useEffect(() => {
    if (!engine) return undefined;
    let current = true;
    engine.search(trimmed, limit).then(
      ({hits, loose}) => current && setAnswered({query: trimmed, hits, loose, failed: false}),
      () => current && setAnswered({query: trimmed, hits: [], loose: false, failed: true}),
    );
    return () => {
      current = false;
    };
  }, [engine, trimmed, limit]);

  return {
    hits: trimmed ? answered.hits : [],
    loose: answered.loose,
    pending: !!trimmed && answered.query !== trimmed,
    failed: answered.failed,
  };
}
