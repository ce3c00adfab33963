import MiniSearch, {type SearchResult} from 'minisearch';
import {highlightTerms, indexTerms, isHan, queryTerms, squash} from './tokenize';
import type {SearchRecord} from './types';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Hit {
  record: SearchRecord;
  score: number;
  snippet: SnippetPart[];
}

const FIELDS = ['page', 'section', 'text', 'tags'] as const;
const SNIPPET_BEFORE = 24;
const SNIPPET_LENGTH = 96;
// A catalog card or a glossary line says in one or two sentences what a
// note explains at length: show them, but after the note.
const KIND_WEIGHT: Record<SearchRecord['kind'], number> = {doc: 1, resource: 0.6, glossary: 0.6};

function createIndex(records: readonly SearchRecord[]): MiniSearch<SearchRecord> {
  const index = new MiniSearch<SearchRecord>({
    fields: [...FIELDS],
    storeFields: ['url', 'page', 'section', 'text', 'tags', 'kind'],
    tokenize: indexTerms,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTerms,
      processTerm: (term) => term,
      boost: {section: 4, page: 3, tags: 2, text: 1},
      combineWith: 'AND',
      // Prefix and typo tolerance only help Latin words: a Han bigram is
      // either there or not.
      prefix: (term) => !isHan(term) && term.length >= 3,
      fuzzy: (term) => (!isHan(term) && term.length >= 6 ? 0.2 : false),
    },
  });
  index.addAll(records);
  return index;
}

/** The text around the first match, cut into plain and highlighted parts. */
export function makeSnippet(text: string, query: string): SnippetPart[] {
  const lower = text.toLowerCase();
  const terms = highlightTerms(query).filter((term) => lower.includes(term));
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

export interface SearchEngine {
  search(query: string, limit?: number): Hit[];
}

/**
 * Ranking: MiniSearch's BM25 with field boosts, then a boost when the whole
 * query appears as typed (spaces ignored) in the heading, the title or the
 * text, so an exact phrase and a title match come first. When every term
 * cannot be found together, the query is tried once more with its spaces
 * removed (Rocks DB → RocksDB), then with any term allowed.
 */
export function createSearchEngine(records: readonly SearchRecord[]): SearchEngine {
  const index = createIndex(records);
  const byId = new Map(records.map((record) => [record.id, record]));

  function run(query: string, combineWith: 'AND' | 'OR'): SearchResult[] {
    const phrase = squash(query);
    return index.search(query, {
      combineWith,
      boostDocument: (id) => {
        const record = byId.get(id as number);
        if (!record) return 1;
        const kind = KIND_WEIGHT[record.kind];
        if (squash(record.section).includes(phrase) || squash(record.page).includes(phrase)) return 3 * kind;
        return (squash(record.text).includes(phrase) ? 1.5 : 1) * kind;
      },
    });
  }

  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      let results = run(trimmed, 'AND');
      if (results.length === 0 && /\s/.test(trimmed)) results = run(trimmed.replace(/\s+/g, ''), 'AND');
      if (results.length === 0) results = run(trimmed, 'OR');
      return results.slice(0, limit).map((result) => {
        const record = byId.get(result.id as number)!;
        return {record, score: result.score, snippet: makeSnippet(record.text, trimmed)};
      });
    },
  };
}
