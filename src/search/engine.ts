import {expandAliases} from './aliases';
import {
  decodeWeight,
  shardOf,
  storeOf,
  type SearchIndexHead,
  type ShardData,
  type StoreData,
  type StoredRecord,
} from './indexFormat';
import {highlightTerms, isHan, queryTermCover, queryTerms, squash} from './tokenize';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Hit {
  record: StoredRecord;
  score: number;
  snippet: SnippetPart[];
}

export interface SearchResults {
  hits: Hit[];
  /**
   * True when no record has every word of the query and the hits come from
   * the fallback that accepts any word: they may be about something else,
   * so the search box should not open the first one on Enter.
   */
  loose: boolean;
}

export interface SearchEngine {
  search(query: string, limit?: number): Promise<SearchResults>;
}

type Match = 'cover' | 'any';

/** Loads a shard or store file of the index by name (see indexFormat.ts). */
export type LoadPart = (name: string) => Promise<unknown>;

const SNIPPET_BEFORE = 24;
const SNIPPET_LENGTH = 96;
// MiniSearch's weights for words found by prefix (rocks → rocksdb) and by
// a typo's edit distance, which the ranking was tuned with.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// The phrase boost needs the records' text, so it reranks the first records
// by score rather than all: those shown and this many more. Over the query
// set on the hub's content of 2026-11-25 (main, 261 records), the first 8
// and first 20 hits equalled those of boosting every record for 45 and 44 of
// 50 queries with none more, 49 and 48 with 2, 50 and 49 with 4, 50 and 50
// with 8, loading 3.9, 4.5, 5.1 and 6.0 stores a query (8 hits; all: 8.7).
const PHRASE_POOL_EXTRA = 8;

/** The text around the first match, cut into plain and highlighted parts. */
export function makeSnippet(text: string, query: string): SnippetPart[] {
  const lower = text.toLowerCase();
  // A Chinese run the text lacks as a whole (屏障对齐) is shown by its
  // words that the text has (屏障 and 对齐): the record matched on those.
  const terms = highlightTerms(query)
    .flatMap((term) => (lower.includes(term) || !isHan(term) ? [term] : queryTerms(term)))
    .filter((term) => lower.includes(term))
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [{text: text.slice(0, SNIPPET_LENGTH), match: false}];
  const first = Math.min(...terms.map((term) => lower.indexOf(term)));
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const window = text.slice(start, end);
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  // split() with a capturing group puts the matches at the odd positions.
  const parts = window
    .split(pattern)
    .map((part, i) => ({text: part, match: i % 2 === 1}))
    .filter((part) => part.text);
  if (start > 0) parts.unshift({text: '…', match: false});
  if (end < text.length) parts.push({text: '…', match: false});
  return parts;
}

/** Edit distance, or max + 1 as soon as it must exceed max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...next) > max) return max + 1;
    row = next;
  }
  return row[b.length];
}

function addPostings(scores: Map<number, number>, list: number[] | undefined, weight: number): void {
  if (!list) return;
  let id = 0;
  for (let i = 0; i < list.length; i += 2) {
    id += list[i];
    scores.set(id, (scores.get(id) ?? 0) + weight * decodeWeight(list[i + 1]));
  }
}

/**
 * Why not MiniSearch (which this engine replaced) or another library:
 * MiniSearch, Lunr, FlexSearch and Orama hold the whole index in memory and
 * load it whole, and building or loading it grew with the hub (23 s before
 * the first results at 50× the content); Pagefind loads shards with fetch(),
 * which the copy read from disk (file://) blocks. So the index is split by
 * term at build time (plugins/search/buildIndex.ts) and a query reads only
 * the shards of its words and the stores of the hits it shows.
 *
 * Ranking is MiniSearch's, as before: BM25+ with field boosts (computed at
 * build time), every part of the query required, prefix and typo matches for Latin
 * words, then a boost when the whole query appears as typed (spaces ignored)
 * in the heading, the title or the text. Chinese words of the query need
 * not be adjacent (屏障对齐 finds a page on 屏障 and 对齐; see run). When
 * nothing has every part, the query is tried with its spaces removed
 * (Rocks DB → RocksDB), then with any term allowed (loose). A query with a variant from the alias table (背压)
 * also runs as the terms it stands for (反压), and a record scores by the
 * best of them.
 */
export function createSearchEngine(head: SearchIndexHead, loadPart: LoadPart): SearchEngine {
  const loaded = new Map<string, Promise<unknown>>();

  function part<T>(name: string): Promise<T> {
    let promise = loaded.get(name);
    if (!promise) {
      promise = loadPart(name);
      loaded.set(name, promise);
      // A failed load (offline, or a build replaced under the reader) is retried by the next query.
      promise.catch(() => loaded.delete(name));
    }
    return promise as Promise<T>;
  }

  /** Records with a query term, scored: the word itself, and for Latin words its longer forms and typos. */
  async function termScores(term: string): Promise<Map<number, number>> {
    const shard = await part<ShardData>(shardOf(term, head.shards));
    const scores = new Map<number, number>();
    // Own keys only: a reader may well type constructor or toString.
    if (Object.prototype.hasOwnProperty.call(shard, term)) addPostings(scores, shard[term], 1);
    if (isHan(term) || term.length < 3) return scores;
    // Longer forms and typos are looked for among the words filed under the
    // same first three letters (indexFormat.ts): a typo in those is missed,
    // where MiniSearch looked at every word; reading every shard would cost
    // more than the typo is worth.
    const maxTypos = term.length >= 6 ? Math.round(term.length * 0.2) : 0;
    for (const [word, list] of Object.entries(shard)) {
      if (word === term || isHan(word)) continue;
      if (word.startsWith(term)) {
        addPostings(scores, list, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)));
      } else if (maxTypos > 0) {
        const distance = editDistance(term, word, maxTypos);
        if (distance <= maxTypos) addPostings(scores, list, (FUZZY_WEIGHT * word.length) / (word.length + distance));
      }
    }
    return scores;
  }

  /**
   * Records matching the query's terms, scored as MiniSearch does (the sum
   * of the terms' scores, times the terms matched), divided by the square
   * of the query's terms: the same order within one query, and comparable
   * across a query's alias variants, which differ in length (背压 → 反压 is
   * one bigram, UnionListState → 联合列表状态 five). Which records match:
   * - cover: those whose terms cover every character and word of the query.
   *   A record with every term does; so does one with 屏障 and 对齐 but not
   *   the bigram 障对 that joins them in 屏障对齐, which it would miss if
   *   every term were required. Records with the whole phrase still rank
   *   first: they score for more terms and get the phrase boost;
   * - any: those with any term.
   */
  async function run(query: string, match: Match): Promise<Map<number, number>> {
    const cover = queryTermCover(query);
    const terms = [...cover.keys()];
    const places = new Set([...cover.values()].flat()).size;
    const perTerm = await Promise.all(terms.map(termScores));
    const matched = new Map<number, {score: number; terms: number; places: Set<number>}>();
    perTerm.forEach((scores, i) => {
      for (const [id, score] of scores) {
        let entry = matched.get(id);
        if (!entry) matched.set(id, (entry = {score: 0, terms: 0, places: new Set()}));
        entry.score += score;
        entry.terms += 1;
        for (const place of cover.get(terms[i]) ?? []) entry.places.add(place);
      }
    });
    const result = new Map<number, number>();
    for (const [id, {score, terms: count, places: covered}] of matched) {
      if (match === 'any' || covered.size === places) result.set(id, (score * count) / terms.length ** 2);
    }
    return result;
  }

  /** Best score of each record over the query's variants, and the variant it came from. */
  async function runVariants(variants: string[], match: Match): Promise<Map<number, {score: number; query: string}>> {
    const best = new Map<number, {score: number; query: string}>();
    const results = await Promise.all(variants.map((variant) => run(variant, match)));
    results.forEach((scores, i) => {
      for (const [id, score] of scores) {
        if ((best.get(id)?.score ?? 0) < score) best.set(id, {score, query: variants[i]});
      }
    });
    return best;
  }

  async function record(id: number): Promise<StoredRecord> {
    const store = await part<StoreData>(storeOf(id, head.storeSize));
    const [url, page, section, text, kind] = store[id % head.storeSize];
    return {id, url, page, section, text, kind};
  }

  function phraseBoost(record: StoredRecord, query: string): number {
    const phrase = squash(query);
    if (squash(record.section).includes(phrase) || squash(record.page).includes(phrase)) return 3;
    return squash(record.text).includes(phrase) ? 1.5 : 1;
  }

  return {
    async search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return {hits: [], loose: false};
      const variants = expandAliases(trimmed, head.aliases);
      let loose = false;
      let found = await runVariants(variants, 'cover');
      if (found.size === 0 && /\s/.test(trimmed)) {
        found = await runVariants(
          variants.map((variant) => variant.replace(/\s+/g, '')),
          'cover',
        );
      }
      if (found.size === 0) {
        found = await runVariants(variants, 'any');
        loose = found.size > 0;
      }
      const pool = [...found].sort(([, a], [, b]) => b.score - a.score).slice(0, limit + PHRASE_POOL_EXTRA);
      const scored = await Promise.all(
        pool.map(async ([id, {score, query: matchedQuery}]) => {
          const shown = await record(id);
          return {record: shown, score: score * phraseBoost(shown, matchedQuery), query: matchedQuery};
        }),
      );
      const hits = scored
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({record: shown, score, query: matchedQuery}) => ({
          record: shown,
          score,
          snippet: makeSnippet(shown.text, matchedQuery),
        }));
      return {hits, loose};
    },
  };
}
