import {describe, expect, it} from 'vitest';
import {deduplicate} from '../operators/dedup';
import {run} from './helpers';

// The harness tests of the deduplicate functions, at
// https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-runtime/src/test/java/org/apache/flink/table/runtime/operators/deduplicate/
// Proc-time tests key rows ("book", key, value) on the second field; row-time
// tests key ("key1", value, rowtime) on the first, with the rowtime third.
const procTime = (keep: 'first' | 'last', generateUpdateBefore = true) =>
  deduplicate({keyIndex: 1, keep, order: 'proctime', rowtimeIndex: -1, generateUpdateBefore});
const rowTime = (keep: 'first' | 'last', generateUpdateBefore = true) =>
  deduplicate({keyIndex: 0, keep, order: 'rowtime', rowtimeIndex: 2, generateUpdateBefore});

describe('deduplication on processing time', () => {
  it('keep first row: the first row of a key is +I, later rows are dropped (insert-only)', () => {
    // ProcTimeDeduplicateKeepFirstRowFunctionTest#test: "Keep FirstRow in
    // deduplicate will not send retraction".
    expect(
      run(procTime('first'), [
        ['+I', 'book', 1, 12],
        ['+I', 'book', 2, 11],
        ['+I', 'book', 1, 13],
      ]),
    ).toEqual([['+I[book, 1, 12]'], ['+I[book, 2, 11]'], []]);
  });

  it('keep last row: a later row retracts the kept one with -U and replaces it with +U', () => {
    // ProcTimeDeduplicateKeepLastRowFunctionTest#testWithGenerateUpdateBeforeAndStateTtl,
    // its first three inputs (no state expires before them).
    expect(
      run(procTime('last'), [
        ['+I', 'book', 1, 12],
        ['+I', 'book', 2, 11],
        ['+I', 'book', 1, 13],
      ]),
    ).toEqual([['+I[book, 1, 12]'], ['+I[book, 2, 11]'], ['-U[book, 1, 12]', '+U[book, 1, 13]']]);
  });

  it('keep last row without -U: the update is a single +U, the first row still +I', () => {
    // ProcTimeDeduplicateKeepLastRowFunctionTest#testWithoutGenerateUpdateBefore.
    expect(
      run(procTime('last', false), [
        ['+I', 'book', 1, 12],
        ['+I', 'book', 2, 11],
        ['+I', 'book', 1, 13],
      ]),
    ).toEqual([['+I[book, 1, 12]'], ['+I[book, 2, 11]'], ['+U[book, 1, 13]']]);
  });

  it('keep last row: an identical row emits nothing when state TTL is off', () => {
    // ProcTimeDeduplicateKeepLastRowFunctionTest#testWithStateTtlDisabled.
    expect(
      run(procTime('last'), [
        ['+I', 'book', 1, 12],
        ['+I', 'book', 2, 11],
        ['+I', 'book', 1, 12],
      ]),
    ).toEqual([['+I[book, 1, 12]'], ['+I[book, 2, 11]'], []]);
  });
});

describe('deduplication on event time', () => {
  it('keep last row: a row with a later (or equal) rowtime replaces the kept one; watermarks change nothing', () => {
    // RowTimeDeduplicateFunctionTest#testRowTimeDeduplicateKeepLastRow with
    // generateUpdateBefore = true, up to the watermark 302 (the snapshot and
    // restore in between keep the state; later steps depend on state TTL).
    const steps = run(rowTime('last'), [
      ['+I', 'key1', 13, 99],
      ['+I', 'key1', 12, 100],
      ['+I', 'key2', 11, 101],
      ['WM', 102],
      ['+I', 'key1', 12, 300],
      ['+I', 'key2', 11, 301],
      ['+I', 'key3', 5, 299],
      ['WM', 302],
    ]);
    expect(steps.flat()).toEqual([
      '+I[key1, 13, 99]',
      '-U[key1, 13, 99]',
      '+U[key1, 12, 100]',
      '+I[key2, 11, 101]',
      '-U[key1, 12, 100]',
      '+U[key1, 12, 300]',
      '-U[key2, 11, 101]',
      '+U[key2, 11, 301]',
      '+I[key3, 5, 299]',
    ]);
    expect(steps[3]).toEqual([]);
  });

  it('keep first row: rows wait for the watermark, late rows are dropped, only +I is emitted', () => {
    // RowTimeDeduplicateKeepFirstRowFunctionTest#testRowTimeDeduplicateKeepFirstRow,
    // up to the watermark 102: (key1, 0, 1) is late after watermark 50; at
    // watermark 102 the earliest row of each key comes out.
    const steps = run(rowTime('first'), [
      ['WM', 50],
      ['+I', 'key1', 0, 1],
      ['+I', 'key1', 14, 101],
      ['+I', 'key1', 13, 99],
      ['+I', 'key1', 15, 99],
      ['+I', 'key1', 12, 100],
      ['+I', 'key2', 11, 101],
      ['WM', 102],
    ]);
    expect(steps.slice(0, 7).flat()).toEqual([]);
    expect(steps[7]).toEqual(['+I[key1, 13, 99]', '+I[key2, 11, 101]']);
  });

  it('keep first row: a key already emitted ignores later rows, a new key waits for the next watermark', () => {
    // The same test after its restore: (key1, 12, 300) and (key2, 11, 301)
    // are ignored ("result has already been emitted"), and watermark 302
    // emits only (key3, 5, 299).
    const steps = run(rowTime('first'), [
      ['+I', 'key1', 13, 99],
      ['+I', 'key2', 11, 101],
      ['WM', 102],
      ['+I', 'key1', 12, 300],
      ['+I', 'key2', 11, 301],
      ['+I', 'key3', 5, 299],
      ['WM', 302],
    ]);
    expect(steps[6]).toEqual(['+I[key3, 5, 299]']);
    expect(steps.slice(3, 6).flat()).toEqual([]);
  });
});
