import pLimit from 'p-limit';
import {checkUrl, DEFAULT_OPTIONS, type CheckOptions, type Outcome} from './checkUrl';

export interface Target {
  /** Catalog entry id, or the file of a note (docs/…) for the sources it cites. */
  id: string;
  /** Which address of the entry: url, parts.N.url, link.archiveUrl, or a note's sources.N.url. */
  field: string;
  url: string;
}

export interface Checked extends Target {
  outcome: Outcome;
}

export interface CheckAllOptions extends CheckOptions {
  concurrency: number;
  /** At most this many requests to one host at a time, so no site sees a burst from us. */
  perHost: number;
}

export const DEFAULT_ALL_OPTIONS: CheckAllOptions = {...DEFAULT_OPTIONS, concurrency: 6, perHost: 1};

/** Checks every target with a global and a per-host concurrency limit. */
export async function checkAll(targets: Target[], options: CheckAllOptions = DEFAULT_ALL_OPTIONS): Promise<Checked[]> {
  const global = pLimit(options.concurrency);
  const hosts = new Map<string, ReturnType<typeof pLimit>>();
  const forHost = (url: string) => {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, pLimit(options.perHost));
    return hosts.get(host)!;
  };
  return Promise.all(
    targets.map((target) =>
      forHost(target.url)(() => global(async () => ({...target, outcome: await checkUrl(target.url, options)}))),
    ),
  );
}

/**
 * True when not one address got an HTTP answer: the checker, not the links,
 * is offline. Nothing may then be marked dead or written back.
 */
export function networkUnreachable(results: Checked[]): boolean {
  return results.length > 0 && results.every((result) => result.outcome.kind === 'network-error');
}
