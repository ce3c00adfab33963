/**
 * Deep links as readers paste them: cut off in the middle of an escape
 * (#%E4%BB%8A%E5%A4%A9%E7), or with a stray % (#/docs/%). The browser keeps
 * such a fragment as it is, and the router and Docusaurus decode it with
 * decodeURI/decodeURIComponent, which throw on a bad escape: the page
 * crashes (see src/clientModules/repairFragment.ts). React-free, so the
 * rules are unit-tested.
 */

const ESCAPE_RUNS = /(?:%[0-9a-f]{2})+|%/gi;

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The text with every % that does not start an escape that decodes (a lone
 * %, a cut-off or invalid UTF-8 sequence) written as %25. Whole characters
 * are kept: #%E4%BB%8A%E7 keeps 今 and escapes only the cut-off byte.
 */
export function repairEscapes(text: string): string {
  return text.replace(ESCAPE_RUNS, (run) => {
    if (decodes(run)) return run;
    let repaired = '';
    let i = 0;
    while (i < run.length) {
      // A UTF-8 character is 1 to 4 bytes, each written as one %XX.
      const bytes = [4, 3, 2, 1].find((n) => i + 3 * n <= run.length && decodes(run.slice(i, i + 3 * n)));
      if (bytes) {
        repaired += run.slice(i, i + 3 * bytes);
        i += 3 * bytes;
      } else {
        repaired += `%25${run.slice(i + 1, i + 3)}`;
        i += 3;
      }
    }
    return repaired;
  });
}

function decodesTwice(path: string): boolean {
  try {
    decodeURI(decodeURI(path));
    return true;
  } catch {
    return false;
  }
}

/**
 * A location.hash that the router and Docusaurus can decode. With the hash
 * router the fragment is the route and its anchor (#/docs/page#heading);
 * the route is decoded twice (by the router, then again by Docusaurus's
 * route preloading), so a % left in it after the first decode is escaped
 * once more. No page's route has a %, so such a route still shows the 404
 * page, as the hosted site does.
 */
export function repairFragment(hash: string, router: 'hash' | 'browser'): string {
  if (!hash.includes('%')) return hash;
  const fragment = hash.replace(/^#/, '');
  if (router === 'browser') return `#${repairEscapes(fragment)}`;
  const split = fragment.indexOf('#');
  const route = repairEscapes(split === -1 ? fragment : fragment.slice(0, split));
  const anchor = split === -1 ? '' : `#${repairEscapes(fragment.slice(split + 1))}`;
  return `#${decodesTwice(route) ? route : route.replaceAll('%25', '%2525')}${anchor}`;
}

/** The element id an anchor (location.hash) names, decoded; never throws. */
export function anchorId(hash: string): string {
  return decodeURIComponent(repairEscapes(hash.replace(/^#/, '')));
}
