/**
 * Deduplication (ROW_NUMBER() = 1 ordered by a time attribute) on an
 * insert-only input, as Flink 2.3 runs it without mini-batch. Which function
 * runs is chosen in StreamExecDeduplicate; their logic:
 * flink-table/flink-table-planner/src/main/java/org/apache/flink/table/planner/plan/nodes/exec/stream/StreamExecDeduplicate.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/ProcTimeDeduplicateKeepFirstRowFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/ProcTimeDeduplicateKeepLastRowFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/RowTimeDeduplicateFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/RowTimeDeduplicateKeepFirstRowFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/utils/DeduplicateFunctionHelper.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/utils/RowTimeDeduplicateFunctionHelper.java
 * (paths at apache/flink f3953d2a141929a5266593fa8071a273c3808209, release-2.3).
 *
 * table.exec.deduplicate.insert-update-after-sensitive-enabled keeps its
 * default (true), so a key's first row is always +I (ExecutionConfigOptions).
 */
import {formatValue, sameRow, type Change, type Row, type Value} from '../model';
import type {Operator, OperatorStep, StateTable} from './types';

export interface DedupOptions {
  keyIndex: number;
  keep: 'first' | 'last';
  order: 'proctime' | 'rowtime';
  /** The event-time column (rowtime only). */
  rowtimeIndex: number;
  generateUpdateBefore: boolean;
}

const watermarkIgnored = (order: string): OperatorStep => ({
  out: [],
  notes: [
    order === 'proctime'
      ? '按处理时间去重不看水位线：这一步没有输出。'
      : '保留最后一行的事件时间去重不注册定时器，水位线不触发输出（RowTimeDeduplicateFunction）。',
  ],
});

export function deduplicate(options: DedupOptions): Operator {
  if (options.order === 'rowtime' && options.keep === 'first') return rowTimeKeepFirst(options);
  return options.order === 'proctime' ? procTime(options) : rowTimeKeepLast(options);
}

function keptRows(title: string, kept: Map<Value, Row>): StateTable {
  return {
    title,
    columns: ['去重键', '保留的行'],
    rows: [...kept].map(([key, row]) => [formatValue(key), row.map(formatValue).join(', ')]),
  };
}

/** Proc-time: ProcTimeDeduplicateKeepFirstRowFunction or ProcTimeDeduplicateKeepLastRowFunction. */
function procTime({keyIndex, keep, generateUpdateBefore}: DedupOptions): Operator {
  const kept = new Map<Value, Row>();
  return {
    process(_side, {row}: Change): OperatorStep {
      const key = row[keyIndex];
      const name = formatValue(key);
      const previous = kept.get(key);
      if (keep === 'first') {
        // processFirstRowOnProcTime: "ignore record if it is not first row";
        // the first one goes out as INSERT, and nothing is ever retracted.
        if (previous) return {out: [], notes: [`${name} 已经输出过第一行：这一行被丢弃，不输出。`]};
        kept.set(key, row);
        return {out: [{kind: '+I', row}], notes: [`${name} 的第一行：输出 +I，以后这个 key 的行都丢弃（只有插入）。`]};
      }
      // processLastRowOnProcTime (input insert-only, generateInsert = true).
      kept.set(key, row);
      if (!previous) return {out: [{kind: '+I', row}], notes: [`${name} 的第一行：输出 +I。`]};
      // "currentRow is the same as preRow and state cleaning is not enabled.
      // We do not emit retraction and update message."
      if (sameRow(previous, row)) {
        return {out: [], notes: [`新行与 ${name} 保留的行完全相同；没开状态有效期时不输出。`]};
      }
      const out: Change[] = generateUpdateBefore ? [{kind: '-U', row: previous}] : [];
      out.push({kind: '+U', row});
      return {
        out,
        notes: [
          generateUpdateBefore
            ? `${name} 来了更晚的一行：撤回旧行 -U，输出新行 +U。`
            : `${name} 来了更晚的一行：下游不需要 -U，只发 +U。`,
        ],
      };
    },
    watermark: () => watermarkIgnored('proctime'),
    state: () => [keptRows('每个去重键保留的行', kept)],
  };
}

/** Row-time, keep the last row: RowTimeDeduplicateFunction with keepLastRow = true. */
function rowTimeKeepLast({keyIndex, rowtimeIndex, generateUpdateBefore}: DedupOptions): Operator {
  const kept = new Map<Value, Row>();
  return {
    process(_side, {row}: Change): OperatorStep {
      const key = row[keyIndex];
      const name = formatValue(key);
      const previous = kept.get(key);
      // shouldKeepCurrentRow with keepLastRow: prevRow == null || prev.rowtime <= current.rowtime.
      if (previous && Number(previous[rowtimeIndex]) > Number(row[rowtimeIndex])) {
        return {
          out: [],
          notes: [
            `这一行的事件时间 ${formatValue(row[rowtimeIndex])} 早于 ${name} 保留的行（${formatValue(previous[rowtimeIndex])}）：不是最后一行，不输出。`,
          ],
        };
      }
      kept.set(key, row);
      // updateDeduplicateResult: the first row is INSERT; later ones are
      // UPDATE_BEFORE (if needed) + UPDATE_AFTER, with no equality check.
      if (!previous) return {out: [{kind: '+I', row}], notes: [`${name} 的第一行：输出 +I。`]};
      const out: Change[] = generateUpdateBefore ? [{kind: '-U', row: previous}] : [];
      out.push({kind: '+U', row});
      return {
        out,
        notes: [
          `事件时间不早于 ${name} 保留的行：它成为最后一行，${generateUpdateBefore ? '撤回旧行 -U，输出 +U' : '只发 +U'}（即使内容相同也输出）。`,
        ],
      };
    },
    watermark: () => watermarkIgnored('rowtime'),
    state: () => [keptRows('每个去重键保留的行', kept)],
  };
}

/** Row-time, keep the first row: RowTimeDeduplicateKeepFirstRowFunction, insert-only, emits on watermarks. */
function rowTimeKeepFirst({keyIndex, rowtimeIndex}: DedupOptions): Operator {
  // waiting-to-emit-on-timer and already-emitted-state, with the key's timer
  // (its registration order breaks ties between keys whose timers share a
  // timestamp; Flink's timer queue leaves that order open).
  const waiting = new Map<Value, {row: Row; seq: number}>();
  const emitted = new Map<Value, Row>();
  let watermark = -Infinity;
  let seq = 0;
  const rowtime = (row: Row) => Number(row[rowtimeIndex]);
  return {
    process(_side, {row}: Change): OperatorStep {
      const key = row[keyIndex];
      const name = formatValue(key);
      // "if (rowtime < ctx.timerService().currentWatermark()) { // ignore late record"
      if (rowtime(row) < watermark) {
        return {out: [], notes: [`事件时间 ${rowtime(row)} 早于当前水位线 ${watermark}：迟到，丢弃。`]};
      }
      // "result has already been emitted, we can not retract/emit anything different."
      if (emitted.has(key)) return {out: [], notes: [`${name} 的第一行已经输出：这一行被丢弃。`]};
      const pending = waiting.get(key);
      // shouldKeepCurrentRow for the first row: prevRow == null || current.rowtime < prev.rowtime.
      if (pending && rowtime(row) >= rowtime(pending.row)) {
        return {out: [], notes: [`${name} 已有事件时间更早（或相同）的候选行：这一行不是第一行，不输出。`]};
      }
      waiting.set(key, {row, seq: seq++});
      return {
        out: [],
        notes: [
          `${name} 的候选第一行换成这一行，定时器设在事件时间 ${rowtime(row)}：等水位线到达才输出（保证只有插入）。`,
        ],
      };
    },
    watermark(time: number): OperatorStep {
      watermark = time;
      // InternalTimerServiceImpl#tryAdvanceWatermark fires every event-time
      // timer with timestamp <= watermark; onTimer emits the waiting row.
      const due = [...waiting]
        .filter(([, pending]) => rowtime(pending.row) <= time)
        .sort(([, a], [, b]) => rowtime(a.row) - rowtime(b.row) || a.seq - b.seq);
      const out: Change[] = due.map(([key, pending]) => {
        waiting.delete(key);
        emitted.set(key, pending.row);
        return {kind: '+I', row: pending.row};
      });
      return {
        out,
        notes: [
          out.length > 0
            ? `水位线到 ${time}：${out.length} 个定时器触发，各输出一行 +I，这些 key 以后的行都丢弃（RowTimeDeduplicateKeepFirstRowFunction）。`
            : `水位线到 ${time}：没有到期的定时器，不输出；之后事件时间早于 ${time} 的行算迟到。`,
        ],
      };
    },
    state: () => [
      {
        title: '等待水位线的候选行',
        columns: ['去重键', '候选第一行', '定时器'],
        rows: [...waiting].map(([key, pending]) => [
          formatValue(key),
          pending.row.map(formatValue).join(', '),
          String(rowtime(pending.row)),
        ]),
      },
      keptRows('已经输出的行', emitted),
      {title: '当前水位线', columns: ['水位线'], rows: [[watermark === -Infinity ? '尚无' : String(watermark)]]},
    ],
  };
}
