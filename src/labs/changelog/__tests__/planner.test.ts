import {describe, expect, it} from 'vitest';
import type {Scenario, Side} from '../model';
import {planQuery, sinkVerdicts} from '../planner';
import {defaultScenario} from '../scenario';

// Planner tests and plans at apache/flink release-2.3:
// https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/
// The lab's tables differ from the tests', so the node descriptions differ
// in names only; the message formats and the inferred changes are the tests'.

function plan(changes: Partial<Scenario>, changelog: Side[] = []) {
  const scenario = {...defaultScenario(changes.shape), ...changes};
  const queryPlan = planQuery(scenario, new Set(changelog));
  return {queryPlan, sinks: sinkVerdicts(queryPlan, scenario)};
}
const verdict = (changes: Partial<Scenario>, sink: 'append' | 'upsert' | 'retract', changelog: Side[] = []) =>
  plan(changes, changelog).sinks.find((candidate) => candidate.sink === sink);

describe('changes the planner infers (FlinkChangelogModeInferenceProgram)', () => {
  it('GROUP BY over an insert-only input: inserts and updates; over a changelog: deletes too', () => {
    // DeduplicateTest.xml (testSimpleFirstRowOnProctime): GroupAggregate over
    // an insert-only input has changelogMode=[I,UA]; testSimpleLastRowOnProctime:
    // over an updating input it becomes SUM_RETRACT with changelogMode=[I,UA,D].
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/resources/org/apache/flink/table/planner/plan/stream/sql/DeduplicateTest.xml
    expect(plan({shape: 'agg'}).queryPlan.kinds).toEqual(['INSERT', 'UPDATE']);
    expect(plan({shape: 'agg', agg: 'sum'}, ['L']).queryPlan.kinds).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(plan({shape: 'agg', agg: 'sum'}, ['L']).queryPlan.node).toContain('SUM_RETRACT(amount) AS total');
  });

  it('a LEFT JOIN of insert-only inputs still produces updates and deletes; an inner join of them only inserts', () => {
    // JoinTest.xml testLeftJoinNonEqui: inputs changelogMode=[I], the
    // LeftOuterJoin (NoUniqueKey both sides) changelogMode=[I,UA,D].
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/resources/org/apache/flink/table/planner/plan/stream/sql/join/JoinTest.xml
    // DagOptimizationTest.xml: an InnerJoin of insert-only inputs has changelogMode=[I].
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/resources/org/apache/flink/table/planner/plan/stream/sql/DagOptimizationTest.xml
    expect(plan({shape: 'join', join: 'left'}).queryPlan.kinds).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(plan({shape: 'join', join: 'inner'}).queryPlan.kinds).toEqual(['INSERT']);
    expect(plan({shape: 'join', join: 'inner'}, ['R']).queryPlan.kinds).toEqual(['INSERT', 'UPDATE', 'DELETE']);
  });

  it('deduplication keeping the first row is insert-only (proc-time and row-time); keeping the last row is not', () => {
    // DeduplicateTest.xml: testSimpleFirstRowOnProctime and
    // testSimpleFirstRowOnRowtime show the Rank with changelogMode=[I];
    // testSimpleLastRowOnProctime shows changelogMode=[I,UB,UA,D].
    expect(plan({shape: 'dedup', keep: 'first', order: 'proctime'}).queryPlan.kinds).toEqual(['INSERT']);
    expect(plan({shape: 'dedup', keep: 'first', order: 'rowtime'}).queryPlan.kinds).toEqual(['INSERT']);
    expect(plan({shape: 'dedup', keep: 'last', order: 'proctime'}).queryPlan.kinds).toEqual([
      'INSERT',
      'UPDATE',
      'DELETE',
    ]);
  });

  it('Top-N: partition key and row_num form the upsert key only when row_num is output', () => {
    // Flink docs, Top-N: "The unique keys of Top-N query is the combination
    // of partition columns and rownum column"; without rownum the result
    // keeps only the input's keys, and the lab's input has none.
    // https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/sql/reference/queries/topn/
    expect(plan({shape: 'topn', rowNumber: true}).queryPlan.upsertKeys).toEqual([['category', 'row_num']]);
    expect(plan({shape: 'topn', rowNumber: false}).queryPlan.upsertKeys).toBeNull();
  });
});

describe('sinks', () => {
  it('an insert-only sink rejects an updating query with the planner message', () => {
    // TableSinkTest#testExceptionForAppendSink expects "Table sink
    // 'default_catalog.default_database.appendSink' doesn't support consuming
    // update changes which is produced by node GroupAggregate(groupBy=[a],
    // select=[a, COUNT(*) AS cnt])".
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/scala/org/apache/flink/table/planner/plan/stream/sql/TableSinkTest.scala
    expect(verdict({shape: 'agg'}, 'append')).toMatchObject({
      accepted: false,
      message:
        "Table sink 'default_catalog.default_database.append_sink' doesn't support consuming update changes which is produced by node GroupAggregate(groupBy=[customer], select=[customer, COUNT(*) AS cnt])",
    });
  });

  it('names both kinds when the query also deletes', () => {
    // MLPredictTableFunctionTest: "... doesn't support consuming update and
    // delete changes which is produced by node TableSourceScan(...)".
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/plan/stream/sql/MLPredictTableFunctionTest.java
    expect(verdict({shape: 'join', join: 'left'}, 'append')?.message).toBe(
      "Table sink 'default_catalog.default_database.append_sink' doesn't support consuming update and delete changes which is produced by node Join(joinType=[LeftOuterJoin], where=[(product_id = id)], select=[order_id, product_id, id, name], leftInputSpec=[NoUniqueKey], rightInputSpec=[NoUniqueKey])",
    );
    expect(verdict({shape: 'join', join: 'inner'}, 'append')?.accepted).toBe(true);
  });

  // SinkTestPrograms, the ON CONFLICT programs of 2.3:
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/plan/nodes/exec/stream/SinkTestPrograms.java
  it('an upsert sink keyed by the upsert key needs no ON CONFLICT and gets no -U', () => {
    // UPSERT_KEY_MATCHES_PK_WITHOUT_ON_CONFLICT: GROUP BY a into PRIMARY KEY (a) runs, consuming +I/+U.
    expect(verdict({shape: 'agg', pk: ['customer']}, 'upsert')).toMatchObject({accepted: true, receives: 'upsert'});
  });

  it('2.3 requires ON CONFLICT when the upsert key differs from the primary key, also for insert-only queries', () => {
    // APPEND_ONLY_WITH_PK_WITHOUT_ON_CONFLICT and
    // UPSERT_KEY_DIFFERS_FROM_PK_WITHOUT_ON_CONFLICT fail with "The query has
    // an upsert key that differs from the primary key of the sink table".
    const insertOnly = verdict({shape: 'join', join: 'inner', pk: ['order_id']}, 'upsert');
    expect(insertOnly?.accepted).toBe(false);
    expect(insertOnly?.message).toMatch(
      /^The query has an upsert key that differs from the primary key of the sink table 'default_catalog\.default_database\.upsert_sink'\. Primary key: \[order_id\], upsert key: \. /,
    );
    expect(verdict({shape: 'agg', pk: ['cnt']}, 'upsert')?.message).toContain(
      'Primary key: [cnt], upsert key: [customer].',
    );
    expect(verdict({shape: 'topn', rowNumber: false, pk: ['product_id']}, 'upsert')?.message).toContain(
      'upsert key: none.',
    );
  });

  it('with ON CONFLICT DO DEDUPLICATE or the check switched off, the query runs', () => {
    // APPEND_ONLY_WITH_PK_WITH_ON_CONFLICT and UPSERT_KEY_DIFFERS_FROM_PK_WITH_ON_CONFLICT run;
    // UPSERT_KEY_DIFFERS_FROM_PK_WITHOUT_ON_CONFLICT_DISABLED sets
    // table.exec.sink.require-on-conflict = false and runs.
    expect(verdict({shape: 'join', join: 'inner', pk: ['order_id'], conflict: 'deduplicate'}, 'upsert')).toMatchObject({
      accepted: true,
      materializer: undefined,
    });
    expect(verdict({shape: 'agg', pk: ['cnt'], conflict: 'deduplicate'}, 'upsert')).toMatchObject({
      accepted: true,
      receives: 'retract',
      materializer: 'SinkUpsertMaterializer',
    });
    expect(verdict({shape: 'agg', pk: ['cnt'], requireOnConflict: false}, 'upsert')?.accepted).toBe(true);
  });

  it('DO NOTHING and DO ERROR need watermarks on every source', () => {
    // ON_CONFLICT_DO_NOTHING_REQUIRES_WATERMARKS and ON_CONFLICT_DO_ERROR_REQUIRES_WATERMARKS:
    // "requires all source tables to define watermarks".
    expect(verdict({shape: 'join', pk: ['order_id'], conflict: 'nothing'}, 'upsert')?.message).toBe(
      'ON CONFLICT DO NOTHING requires all source tables to define watermarks, but the following source(s) do not: default_catalog.default_database.orders, default_catalog.default_database.products. Please add a WATERMARK declaration to these tables.',
    );
    expect(verdict({shape: 'dedup', order: 'rowtime', pk: ['product'], conflict: 'error'}, 'upsert')).toMatchObject({
      accepted: true,
      materializer: 'WatermarkCompactingSinkMaterializer',
    });
  });

  it('a retract sink takes every query, with -U', () => {
    expect(verdict({shape: 'topn'}, 'retract')).toMatchObject({accepted: true, receives: 'retract'});
  });
});
