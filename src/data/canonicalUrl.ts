/**
 * Query parameters that only say who shared a link or where it was clicked.
 * They make one page look like several (and so hide duplicates), so the
 * catalog stores URLs without them. Anything else in a query string may
 * select the content (WeChat's `signature`, a page id…) and is kept.
 */
const TRACKING_PARAMS = [
  /^utm_/i,
  /^spm$/i,
  /^from$/i,
  /^isappinstalled$/i,
  /^share_(token|source|medium)$/i,
  /^fbclid$/i,
  /^gclid$/i,
];

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.some((re) => re.test(name));
}

// A link copied from a page's HTML source carries `&amp;` where `&` was meant,
// which turns `&amp;utm_source=x` into a parameter named `amp;utm_source`.
function unescapeAmpersands(raw: string): string {
  return raw.replace(/&amp;/gi, '&');
}

/** A fragment written like a query string (#utm_source=x&utm_medium=y), or null for an ordinary #anchor. */
function fragmentParams(url: URL): URLSearchParams | null {
  return url.hash.includes('=') ? new URLSearchParams(url.hash.slice(1)) : null;
}

/** Names of the tracking parameters in a URL, in its query string or its fragment. */
export function trackingParams(raw: string): string[] {
  const url = new URL(unescapeAmpersands(raw.trim()));
  const names = [...url.searchParams.keys(), ...(fragmentParams(url)?.keys() ?? [])];
  return names.filter(isTrackingParam);
}

/** The URL with tracking parameters (in the query and the fragment) and HTML escapes removed, spaces trimmed. */
export function canonicalUrl(raw: string): string {
  const url = new URL(unescapeAmpersands(raw.trim()));
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  const fragment = fragmentParams(url);
  if (fragment) {
    for (const name of [...fragment.keys()]) {
      if (isTrackingParam(name)) fragment.delete(name);
    }
    url.hash = fragment.toString();
  }
  return url.toString();
}

/**
 * Key used to detect the same page under two spellings of its URL: http or
 * https, `www.` or `m.` (the mobile host), a trailing slash or `/index.html`.
 */
export function urlIdentity(raw: string): string {
  const url = new URL(canonicalUrl(raw));
  const host = url.host.toLowerCase().replace(/^(www|m)\.(?=[^.]+\.[^.]+)/, '');
  const path = url.pathname.replace(/\/index\.html?$/i, '').replace(/\/+$/, '');
  return `${host}${path}${url.search}`;
}
