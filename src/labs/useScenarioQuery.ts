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
 *
 * The address is read from history.location, not from useLocation(): the
 * router's location can lag. Two quick edits write two addresses before the
 * router renders the first, and a page comparing that first one with what it
 * wrote last would take it for a change from outside and restart the lab a
 * step back. history.location is updated by replace itself; useLocation()
 * is still called so that the page re-renders when the address changes.
 */
export function useScenarioQuery(): {search: string | null; replace: (query: string) => void} {
  useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const replace = useCallback(
    (query: string) => {
      const {pathname, search: current, hash} = history.location;
      const search = query ? `?${query.replace(/^\?/, '')}` : '';
      if (search !== current) history.replace({pathname, search, hash});
    },
    [history],
  );
  return {search: isBrowser ? history.location.search : null, replace};
}
