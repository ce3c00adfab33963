import {useHistory} from '@docusaurus/router';
import {useCallback, useMemo} from 'react';
import {useQueryString} from './useQueryString';

/**
 * A page's filter state that lives in its query string, as the explorer's
 * and the review page's do: `state` as the page renders it (the default
 * state until hydration, see useQueryString), and `update`, which writes a
 * change to the address without a history entry per click.
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
  const {search, replace} = useQueryString();
  const history = useHistory();
  const state = useMemo(() => parse(search ?? ''), [parse, search]);
  const update = useCallback(
    (change: (current: S) => S) => replace(serialize(change(parse(history.location.search)))),
    [history, parse, replace, serialize],
  );
  return [state, update];
}
