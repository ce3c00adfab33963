import type {SearchEngine} from './engine';

let loading: Promise<SearchEngine> | undefined;

/**
 * The search code and the index head (counts and the alias table) are two
 * chunks that no page loads by itself: the first focus of the search box,
 * or the search page, asks for them here, once per visit. The engine then
 * loads the shards and stores each query needs.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "search-engine" */ './browserEngine'),
    import(/* webpackChunkName: "search-index" */ '@generated/hub-search/default/search-index.js'),
  ]).then(([{createBrowserEngine}, head]) => createBrowserEngine(head.default));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The URL of the full results page for a query. */
export function searchPageUrl(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}
