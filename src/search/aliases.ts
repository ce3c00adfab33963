import type {AliasTable} from './indexFormat';

// A query with several variants runs once per combination of their
// replacements; past this many the reader is not typing variants any more.
const MAX_VARIANTS = 8;
const LATIN = /[A-Za-z0-9]/;

/** How variants are compared: lower case, runs of white space as one space. */
export function normalizeAlias(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Occurrence {
  start: number;
  end: number;
  canonical: string[];
}

/**
 * Where the table's variants occur in a query. A Latin variant must stand as
 * a word of its own (fs in FsStateBackend is not the variant fs); a Han one
 * may sit inside a longer run, as Chinese has no spaces. Overlapping
 * variants: the longer wins.
 */
function occurrences(query: string, table: AliasTable): Occurrence[] {
  const found: Occurrence[] = [];
  for (const [variant, canonical] of Object.entries(table)) {
    for (let start = query.indexOf(variant); start >= 0; start = query.indexOf(variant, start + 1)) {
      const end = start + variant.length;
      const joinsBefore = LATIN.test(variant[0]) && LATIN.test(query[start - 1] ?? '');
      const joinsAfter = LATIN.test(variant[variant.length - 1]) && LATIN.test(query[end] ?? '');
      if (!joinsBefore && !joinsAfter) found.push({start, end, canonical});
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Occurrence[] = [];
  for (const occurrence of found) {
    if (kept.every((k) => occurrence.end <= k.start || occurrence.start >= k.end)) kept.push(occurrence);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Joins pieces, with a space where two Latin words would otherwise run together. */
function join(pieces: string[]): string {
  return pieces.reduce((text, piece) => {
    const space = LATIN.test(text.slice(-1)) && LATIN.test(piece.slice(0, 1)) ? ' ' : '';
    return text + space + piece;
  }, '');
}

/**
 * The query as typed, then the same query with each variant it contains
 * replaced by each term it stands for: when the table maps 背压 to 反压 and
 * Backpressure, each of 背压 调优 and 反压 调优 and Backpressure 调优 runs
 * as a query of its own. The replacement keeps the reader's spacing, so 背压 finds exactly what 反压
 * finds.
 */
export function expandAliases(query: string, table: AliasTable): string[] {
  const normalized = normalizeAlias(query);
  const found = occurrences(normalized, table);
  if (found.length === 0) return [query];
  let combinations: string[][] = [[]];
  let done = 0;
  for (const {start, end, canonical} of found) {
    const between = normalized.slice(done, start);
    const choices = [normalized.slice(start, end), ...canonical];
    combinations = combinations
      .flatMap((pieces) => choices.map((choice) => [...pieces, between, choice]))
      .slice(0, MAX_VARIANTS);
    done = end;
  }
  const replaced = combinations.slice(1).map((pieces) => join([...pieces, normalized.slice(done)]).trim());
  return [...new Set([query, ...replaced])];
}
