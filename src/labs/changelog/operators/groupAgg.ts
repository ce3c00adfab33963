/**
 * A non-windowed GROUP BY with one COUNT(*) or SUM, as Flink 2.3 runs it
 * without mini-batch: GroupAggFunction, whose per-record logic is in
 * GroupAggHelper#processElement:
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/aggregate/GroupAggFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/aggregate/utils/GroupAggHelper.java
 * (paths at apache/flink f3953d2a141929a5266593fa8071a273c3808209, release-2.3).
 */
import {formatValue, isAccumulate, type Change, type Row, type Value} from '../model';
import {nothingOnWatermark, type Operator, type OperatorStep} from './types';

export interface GroupAggOptions {
  keyIndex: number;
  /** COUNT(*) counts rows; SUM adds the column at valueIndex. */
  fn: 'count' | 'sum';
  valueIndex: number;
  /**
   * Whether -U is emitted before +U. The planner sets it from what the
   * consumer needs: true for a retract sink, false when an upsert sink's
   * primary key equals the upsert key (FlinkChangelogModeInferenceProgram,
   * SatisfyUpdateKindTraitVisitor).
   */
  generateUpdateBefore: boolean;
}

interface Accumulator {
  /** Rows currently aggregated: COUNT(*) itself, or the count Flink adds for retraction (RecordCounter). */
  count: number;
  sum: number;
}

export function groupAgg({keyIndex, fn, valueIndex, generateUpdateBefore}: GroupAggOptions): Operator {
  const accumulators = new Map<Value, Accumulator>();
  const valueOf = (acc: Accumulator): Value => (fn === 'count' ? acc.count : acc.sum);

  function process(_side: unknown, {kind, row}: Change): OperatorStep {
    const key = row[keyIndex];
    const name = formatValue(key);
    const existing = accumulators.get(key);
    // GroupAggHelper: no accumulator and a retraction (-U/-D) → return
    // without output; "this might happen if the retraction message is the
    // first message for the key".
    if (!existing && !isAccumulate(kind)) {
      return {out: [], notes: [`${name} 还没有聚合状态，撤回消息 ${kind} 被忽略，不输出（GroupAggHelper）。`]};
    }
    const firstRow = !existing;
    const acc = existing ?? {count: 0, sum: 0};
    const prev = valueOf(acc);
    const delta = fn === 'sum' ? Number(row[valueIndex]) : 0;
    const next: Accumulator = isAccumulate(kind)
      ? {count: acc.count + 1, sum: acc.sum + delta}
      : {count: acc.count - 1, sum: acc.sum - delta};
    const current = valueOf(next);
    const result = (value: Value): Row => [key, value];

    // RecordCounter#recordCountIsZero: the row count is kept in the
    // accumulator (for an insert-only input it can never reach zero).
    if (next.count !== 0) {
      accumulators.set(key, next);
      if (firstRow) {
        return {
          out: [{kind: '+I', row: result(current)}],
          notes: [`${name} 的第一行：输出 +I（GroupAggHelper，firstRow）。`],
        };
      }
      // Without state TTL an unchanged aggregate emits nothing: "newRow is
      // the same as before and state cleaning is not enabled".
      if (prev === current) {
        return {
          out: [],
          notes: [
            `${name} 的聚合值仍是 ${formatValue(current)}，没有变化；没开状态有效期时不输出任何行（GroupAggHelper）。`,
          ],
        };
      }
      const out: Change[] = [];
      if (generateUpdateBefore) out.push({kind: '-U', row: result(prev)});
      out.push({kind: '+U', row: result(current)});
      return {
        out,
        notes: [
          generateUpdateBefore
            ? `${name} 的聚合值从 ${formatValue(prev)} 变为 ${formatValue(current)}：先撤回旧值 -U，再发新值 +U。`
            : `${name} 的聚合值从 ${formatValue(prev)} 变为 ${formatValue(current)}：下游不需要 -U，只发 +U。`,
        ],
      };
    }
    // "we retracted the last record for this key": -D with the previous
    // value, then clear the state. (Flink skips the -D when this was the
    // key's first row; a first row is always an accumulation here, so its
    // count is 1.)
    accumulators.delete(key);
    return {
      out: [{kind: '-D', row: result(prev)}],
      notes: [`${name} 的行数减到 0：输出 -D 并清空这个 key 的状态（GroupAggHelper）。`],
    };
  }

  return {
    process,
    watermark: nothingOnWatermark,
    state: () => [
      {
        title: '每个分组的累加器',
        columns: ['分组', '行数', ...(fn === 'sum' ? ['SUM'] : [])],
        rows: [...accumulators].map(([key, acc]) => [
          formatValue(key),
          String(acc.count),
          ...(fn === 'sum' ? [String(acc.sum)] : []),
        ]),
      },
    ],
  };
}
