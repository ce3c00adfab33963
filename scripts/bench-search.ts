/**
 * Search quality and cost over tests/fixtures/search-queries.json:
 * precision@1, recall@3, the shipped index's size (the head every search
 * loads; the shards and stores loaded per query), the time to build the
 * index, and query latency (p50/p95) once a query's parts are loaded.
 * Prints figures; asserts nothing (tests/unit/search-quality.test.ts holds
 * the floor).
 */
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import {partScript} from '../plugins/search';
import {buildSearchIndex} from '../plugins/search/buildIndex';
import {contentFromSources, engineFromIndex, evaluate, readQueryCases} from '../tests/searchQuality';
import {percentile, queryLatencies} from './bench/searchLatency';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (texts: string[]) => {
  const raw = texts.map((text) => Buffer.byteLength(text));
  const gzip = texts.map((text) => gzipSync(text).length);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return `${texts.length} 个，共 ${kb(sum(raw))}（gzip ${kb(sum(gzip))}），最大 ${kb(Math.max(...raw))}（gzip ${kb(Math.max(...gzip))}）`;
};

async function main(): Promise<void> {
  const {records, aliases} = await contentFromSources();
  const started = performance.now();
  const index = buildSearchIndex(records, aliases);
  const buildMs = performance.now() - started;
  const engine = engineFromIndex(index);
  const cases = readQueryCases();
  const {outcomes, precisionAt1, recallAt3} = await evaluate(engine, cases);
  const timings = await queryLatencies(
    engine,
    cases.map((c) => c.query),
    50,
  );

  const head = JSON.stringify(index.head);
  const parts = Object.entries(index.parts);
  const countOf = (kind: string) => records.filter((r) => r.kind === kind).length;
  console.log(`查询数            ${cases.length}`);
  console.log(
    `记录数            ${records.length}（${countOf('doc')} 个章节，${countOf('resource')} 条资源，${countOf('glossary')} 个术语，${countOf('change')} 行 2.x 变化，${countOf('config')} 个配置项，${countOf('question')} 道自测题），别名 ${Object.keys(aliases).length} 个`,
  );
  console.log(`precision@1       ${precisionAt1.toFixed(3)}`);
  console.log(`recall@3          ${recallAt3.toFixed(3)}`);
  console.log(`索引头            ${kb(Buffer.byteLength(head))}（gzip ${kb(gzipSync(head).length)}），每次搜索都加载`);
  const shards = parts.filter(([name]) => !name.startsWith('s')).map(([name, data]) => partScript(name, data));
  const stores = parts.filter(([name]) => name.startsWith('s')).map(([name, data]) => partScript(name, data));
  console.log(`词项分片          ${sizes(shards)}`);
  console.log(`记录分块          ${sizes(stores)}`);
  console.log(`建索引耗时        ${buildMs.toFixed(1)} ms（构建时，Node）`);
  console.log(
    `查询延迟          p50 ${percentile(timings, 50).toFixed(3)} ms，p95 ${percentile(timings, 95).toFixed(3)} ms（${timings.length} 次，分片已加载）`,
  );
  const misses = outcomes.filter((o) => !o.hitAt1 || o.recallAt3 < 1);
  if (misses.length > 0) {
    console.log('\n未满分的查询：');
    for (const miss of misses)
      console.log(`  ${miss.query} → 前三：${miss.top.join('，') || '（无结果）'}；期望：${miss.pages.join('，')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
