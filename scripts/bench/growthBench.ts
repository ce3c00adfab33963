/**
 * The growth part of `npm run bench -- --growth`: the hub at 1×, 10×, 50×
 * and 100× its content (varied copies, see growth.ts and vary.ts), each
 * built cold and served on 127.0.0.1. For each size: build time and peak
 * memory; the whole search index (head, shards, stores; gzip); the first
 * query typed on the home page in Chromium, in a fresh browser context so
 * nothing is cached (what it loads, raw and gzip, and the time from the key
 * press to its results on screen; median of a few tries); and the query
 * latency once the parts are loaded (p50/p95 over the query set, in Node).
 */
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../config/chromium.mjs';
import {partScript} from '../../plugins/search';
import type {SearchIndexFiles} from '../../plugins/search/buildIndex';
import {engineFromIndex, readQueryCases} from '../../tests/searchQuality';
import {firstQuery, type FirstQuery} from './firstQuery';
import {makeGrownCopy} from './growth';
import type {Measured} from './processTree';
import {percentile, queryLatencies} from './searchLatency';
import {kb, median, row as tableRow} from './table';
import {serveStatic} from './serveStatic';

const FACTORS = [1, 10, 50, 100];
// A Chinese query (the originals' words only: the copies' are shifted) and an
// English one that the unvaried copies share, so its hits spread over many pages.
const FIRST_QUERIES = ['状态后端', 'RocksDB'];
const TRIES = 3;
const PORT = 4303;

export interface GrowthFigures {
  factor: number;
  pages: number;
  resources: number;
  buildMs: number;
  peakMB: number;
  indexParts: number;
  indexGzipBytes: number;
  /** Per query in FIRST_QUERIES: bytes of the first try, median time over TRIES. */
  firstQuery: Record<string, FirstQuery>;
  queryP50Ms: number;
  queryP95Ms: number;
}

const row = (cells: string[]) => tableRow(cells, 8, 14);

async function measureFirstQueries(home: string): Promise<Record<string, FirstQuery>> {
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  try {
    const figures: Record<string, FirstQuery> = {};
    for (const query of FIRST_QUERIES) {
      const tries: FirstQuery[] = [];
      for (let i = 0; i < TRIES; i++) {
        const context = await browser.newContext();
        tries.push(await firstQuery(await context.newPage(), home, query));
        await context.close();
      }
      figures[query] = {...tries[0], ms: median(tries.map((t) => t.ms))};
    }
    return figures;
  } finally {
    await browser.close();
  }
}

export async function measureGrowth(
  hubDir: string,
  work: string,
  build: (siteDir: string, outDir: string) => Promise<Measured>,
): Promise<GrowthFigures[]> {
  console.log('\n== 内容增长（副本的中文逐字移位、半数副本的英文字母置换）==');
  const firstHeads = FIRST_QUERIES.flatMap((q) => [`「${q}」加载`, 'gzip', '出结果']);
  console.log(
    row(['规模', '笔记页', '构建耗时', '峰值内存', '索引 gz', '文件数', ...firstHeads, '查询 p50', '查询 p95']),
  );
  const rows: GrowthFigures[] = [];
  const queries = readQueryCases().map((c) => c.query);
  for (const factor of FACTORS) {
    const grown = makeGrownCopy(hubDir, path.join(work, `grown-${factor}`), factor);
    const outDir = path.join(grown.dir, 'build');
    const measured = await build(grown.dir, outDir);
    const index = JSON.parse(
      readFileSync(path.join(grown.dir, '.docusaurus', 'hub-search', 'parts.json'), 'utf8'),
    ) as SearchIndexFiles;
    const indexGzipBytes = Object.entries(index.parts).reduce(
      (total, [name, data]) => total + gzipSync(partScript(name, data)).length,
      gzipSync(JSON.stringify(index.head)).length,
    );
    const timings = await queryLatencies(engineFromIndex(index), queries, 10);

    const stop = await serveStatic(grown.dir, outDir, PORT);
    let first: Record<string, FirstQuery>;
    try {
      first = await measureFirstQueries(`http://127.0.0.1:${PORT}/`);
    } finally {
      stop();
    }

    const figures: GrowthFigures = {
      factor,
      pages: grown.pages,
      resources: grown.resources,
      buildMs: measured.ms,
      peakMB: measured.peakMB,
      indexParts: Object.keys(index.parts).length,
      indexGzipBytes,
      firstQuery: first,
      queryP50Ms: percentile(timings, 50),
      queryP95Ms: percentile(timings, 95),
    };
    rows.push(figures);
    console.log(
      row([
        `${factor}×`,
        String(figures.pages),
        `${(figures.buildMs / 1000).toFixed(1)} s`,
        `${figures.peakMB.toFixed(0)} MB`,
        kb(figures.indexGzipBytes),
        String(figures.indexParts),
        ...FIRST_QUERIES.flatMap((q) => [kb(first[q].raw), kb(first[q].gzip), `${(first[q].ms / 1000).toFixed(2)} s`]),
        `${figures.queryP50Ms.toFixed(2)} ms`,
        `${figures.queryP95Ms.toFixed(2)} ms`,
      ]),
    );
    rmSync(grown.dir, {recursive: true, force: true});
  }
  return rows;
}
