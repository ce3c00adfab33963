import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCallback, useMemo} from 'react';

/**
 * A page's filter state that lives in its query string, as the explorer's
 * and the review page's do: `state` as the page renders it, and `update`,
 * which writes a change to the address without a history entry per click.
 *
 * The static HTML is rendered without a query string; reading the address
 * only after hydration keeps the first client render identical to it.
 *
 * `update` applies the change to history.location, the address now, and not
 * to the rendered state: Docusaurus renders an address change only after
 * preloading the route (PendingNavigation), so a second click that comes
 * before that render would otherwise be computed from the state without the
 * first, and the first would be lost. `parse` and `serialize` must be
 * stable (defined outside the component).
 */
export function useQueryState<S>(
  parse: (search: string) => S,
  serialize: (state: S) => string,
): [state: S, update: (change: (current: S) => S) => void] {
  const location = useLocation();
  const history = useHistory();
  const search = useIsBrowser() ? location.search : '';
  const state = useMemo(() => parse(search), [parse, search]);
  const update = useCallback(
    (change: (current: S) => S) => {
      const now = history.location;
      history.replace({pathname: now.pathname, search: serialize(change(parse(now.search)))});
    },
    [history, parse, serialize],
  );
  return [state, update];
}
