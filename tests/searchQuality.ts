import {readFileSync} from 'node:fs';
import path from 'node:path';
import {buildRecords} from '../plugins/search/buildRecords';
import {glossary} from '../src/data/glossary';
import {resources} from '../src/data/resources';
import type {SearchEngine} from '../src/search/engine';
import type {SearchRecord} from '../src/search/types';
import {readDocs} from './docsFiles';

export interface QueryCase {
  query: string;
  /** Pages (paths without anchors) a reader typing the query wants; any of them counts. */
  pages: string[];
}

export function readQueryCases(): QueryCase[] {
  return JSON.parse(readFileSync(path.join(__dirname, 'fixtures/search-queries.json'), 'utf8')) as QueryCase[];
}

/** The same records the search plugin ships, built straight from docs/ and the catalog. */
export function recordsFromSources(): SearchRecord[] {
  const pages = readDocs().map((doc) => ({
    permalink: doc.route,
    title: String(doc.frontMatter.title),
    source: readFileSync(path.join(__dirname, '..', doc.file), 'utf8'),
  }));
  return buildRecords(pages, resources, glossary);
}

function pageOf(url: string): string {
  return url.split('#')[0];
}

export interface QueryOutcome extends QueryCase {
  top: string[];
  hitAt1: boolean;
  recallAt3: number;
}

/**
 * precision@1: the first result is on one of the wanted pages.
 * recall@3: the share of wanted pages among the first three distinct pages
 * (at most three can be found, so a case wanting more is scored out of three).
 */
export function evaluate(
  engine: SearchEngine,
  cases: QueryCase[],
): {outcomes: QueryOutcome[]; precisionAt1: number; recallAt3: number} {
  const outcomes = cases.map((c) => {
    const top = [...new Set(engine.search(c.query, 30).map((hit) => pageOf(hit.record.url)))].slice(0, 3);
    const found = c.pages.filter((page) => top.includes(page)).length;
    return {...c, top, hitAt1: c.pages.includes(top[0] ?? ''), recallAt3: found / Math.min(3, c.pages.length)};
  });
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    outcomes,
    precisionAt1: mean(outcomes.map((o) => (o.hitAt1 ? 1 : 0))),
    recallAt3: mean(outcomes.map((o) => o.recallAt3)),
  };
}
