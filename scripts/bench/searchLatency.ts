import {performance} from 'node:perf_hooks';
import type {SearchEngine} from '../../src/search/engine';

/**
 * Time of each query, `rounds` times over the list, after one untimed round
 * that loads every part the queries need: the latency a reader meets once
 * the search is loaded, sorted for percentile().
 */
export async function queryLatencies(engine: SearchEngine, queries: string[], rounds: number): Promise<number[]> {
  for (const query of queries) await engine.search(query, 20);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      await engine.search(query, 20);
      timings.push(performance.now() - started);
    }
  }
  return timings.sort((a, b) => a - b);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
