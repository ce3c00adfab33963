import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCallback} from 'react';

/**
 * A lab page's scenario lives in its query string, so the address is the
 * scenario: a reload, a shared link or a note's preset link shows exactly the
 * same run. `search` is null in the server render and the first client
 * render (the static HTML has no query string), so the page hydrates with
 * its default scenario and then switches to the one in the address.
 * `replace` rewrites the address without adding a history entry per edit.
 */
export function useScenarioQuery(): {search: string | null; replace: (query: string) => void} {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const replace = useCallback(
    (query: string) => {
      const search = query ? `?${query.replace(/^\?/, '')}` : '';
      if (search !== location.search) history.replace({pathname: location.pathname, search, hash: location.hash});
    },
    [history, location.pathname, location.search, location.hash],
  );
  return {search: isBrowser ? location.search : null, replace};
}
