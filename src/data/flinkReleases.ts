/**
 * Flink releases the hub speaks about, and how it reads version ranges.
 *
 * LATEST_FLINK is the newest release, and so the release every note must
 * say it was checked against (its `flink_version` frontmatter names it).
 * When a new release lands, add it to FLINK_RELEASES and raise LATEST_FLINK:
 * every note then fails the docs rules until someone has re-read it against
 * that release's notes and docs.
 *
 * FLINK_RELEASES are the versions a reader can pick as "my Flink version"
 * (我的 Flink 版本): the 1.x lines still met at work, up to the latest.
 * 1.20 is the long-term-support line of 1.x: the project's site lists
 * "Flink 1.20 (LTS)" beside the 2.x docs (https://flink.apache.org/documentation/flink-lts).
 */
export const LATEST_FLINK = '2.3';

export interface FlinkRelease {
  version: string;
  /** The long-term-support line, maintained beside 2.x. */
  lts?: boolean;
}

export const FLINK_RELEASES: readonly FlinkRelease[] = [
  {version: '1.17'},
  {version: '1.18'},
  {version: '1.19'},
  {version: '1.20', lts: true},
  {version: '2.0'},
  {version: '2.1'},
  {version: '2.2'},
  {version: '2.3'},
];

/** A minor version as a pair of numbers: "1.20" → [1, 20]. Patch versions are not part of the hub's ranges. */
export type MinorVersion = readonly [major: number, minor: number];

export function parseMinor(text: string): MinorVersion | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export function compareMinor(a: MinorVersion, b: MinorVersion): number {
  return a[0] - b[0] || a[1] - b[1];
}

export interface VersionRange {
  from: MinorVersion;
  to: MinorVersion;
}

/**
 * Reads "2.0–2.3" (en dash, as the hub writes ranges; a hyphen or "~" is
 * accepted too) or a single "2.3". Returns undefined for anything else,
 * including patch versions ("1.12.3") and ranges that run backwards.
 */
export function parseVersionRange(text: string): VersionRange | undefined {
  const parts = text.trim().split(/\s*[–~-]\s*/);
  if (parts.length > 2) return undefined;
  const from = parseMinor(parts[0]);
  const to = parts.length === 2 ? parseMinor(parts[1]) : from;
  if (!from || !to || compareMinor(from, to) > 0) return undefined;
  return {from, to};
}

export function rangeIncludes(range: VersionRange, version: MinorVersion): boolean {
  return placeInRange(range, version) === 'in';
}

/** Where a version stands against a range: before it, inside it, or after it. */
export function placeInRange(range: VersionRange, version: MinorVersion): 'before' | 'in' | 'after' {
  if (compareMinor(version, range.from) < 0) return 'before';
  return compareMinor(version, range.to) > 0 ? 'after' : 'in';
}

export const formatMinor = ([major, minor]: MinorVersion) => `${major}.${minor}`;

/** When a change happened, as the change data records it (an apiChanges entry, a checker finding, a config key). */
export interface ChangeReleases {
  removedIn?: string;
  deprecatedIn?: string;
}

/**
 * Whether a change is news to a reader coming from `from` ("我的 Flink 版本"):
 * a change made in a release after it (its removal, or its deprecation when
 * it was not removed). A change with no release always is. Without `from`,
 * everything is. The migration checker filters its findings with it, and the
 * 2.x changes table marks the rows an upgrade from `from` meets.
 */
export function concernsVersion(change: ChangeReleases, from: string | null): boolean {
  if (!from) return true;
  const at = change.removedIn ?? change.deprecatedIn;
  const version = at && parseMinor(at);
  const fromVersion = parseMinor(from);
  return !version || !fromVersion || compareMinor(version, fromVersion) > 0;
}
