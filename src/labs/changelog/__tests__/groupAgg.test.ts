import {describe, expect, it} from 'vitest';
import {groupAgg} from '../operators/groupAgg';
import {run} from './helpers';

// GroupAggregateHarnessTest, cited below:
// https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/scala/org/apache/flink/table/planner/runtime/harness/GroupAggregateHarnessTest.scala

describe('GROUP BY aggregation (GroupAggFunction / GroupAggHelper)', () => {
  it('first row of a key is +I, a later change is -U then +U', () => {
    // Flink docs, Dynamic Tables › Continuous Queries: the clicks of Mary,
    // Bob, Mary, Liz grouped by user give [Mary, 1], [Bob, 1], then
    // "[Mary, 1] is updated to [Mary, 2]", then [Liz, 1]; a retract stream
    // encodes the update as a retraction of the old row and an addition of
    // the new one (same page, Table to Stream Conversion).
    // https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/concepts/sql-table-concepts/dynamic_tables/
    const count = groupAgg({keyIndex: 0, fn: 'count', valueIndex: 1, generateUpdateBefore: true});
    expect(
      run(count, [
        ['+I', 'Mary', 0],
        ['+I', 'Bob', 0],
        ['+I', 'Mary', 0],
        ['+I', 'Liz', 0],
      ]),
    ).toEqual([['+I[Mary, 1]'], ['+I[Bob, 1]'], ['-U[Mary, 1]', '+U[Mary, 2]'], ['+I[Liz, 1]']]);
  });

  it('without -U (an upsert sink keyed by the group key) an update is a single +U', () => {
    // SinkTestPrograms.UPSERT_KEY_MATCHES_PK_WITHOUT_ON_CONFLICT: rows
    // (1, 10), (1, 20), (2, 5) into "SELECT a, COUNT(*) AS cnt ... GROUP BY a",
    // sink PRIMARY KEY (a), consumed "+I[1, 1]", "+U[1, 2]", "+I[2, 1]".
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/plan/nodes/exec/stream/SinkTestPrograms.java
    const count = groupAgg({keyIndex: 0, fn: 'count', valueIndex: 1, generateUpdateBefore: false});
    expect(
      run(count, [
        ['+I', 1, 10],
        ['+I', 1, 20],
        ['+I', 2, 5],
      ]),
    ).toEqual([['+I[1, 1]'], ['+U[1, 2]'], ['+I[2, 1]']]);
  });

  it('a retraction updates the sum, and retracting the last row of a key emits -D', () => {
    // GroupAggregateHarnessTest#testAggregateWithRetraction, SUM(c) GROUP BY a
    // over a retracting input. The expectations are those of the async-state
    // run, to which the test's state retention is not applied (no state
    // expires); its last step is left out because it depends on retention
    // being configured (see the next test).
    const sum = groupAgg({keyIndex: 0, fn: 'sum', valueIndex: 1, generateUpdateBefore: true});
    expect(
      run(sum, [
        ['+I', 'aaa', 1],
        ['+I', 'bbb', 1],
        ['+I', 'aaa', 2],
        ['-D', 'aaa', 2],
        ['+I', 'ccc', 3],
        ['-U', 'ccc', 3],
        ['+I', 'aaa', 4],
        ['+I', 'bbb', 2],
        ['+I', 'aaa', 5],
        ['+I', 'eee', 6],
        ['+I', 'aaa', 7],
        ['+I', 'bbb', 3],
      ]),
    ).toEqual([
      ['+I[aaa, 1]'],
      ['+I[bbb, 1]'],
      ['-U[aaa, 1]', '+U[aaa, 3]'],
      ['-U[aaa, 3]', '+U[aaa, 1]'],
      ['+I[ccc, 3]'],
      ['-D[ccc, 3]'],
      ['-U[aaa, 1]', '+U[aaa, 5]'],
      ['-U[bbb, 1]', '+U[bbb, 3]'],
      ['-U[aaa, 5]', '+U[aaa, 10]'],
      ['+I[eee, 6]'],
      ['-U[aaa, 10]', '+U[aaa, 17]'],
      ['-U[bbb, 3]', '+U[bbb, 6]'],
    ]);
  });

  it('an unchanged aggregate emits nothing when state TTL is off', () => {
    // GroupAggregateHarnessTest#testAggregateWithNoStateExpiration: +I(aaa, 1)
    // then +I(aaa, 0); "We expect there is not output if the result is the
    // same as before when state ttl is not set."
    const sum = groupAgg({keyIndex: 0, fn: 'sum', valueIndex: 1, generateUpdateBefore: true});
    expect(
      run(sum, [
        ['+I', 'aaa', 1],
        ['+I', 'aaa', 0],
      ]),
    ).toEqual([['+I[aaa, 1]'], []]);
  });

  it('a retraction for a key without state is dropped', () => {
    // GroupAggHelper#processElement: "Don't create a new accumulator for a
    // retraction message. This might happen if the retraction message is the
    // first message for the key", then `return` with no output.
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/aggregate/utils/GroupAggHelper.java
    const sum = groupAgg({keyIndex: 0, fn: 'sum', valueIndex: 1, generateUpdateBefore: true});
    expect(run(sum, [['-U', 'ccc', 3]])).toEqual([[]]);
  });
});
