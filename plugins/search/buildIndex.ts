import {createHash} from 'node:crypto';
import {
  encodeWeight,
  shardFamily,
  shardOf,
  type AliasTable,
  type SearchIndexHead,
  type ShardData,
  type ShardFamily,
  type StoreData,
} from '../../src/search/indexFormat';
import {indexTerms} from '../../src/search/tokenize';
import type {SearchRecord} from '../../src/search/types';

const FIELDS = ['page', 'section', 'text', 'tags'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_BOOST: Record<Field, number> = {section: 4, page: 3, tags: 2, text: 1};
// A catalog card, a glossary line, a changes-table row or a self-check
// question says in one or two sentences what a note explains at length: show
// them, but after the note. A lab is a destination of its own, indexed by its
// summary: after the note that explains the idea, before the one-line records;
// so is a tool page (the migration checker). A config-keys row is a key in a
// reference table (found first when only the key is typed), ranked below the
// one-line records that explain it: at 0.5 and more its key name outranked the
// RocksDB note for "write buffer".
const KIND_WEIGHT: Record<SearchRecord['kind'], number> = {
  doc: 1,
  lab: 0.8,
  tool: 0.8,
  resource: 0.6,
  glossary: 0.6,
  change: 0.6,
  config: 0.4,
  question: 0.6,
};
// BM25+ as MiniSearch scores it (k, b, d), which the ranking was tuned with.
const BM25 = {k: 1.2, b: 0.7, d: 0.5};

// Sizes chosen by what the fixture queries load (shards of their terms,
// stores of their first 8 hits), at 1× and at 50× the content (varied
// copies), in KB gzip, mean / largest:
//   10 KB shards, 8 records a store: 23 / 47 at 1×, 31 / 77 at 50×;
//   6 KB, 4: 15 / 28 and 19 / 48;  4 KB, 4: 12 / 22 and 16 / 41;
//   3 KB, 4: 11 / 19 and 14 / 37;  4 KB, 2: 11 / 19 and 13 / 32.
// Smaller files than 4 KB and 4 records save little more and multiply the
// files (2,500 at 50×).
const SHARD_TARGET_BYTES = 4 * 1024;
const STORE_SIZE = 4;

export interface SearchIndexFiles {
  head: SearchIndexHead;
  /** Shard and store files by name (see indexFormat.ts), as plain data. */
  parts: Record<string, ShardData | StoreData>;
}

interface FieldStats {
  /** term → record id → occurrences in this field */
  postings: Map<string, Map<number, number>>;
  /** distinct terms per record, MiniSearch's field length */
  lengths: number[];
}

function fieldStats(records: readonly SearchRecord[], field: Field): FieldStats {
  const postings = new Map<string, Map<number, number>>();
  const lengths = records.map((record) => {
    const terms = indexTerms(record[field]);
    for (const term of terms) {
      let byRecord = postings.get(term);
      if (!byRecord) postings.set(term, (byRecord = new Map()));
      byRecord.set(record.id, (byRecord.get(record.id) ?? 0) + 1);
    }
    return new Set(terms).size;
  });
  return {postings, lengths};
}

/** term → record id → that term's score in the record: BM25+ summed over the boosted fields. */
function termScores(records: readonly SearchRecord[]): Map<string, Map<number, number>> {
  const scores = new Map<string, Map<number, number>>();
  for (const field of FIELDS) {
    const {postings, lengths} = fieldStats(records, field);
    const average = lengths.reduce((a, b) => a + b, 0) / records.length;
    for (const [term, byRecord] of postings) {
      const idf = Math.log(1 + (records.length - byRecord.size + 0.5) / (byRecord.size + 0.5));
      let termScore = scores.get(term);
      if (!termScore) scores.set(term, (termScore = new Map()));
      for (const [id, tf] of byRecord) {
        const norm = BM25.k * (1 - BM25.b + (BM25.b * lengths[id]) / average);
        const score = FIELD_BOOST[field] * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
        termScore.set(id, (termScore.get(id) ?? 0) + score * KIND_WEIGHT[records[id].kind]);
      }
    }
  }
  return scores;
}

function postingList(byRecord: Map<number, number>): number[] {
  const list: number[] = [];
  let previous = 0;
  for (const id of [...byRecord.keys()].sort((a, b) => a - b)) {
    list.push(id - previous, encodeWeight(byRecord.get(id)!));
    previous = id;
  }
  return list;
}

/**
 * Splits the records into the files the browser loads on demand (see
 * src/search/indexFormat.ts). The number of shards grows with the postings,
 * so a shard stays about the same size however large the hub gets.
 */
export function buildSearchIndex(records: readonly SearchRecord[], aliases: AliasTable): SearchIndexFiles {
  records.forEach((record, i) => {
    if (record.id !== i) throw new Error(`hub-search：记录 ${record.url} 的 id 应为 ${i}`);
  });
  const lists = new Map([...termScores(records)].map(([term, byRecord]) => [term, postingList(byRecord)]));

  const familyBytes: Record<ShardFamily, number> = {c: 0, w: 0};
  for (const [term, list] of lists) familyBytes[shardFamily(term)] += term.length + JSON.stringify(list).length;
  const shards = {
    c: Math.max(1, Math.round(familyBytes.c / SHARD_TARGET_BYTES)),
    w: Math.max(1, Math.round(familyBytes.w / SHARD_TARGET_BYTES)),
  };

  const parts: Record<string, ShardData | StoreData> = {};
  // The default sort: code-unit order, natively (a comparator is slow over a large hub's terms).
  for (const term of [...lists.keys()].sort()) {
    const name = shardOf(term, shards);
    ((parts[name] ??= {}) as ShardData)[term] = lists.get(term)!;
  }
  for (let start = 0; start < records.length; start += STORE_SIZE) {
    parts[`s${start / STORE_SIZE}`] = records
      .slice(start, start + STORE_SIZE)
      .map((record): StoreData[number] => [record.url, record.page, record.section, record.text, record.kind]);
  }

  const version = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 10);
  return {head: {version, shards, storeSize: STORE_SIZE, aliases}, parts};
}
