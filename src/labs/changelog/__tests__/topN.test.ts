import {describe, expect, it} from 'vitest';
import {topN} from '../operators/topN';
import {run, type Input} from './helpers';

// The harness tests of the Top-N functions, at
// https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-runtime/src/test/java/org/apache/flink/table/runtime/operators/rank/
// Rows are (category, id, sort key), partitioned by the first field and
// sorted ascending on the third (IntRecordComparator). TopNFunctionTestBase's
// tests run against every Top-N function, so both of the lab's are checked
// with them; the expected lists are compared in order (assertOutputEquals).
const create = (
  inputInsertOnly: boolean,
  options: {generateUpdateBefore: boolean; outputRankNumber: boolean; n?: number},
) => topN({partitionIndex: 0, sortIndex: 2, descending: false, n: options.n ?? 2, inputInsertOnly, ...options});

const FUNCTIONS = [
  ['AppendOnlyTopNFunction', true],
  ['RetractableTopNFunction', false],
] as const;

const BOOKS_AND_FRUIT: Input[] = [
  ['+I', 'book', 1, 12],
  ['+I', 'book', 2, 19],
  ['+I', 'book', 4, 11],
  ['+I', 'fruit', 4, 33],
  ['+I', 'fruit', 3, 44],
  ['+I', 'fruit', 5, 22],
];

describe.each(FUNCTIONS)('%s (TopNFunctionTestBase)', (_name, inputInsertOnly) => {
  it('without row_num: a row pushed out of the top N is -D, the new one +I', () => {
    // testConstantRankRangeWithoutOffset, then its step after restore
    // (the state is kept): ("book", 5, 10) pushes ("book", 1, 12) out.
    const steps = run(create(inputInsertOnly, {generateUpdateBefore: true, outputRankNumber: false}), [
      ...BOOKS_AND_FRUIT,
      ['+I', 'book', 5, 10],
    ]);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12]',
      '+I[book, 2, 19]',
      '-D[book, 2, 19]',
      '+I[book, 4, 11]',
      '+I[fruit, 4, 33]',
      '+I[fruit, 3, 44]',
      '-D[fruit, 3, 44]',
      '+I[fruit, 5, 22]',
      '-D[book, 1, 12]',
      '+I[book, 5, 10]',
    ]);
  });

  it('with row_num: every rank below the new row changes, each as -U/+U', () => {
    // testOutputRankNumberWithConstantRankRange.
    const steps = run(create(inputInsertOnly, {generateUpdateBefore: true, outputRankNumber: true}), [
      ['+I', 'book', 1, 12],
      ['+I', 'book', 2, 19],
      ['+I', 'book', 4, 11],
      ['+I', 'book', 5, 11],
      ['+I', 'fruit', 4, 33],
      ['+I', 'fruit', 3, 44],
      ['+I', 'fruit', 5, 22],
    ]);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12, 1]',
      '+I[book, 2, 19, 2]',
      '-U[book, 1, 12, 1]',
      '+U[book, 4, 11, 1]',
      '-U[book, 2, 19, 2]',
      '+U[book, 1, 12, 2]',
      '-U[book, 1, 12, 2]',
      '+U[book, 5, 11, 2]',
      '+I[fruit, 4, 33, 1]',
      '+I[fruit, 3, 44, 2]',
      '-U[fruit, 4, 33, 1]',
      '+U[fruit, 5, 22, 1]',
      '-U[fruit, 3, 44, 2]',
      '+U[fruit, 4, 33, 2]',
    ]);
  });

  it('with row_num and without -U: the upsert changelog keyed by (partition, row_num)', () => {
    // testDisableGenerateUpdateBeforeAndOutputRankNumber: "Retract message
    // will not be sent ... Because partition key + rankNumber decomposes a
    // uniqueKey."
    const steps = run(create(inputInsertOnly, {generateUpdateBefore: false, outputRankNumber: true}), [
      ['+I', 'book', 1, 12],
      ['+I', 'book', 2, 19],
      ['+I', 'book', 4, 11],
      ['+I', 'book', 5, 11],
      ['+I', 'fruit', 4, 33],
      ['+I', 'fruit', 3, 44],
      ['+I', 'fruit', 5, 22],
    ]);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12, 1]',
      '+I[book, 2, 19, 2]',
      '+U[book, 4, 11, 1]',
      '+U[book, 1, 12, 2]',
      '+U[book, 5, 11, 2]',
      '+I[fruit, 4, 33, 1]',
      '+I[fruit, 3, 44, 2]',
      '+U[fruit, 5, 22, 1]',
      '+U[fruit, 4, 33, 2]',
    ]);
  });

  it('without row_num, -D is sent even when -U is not wanted; ties keep arrival order', () => {
    // testDisableGenerateUpdateBefore: "Delete message will be sent even
    // disable generate retraction when not output rankNumber."
    const steps = run(create(inputInsertOnly, {generateUpdateBefore: false, outputRankNumber: false}), [
      ['+I', 'book', 1, 12],
      ['+I', 'book', 2, 19],
      ['+I', 'book', 3, 19],
      ['+I', 'book', 4, 11],
      ['+I', 'book', 5, 11],
      ['+I', 'fruit', 4, 33],
      ['+I', 'fruit', 3, 44],
      ['+I', 'fruit', 5, 22],
    ]);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12]',
      '+I[book, 2, 19]',
      '-D[book, 2, 19]',
      '+I[book, 4, 11]',
      '-D[book, 1, 12]',
      '+I[book, 5, 11]',
      '+I[fruit, 4, 33]',
      '+I[fruit, 3, 44]',
      '-D[fruit, 3, 44]',
      '+I[fruit, 5, 22]',
    ]);
  });
});

describe('RetractableTopNFunction on an updating input', () => {
  const SEQUENCE: Input[] = [
    ['+I', 'book', 1, 12],
    ['+I', 'book', 2, 19],
    ['+I', 'book', 4, 11],
    ['-U', 'book', 1, 12],
    ['+I', 'book', 5, 11],
    ['+I', 'fruit', 4, 33],
    ['+I', 'fruit', 3, 44],
    ['+I', 'fruit', 5, 22],
  ];

  it('with row_num: a retracted row moves the ranks below it up, each as -U/+U', () => {
    // RetractableTopNFunctionTest#testProcessRetractMessageWithGenerateUpdateBefore.
    const steps = run(create(false, {generateUpdateBefore: true, outputRankNumber: true}), SEQUENCE);
    expect(steps[3]).toEqual(['-U[book, 1, 12, 2]', '+U[book, 2, 19, 2]']);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12, 1]',
      '+I[book, 2, 19, 2]',
      '-U[book, 1, 12, 1]',
      '+U[book, 4, 11, 1]',
      '-U[book, 2, 19, 2]',
      '+U[book, 1, 12, 2]',
      '-U[book, 1, 12, 2]',
      '+U[book, 2, 19, 2]',
      '-U[book, 2, 19, 2]',
      '+U[book, 5, 11, 2]',
      '+I[fruit, 4, 33, 1]',
      '+I[fruit, 3, 44, 2]',
      '-U[fruit, 4, 33, 1]',
      '+U[fruit, 5, 22, 1]',
      '-U[fruit, 3, 44, 2]',
      '+U[fruit, 4, 33, 2]',
    ]);
  });

  it('with row_num and without -U: only +U', () => {
    // RetractableTopNFunctionTest#testProcessRetractMessageWithNotGenerateUpdateBefore.
    const steps = run(create(false, {generateUpdateBefore: false, outputRankNumber: true}), SEQUENCE);
    expect(steps.flat()).toEqual([
      '+I[book, 1, 12, 1]',
      '+I[book, 2, 19, 2]',
      '+U[book, 4, 11, 1]',
      '+U[book, 1, 12, 2]',
      '+U[book, 2, 19, 2]',
      '+U[book, 5, 11, 2]',
      '+I[fruit, 4, 33, 1]',
      '+I[fruit, 3, 44, 2]',
      '+U[fruit, 5, 22, 1]',
      '+U[fruit, 4, 33, 2]',
    ]);
  });

  const OUT_OF_RANGE: Input[] = [
    ['+I', 'a', 1, 1],
    ['+I', 'a', 2, 2],
    ['+I', 'a', 3, 2],
    ['+I', 'a', 4, 4],
    ['+I', 'a', 5, 4],
    ['-D', 'a', 4, 4],
    ['-D', 'a', 1, 1],
    ['-D', 'a', 2, 2],
  ];

  it('without row_num: retracting a row outside the top N emits nothing; inside, -D and the next row +I', () => {
    // RetractableTopNFunctionTest#testRetractRecordOutOfRankRangeWithoutRowNumber.
    const steps = run(create(false, {generateUpdateBefore: false, outputRankNumber: false}), OUT_OF_RANGE);
    expect(steps[5]).toEqual([]);
    expect(steps.flat()).toEqual([
      '+I[a, 1, 1]',
      '+I[a, 2, 2]',
      '-D[a, 1, 1]',
      '+I[a, 3, 2]',
      '-D[a, 2, 2]',
      '+I[a, 5, 4]',
    ]);
  });

  it('with row_num: the same retractions as rank updates', () => {
    // RetractableTopNFunctionTest#testRetractRecordOutOfRankRangeWithRowNumber.
    const steps = run(create(false, {generateUpdateBefore: false, outputRankNumber: true}), OUT_OF_RANGE);
    expect(steps.flat()).toEqual([
      '+I[a, 1, 1, 1]',
      '+I[a, 2, 2, 2]',
      '+U[a, 2, 2, 1]',
      '+U[a, 3, 2, 2]',
      '+U[a, 3, 2, 1]',
      '+U[a, 5, 4, 2]',
    ]);
  });

  const TIES: Input[] = [
    ['+I', 'a', 1, 1],
    ['+I', 'a', 2, 2],
    ['+I', 'a', 3, 2],
    ['+I', 'a', 4, 2],
    ['+I', 'a', 5, 3],
    ['+I', 'a', 6, 4],
    ['-U', 'a', 2, 2],
  ];

  it('without row_num: the row that moves into the top N may share the retracted row’s sort key', () => {
    // RetractableTopNFunctionTest#testConstantRankRangeWithoutRowNumber (top 3).
    const steps = run(create(false, {generateUpdateBefore: false, outputRankNumber: false, n: 3}), TIES);
    expect(steps.flat()).toEqual(['+I[a, 1, 1]', '+I[a, 2, 2]', '+I[a, 3, 2]', '-D[a, 2, 2]', '+I[a, 4, 2]']);
  });

  it('with row_num: the same retraction shifts the tied rows up a rank', () => {
    // RetractableTopNFunctionTest#testConstantRankRangeWithRowNumber (top 3).
    const steps = run(create(false, {generateUpdateBefore: false, outputRankNumber: true, n: 3}), TIES);
    expect(steps.flat()).toEqual([
      '+I[a, 1, 1, 1]',
      '+I[a, 2, 2, 2]',
      '+I[a, 3, 2, 3]',
      '+U[a, 3, 2, 2]',
      '+U[a, 4, 2, 3]',
    ]);
  });
});
