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

/** The URL with tracking parameters removed and surrounding spaces trimmed. */
export function canonicalUrl(raw: string): string {
  const url = new URL(raw.trim());
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  return url.toString();
}

/** Key used to detect the same page under two spellings of its URL. */
export function urlIdentity(raw: string): string {
  const url = new URL(canonicalUrl(raw));
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host.toLowerCase().replace(/^www\./, '')}${path}${url.search}`;
}
