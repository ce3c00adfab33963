/**
 * Looks up the Internet Archive's copy of a page closest to a date, and
 * returns it pinned to that snapshot's timestamp: an unpinned Wayback URL
 * redirects to the newest capture, which may be the site's later 404 page.
 */
const AVAILABILITY_API = 'https://archive.org/wayback/available';

interface Availability {
  archived_snapshots?: {closest?: {available?: boolean; url?: string; timestamp?: string; status?: string}};
}

export async function findArchivedCopy(
  url: string,
  near: string | undefined,
  timeoutMs = 15_000,
  api = AVAILABILITY_API,
): Promise<string | null> {
  const query = new URL(api);
  query.searchParams.set('url', url);
  if (near) query.searchParams.set('timestamp', near.replace(/-/g, '').padEnd(8, '0'));
  const response = await fetch(query, {signal: AbortSignal.timeout(timeoutMs)});
  if (!response.ok) return null;
  const closest = ((await response.json()) as Availability).archived_snapshots?.closest;
  if (!closest?.available || !closest.timestamp || closest.status !== '200') return null;
  return `https://web.archive.org/web/${closest.timestamp}/${url}`;
}
