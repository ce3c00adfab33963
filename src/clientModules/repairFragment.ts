import siteConfig from '@generated/docusaurus.config';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {repairFragment} from '@site/src/utils/percentEscapes';

/**
 * A malformed escape in the address's fragment (#/docs/%, or a deep link cut
 * off mid-character) makes the router or Docusaurus throw while decoding it,
 * and the page crashes for good. This module rewrites such a fragment into
 * one that decodes, in place (replaceState: no navigation, no reload), once
 * before the router reads the address, and again before the router hears
 * of each later change: its listeners are added here, at import, ahead of
 * the router's. The page then shows, or the 404 page for a route that does
 * not exist.
 */
const router = siteConfig.future.experimental_router;

function repair(): void {
  const {hash} = window.location;
  const repaired = repairFragment(hash, router);
  if (repaired !== hash) window.history.replaceState(window.history.state, '', repaired);
}

if (ExecutionEnvironment.canUseDOM) {
  repair();
  window.addEventListener('popstate', repair);
  window.addEventListener('hashchange', repair);
}

export default {};
