import {readFileSync} from 'node:fs';
import path from 'node:path';
import {canonicalUrl} from '../src/data/canonicalUrl';
import type {Group} from '../src/data/taxonomy';

export interface SeedLink {
  group: Group;
  /** As the seed wrote it. */
  raw: string;
  /** As the catalog must store it. */
  canonical: string;
}

/** The seed document's links, from tests/fixtures/seed-links.txt. */
export function readSeedLinks(): SeedLink[] {
  const text = readFileSync(path.join(__dirname, 'fixtures/seed-links.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [group, raw] = line.trim().split(/\s+/);
      return {group: group as Group, raw, canonical: canonicalUrl(raw)};
    });
}
