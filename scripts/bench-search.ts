/**
 * Search quality and cost over tests/fixtures/search-queries.json:
 * precision@1, recall@3, the shipped index's size (raw and gzip), the time to
 * build the index, and query latency (p50/p95). Prints figures; asserts
 * nothing (tests/unit/search-quality.test.ts holds the floor).
 */
import {gzipSync} from 'node:zlib';
import {performance} from 'node:perf_hooks';
import {createSearchEngine} from '../src/search/engine';
import {evaluate, readQueryCases, recordsFromSources} from '../tests/searchQuality';

const ROUNDS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const records = recordsFromSources();
const json = JSON.stringify(records);
const started = performance.now();
const engine = createSearchEngine(records);
const buildMs = performance.now() - started;
const cases = readQueryCases();
const {outcomes, precisionAt1, recallAt3} = evaluate(engine, cases);

const timings: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const {query} of cases) {
    const t0 = performance.now();
    engine.search(query, 20);
    timings.push(performance.now() - t0);
  }
}
timings.sort((a, b) => a - b);

const misses = outcomes.filter((o) => !o.hitAt1 || o.recallAt3 < 1);
console.log(`查询数            ${cases.length}`);
const countOf = (kind: string) => records.filter((r) => r.kind === kind).length;
console.log(
  `记录数            ${records.length}（${countOf('doc')} 个章节，${countOf('resource')} 条资源，${countOf('glossary')} 个术语）`,
);
console.log(`precision@1       ${precisionAt1.toFixed(3)}`);
console.log(`recall@3          ${recallAt3.toFixed(3)}`);
console.log(
  `索引大小          ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB 原始，${(gzipSync(json).length / 1024).toFixed(1)} KB gzip`,
);
console.log(`建索引耗时        ${buildMs.toFixed(1)} ms（Node，浏览器中相近）`);
console.log(
  `查询延迟          p50 ${percentile(timings, 50).toFixed(3)} ms，p95 ${percentile(timings, 95).toFixed(3)} ms（${timings.length} 次）`,
);
if (misses.length > 0) {
  console.log('\n未满分的查询：');
  for (const miss of misses)
    console.log(`  ${miss.query} → 前三：${miss.top.join('，') || '（无结果）'}；期望：${miss.pages.join('，')}`);
}
