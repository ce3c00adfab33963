import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCallback} from 'react';

/**
 * A page's state that lives in its query string, so the address is the
 * state: a reload, a shared link or a preset link shows exactly the same
 * thing. `search` is null in the server render and the first client render
 * (the static HTML has no query string), so the page hydrates with its
 * default and then switches to what the address says. `replace` rewrites the
 * address without adding a history entry per edit.
 *
 * `replace` compares with history.location, the address now, and not with
 * the rendered location: Docusaurus renders a location change only after it
 * has preloaded the route (PendingNavigation), so a render can carry an
 * address older than the one just written, and comparing with it would skip
 * a write that is needed.
 */
export function useQueryString(): {search: string | null; replace: (query: string) => void} {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const replace = useCallback(
    (query: string) => {
      const search = query ? `?${query.replace(/^\?/, '')}` : '';
      const now = history.location;
      if (search !== now.search) history.replace({pathname: now.pathname, search, hash: now.hash});
    },
    [history],
  );
  return {search: isBrowser ? location.search : null, replace};
}
