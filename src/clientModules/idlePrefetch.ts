import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ClientModule} from '@docusaurus/types';
import {createIdleQueue, type RequestIdle} from '@site/src/utils/idleQueue';

/**
 * Docusaurus's <Link> prefetches a page's code as soon as a link to it comes
 * into view, through window.docusaurus.prefetch: for a note, 17
 * <link rel="prefetch"> elements, one per chunk of the whole route chain.
 * A note that shows 20 such links did all of it in one task of about 350 ms
 * on a phone-speed CPU (4x slowed), the longest task of its load, at the
 * moment the reader starts to use the page. The same prefetches now run in
 * the browser's idle periods, a few at a time. Hovering or touching a link
 * still loads its page at once (window.docusaurus.preload is untouched).
 *
 * Installed on the first route update, which Docusaurus dispatches while it
 * renders the first page: window.docusaurus exists by then, and no link has
 * been seen yet.
 */
const requestIdle: RequestIdle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback);
  // Safari has no requestIdleCallback: one prefetch per timer tick instead.
  else setTimeout(() => callback({timeRemaining: () => 0}), 200);
};

let installed = false;

const idlePrefetch: ClientModule = {
  onRouteUpdate() {
    if (installed || !ExecutionEnvironment.canUseDOM) return;
    installed = true;
    const {prefetch, preload} = window.docusaurus;
    const later = createIdleQueue(requestIdle);
    // Docusaurus freezes the object, so it is replaced (frozen too), not changed.
    window.docusaurus = Object.freeze({
      preload,
      prefetch: (url: string) =>
        new Promise<void[]>((resolve) => {
          later(() => {
            const started = prefetch(url);
            resolve(started === false ? [] : started);
          });
        }),
    });
  },
};

export default idlePrefetch;
