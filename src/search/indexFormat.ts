/**
 * The shape of the search index the build writes (plugins/search/buildIndex.ts)
 * and the browser reads (engine.ts), and the rule that says which file holds
 * a term: one copy for both sides, so they cannot disagree.
 *
 * The index is split so that a query loads only what it needs:
 * - the head (a webpack chunk, loaded on first use): counts, the alias table;
 * - term shards: the postings of the terms whose key hashes to that shard;
 * - record stores: the shown fields of a fixed run of records, for the hits
 *   a query actually displays.
 * Shards and stores are small scripts under assets/search/<version>/, loaded
 * with a <script> tag (see browserEngine.ts), which file:// allows.
 */
import {isHan} from './tokenize';
import type {SearchRecord} from './types';

/** Variant a reader may type (lower case, single spaces) → the terms it stands for. */
export type AliasTable = Record<string, string[]>;

export interface SearchIndexHead {
  /** Folder of this build's shards and stores; changes with their content, so caches never mix builds. */
  version: string;
  /** Shards per family: single Han characters apart (theirs are the longest lists), so a bigram query never loads them. */
  shards: Record<ShardFamily, number>;
  /** Records per store: record id N is in store floor(N / storeSize). */
  storeSize: number;
  aliases: AliasTable;
}

export type ShardFamily = 'c' | 'w';

/**
 * A shard: term → postings, flattened as [id gap, weight, id gap, weight, …],
 * terms in code-point order (neighbouring keys share characters, which gzip
 * finds). The weight is the term's whole BM25 score in that record (field
 * boosts and the record kind's weight included): every input of BM25 is
 * known at build time, so the browser needs no per-record table to score,
 * only the postings of the query's terms.
 */
export type ShardData = Record<string, number[]>;

// Weights are kept on a log scale, in steps of 4 % from 0.01: a small
// integer (up to 3 digits) with the same relative precision at any size.
const WEIGHT_STEP = Math.log(1.04);
const WEIGHT_FLOOR = 0.01;

export function encodeWeight(score: number): number {
  return Math.max(0, Math.round(Math.log(score / WEIGHT_FLOOR) / WEIGHT_STEP));
}

export function decodeWeight(weight: number): number {
  return WEIGHT_FLOOR * Math.exp(weight * WEIGHT_STEP);
}

/** A record as a store ships it: what a hit shows, in a fixed order. */
export type StoredRecord = Pick<SearchRecord, 'id' | 'url' | 'page' | 'section' | 'text' | 'kind'>;
export type StoreData = [url: string, page: string, section: string, text: string, kind: SearchRecord['kind']][];

/**
 * Latin terms are filed under their first three letters, so every word a
 * prefix can expand to (rocks → rocksdb) is in the one shard the prefix
 * names; Han terms under themselves.
 */
const LATIN_KEY_LENGTH = 3;

export function shardFamily(term: string): ShardFamily {
  return isHan(term) && term.length === 1 ? 'c' : 'w';
}

// FNV-1a: a few lines, stable across engines, spreads short keys well.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** File name (without .js) of the shard that holds a term. */
export function shardOf(term: string, counts: SearchIndexHead['shards']): string {
  const family = shardFamily(term);
  const key = isHan(term) ? term : term.slice(0, LATIN_KEY_LENGTH);
  return `${family}${hash(key) % counts[family]}`;
}

/** File name (without .js) of the store that holds a record. */
export function storeOf(id: number, storeSize: number): string {
  return `s${Math.floor(id / storeSize)}`;
}

/** Where a shard or store is served, under the site's public path. */
export function partPath(version: string, name: string): string {
  return `assets/search/${version}/${name}.js`;
}

/** The global a part's script files its data under: `(self[PARTS_GLOBAL] ||= {})[name] = data`. */
export const PARTS_GLOBAL = '__hubSearchParts';
