import type {ClientModule} from '@docusaurus/types';
import {anchorId} from '@site/src/utils/percentEscapes';

// Long enough for a slow disk to deliver the page's chunk; short enough that
// a heading that never appears does not leave an observer running.
const GIVE_UP_AFTER_MS = 5000;

function scrollWhenRendered(id: string): void {
  const now = document.getElementById(id);
  if (now) {
    now.scrollIntoView();
    return;
  }
  const observer = new MutationObserver(() => {
    const target = document.getElementById(id);
    if (target) {
      observer.disconnect();
      target.scrollIntoView();
    }
  });
  observer.observe(document.body, {childList: true, subtree: true});
  setTimeout(() => observer.disconnect(), GIVE_UP_AFTER_MS);
}

/**
 * The hash router (offline build) does not scroll to a heading when a page
 * is opened directly at index.html#/docs/page#heading: the browser sees a
 * single fragment it cannot resolve, and on this first route Docusaurus
 * leaves scrolling to the browser. So on the first route only, wait for the
 * element named by the route's own hash to render and scroll to it. Later
 * in-app navigation is scrolled by Docusaurus itself. Only the hash build
 * loads this module (see docusaurus.config.ts).
 */
const clientModule: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    if (previousLocation || !location.hash) return;
    scrollWhenRendered(anchorId(location.hash));
  },
};

export default clientModule;
