import {readFileSync} from 'node:fs';
import path from 'node:path';
import {buildSearchIndex, type SearchIndexFiles} from '../plugins/search/buildIndex';
import type {SearchContent} from '../plugins/search/buildRecords';
import {siteSearchContent} from '../plugins/search/siteContent';
import {noteQuizzes} from '../plugins/notes/quiz';
import {createSearchEngine, type SearchEngine} from '../src/search/engine';
import type {SearchRecord} from '../src/search/types';
import {isNote, parseBody, readDocs, type DocFile} from './docsFiles';

export interface QueryCase {
  query: string;
  /** Pages (paths without anchors) a reader typing the query wants; any of them counts. */
  pages: string[];
}

export function readQueryCases(): QueryCase[] {
  return JSON.parse(readFileSync(path.join(__dirname, 'fixtures/search-queries.json'), 'utf8')) as QueryCase[];
}

/**
 * The same records and alias table the search plugin ships, built straight
 * from docs/ and the data files. A page whose MDX does not parse is left out:
 * the docs rules name it and its line, and search is still measured on the rest.
 */
export async function contentFromSources(docs?: DocFile[]): Promise<SearchContent> {
  const read = (docs ?? (await readDocs())).filter((doc) => 'tree' in parseBody(doc));
  const pages = read.map((doc) => ({permalink: doc.route, title: String(doc.frontMatter.title), source: doc.source}));
  const questions = noteQuizzes(
    read
      .filter(isNote)
      .map((doc) => ({path: doc.route, title: String(doc.frontMatter.title), frontMatter: doc.frontMatter})),
  );
  return siteSearchContent({pages, questions});
}

/** The records alone (the anchors test reads them). */
export async function recordsFromSources(): Promise<SearchRecord[]> {
  return (await contentFromSources()).records;
}

/** An engine over index files held in memory, as the browser would load them one by one. */
export function engineFromIndex({head, parts}: SearchIndexFiles): SearchEngine {
  return createSearchEngine(head, async (name) => {
    if (!(name in parts)) throw new Error(`索引中没有 ${name}`);
    return parts[name];
  });
}

/** The engine over the index the plugin would build from today's sources. */
export async function engineFromSources(): Promise<SearchEngine> {
  const {records, aliases} = await contentFromSources();
  return engineFromIndex(buildSearchIndex(records, aliases));
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
export async function evaluate(
  engine: SearchEngine,
  cases: QueryCase[],
): Promise<{outcomes: QueryOutcome[]; precisionAt1: number; recallAt3: number}> {
  const outcomes: QueryOutcome[] = [];
  for (const c of cases) {
    const {hits} = await engine.search(c.query, 30);
    const top = [...new Set(hits.map((hit) => pageOf(hit.record.url)))].slice(0, 3);
    const found = c.pages.filter((page) => top.includes(page)).length;
    outcomes.push({...c, top, hitAt1: c.pages.includes(top[0] ?? ''), recallAt3: found / Math.min(3, c.pages.length)});
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    outcomes,
    precisionAt1: mean(outcomes.map((o) => (o.hitAt1 ? 1 : 0))),
    recallAt3: mean(outcomes.map((o) => o.recallAt3)),
  };
}
