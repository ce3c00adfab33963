import {describe, expect, it} from 'vitest';
import {
  FLINK_RELEASES,
  LATEST_FLINK,
  compareMinor,
  concernsVersion,
  parseMinor,
  parseVersionRange,
  placeInRange,
  rangeIncludes,
} from '../flinkReleases';

describe('Flink releases (src/data/flinkReleases.ts)', () => {
  it('lists releases in order, ending with the latest, and marks 1.20 as the LTS line', () => {
    const versions = FLINK_RELEASES.map((release) => parseMinor(release.version)!);
    expect(versions.every(Boolean)).toBe(true);
    expect(versions.slice(1).every((version, i) => compareMinor(versions[i], version) < 0)).toBe(true);
    expect(FLINK_RELEASES.at(-1)?.version).toBe(LATEST_FLINK);
    expect(FLINK_RELEASES.filter((release) => release.lts).map((release) => release.version)).toEqual(['1.20']);
  });
});

describe('parseVersionRange', () => {
  it.each([
    ['2.0–2.3', [2, 0], [2, 3]],
    ['1.20-2.3', [1, 20], [2, 3]],
    ['2.3', [2, 3], [2, 3]],
    [' 1.17 ~ 1.20 ', [1, 17], [1, 20]],
  ])('reads %s', (text, from, to) => {
    expect(parseVersionRange(text)).toEqual({from, to});
  });

  // A substring test would accept all of these as "mentions 2.3".
  it.each(['1.12.3', '2.0–2.30x', '2.3–2.0', '2.x', '', '2.0–2.1–2.3', 'v2.3'])('rejects %j', (text) => {
    expect(parseVersionRange(text)).toBeUndefined();
  });

  it('compares numerically, so 2.30 is not 2.3 and 1.9 comes before 1.20', () => {
    const range = parseVersionRange('1.9–2.3')!;
    expect(rangeIncludes(range, [1, 20])).toBe(true);
    expect(rangeIncludes(range, [2, 30])).toBe(false);
    expect(rangeIncludes(range, [1, 8])).toBe(false);
  });
});

describe('placeInRange', () => {
  it('says whether a version comes before, inside or after a range', () => {
    const range = parseVersionRange('2.0–2.3')!;
    expect(placeInRange(range, [1, 20])).toBe('before');
    expect(placeInRange(range, [2, 0])).toBe('in');
    expect(placeInRange(range, [2, 3])).toBe('in');
    expect(placeInRange(range, [2, 4])).toBe('after');
  });
});

describe('concernsVersion: the changes an upgrade from the reader’s version meets', () => {
  it('counts a removal or deprecation after the version, not one at or before it', () => {
    const sinkFunction = {deprecatedIn: '1.20', removedIn: '2.0'};
    expect(concernsVersion(sinkFunction, '1.20')).toBe(true);
    expect(concernsVersion(sinkFunction, '2.0')).toBe(false);
    // Removed in 2.0: being deprecated since 1.13 does not make it old news to a 1.17 reader.
    expect(concernsVersion({deprecatedIn: '1.13', removedIn: '2.0'}, '1.17')).toBe(true);
    // Still works, deprecated in 1.18: a 1.20 reader has it already.
    expect(concernsVersion({deprecatedIn: '1.18'}, '1.20')).toBe(false);
    expect(concernsVersion({deprecatedIn: '2.0'}, '1.20')).toBe(true);
  });

  it('keeps what carries no release, and everything when no version is picked', () => {
    expect(concernsVersion({}, '2.2')).toBe(true);
    expect(concernsVersion({removedIn: '2.0'}, null)).toBe(true);
  });
});
