import {useHistory} from '@docusaurus/router';
import {useCallback, useEffect, useRef, useState} from 'react';
import {useQueryString} from '@site/src/utils/useQueryString';

/** The lab a lab page shows: its scenario, and a key that changes when it must start afresh. */
export interface LabFromAddress {
  key: number;
  query: string;
}

/**
 * A lab page's scenario is its address. The lab starts once the address is
 * known (after hydration) and starts again when the address changes from
 * outside: a preset link, the back and forward buttons. Its own steps and
 * edits are written back with history.replace and must not restart it.
 *
 * Whether a change came from outside is decided on history.location, the
 * address now, and not on the rendered location: Docusaurus renders each
 * location change only after preloading the route (PendingNavigation), so
 * when a reader steps twice in quick succession the page can render the
 * first step's address after the lab has written the second. Compared with
 * the lab's last write, that stale address looked like an outside change and
 * restarted the lab a step back, with focus lost.
 */
export function useLabFromAddress(defaultQuery: string): {
  lab: LabFromAddress | null;
  onQueryChange: (query: string) => void;
} {
  const {search, replace} = useQueryString();
  const history = useHistory();
  const written = useRef<string | null>(null);
  const [lab, setLab] = useState<LabFromAddress | null>(null);
  useEffect(() => {
    if (search === null) return;
    const now = history.location.search;
    if (now === written.current) return;
    written.current = now;
    setLab((previous) => ({key: (previous?.key ?? 0) + 1, query: now.replace(/^\?/, '') || defaultQuery}));
  }, [search, history, defaultQuery]);
  const onQueryChange = useCallback(
    (query: string) => {
      written.current = query ? `?${query.replace(/^\?/, '')}` : '';
      replace(query);
    },
    [replace],
  );
  return {lab, onQueryChange};
}
