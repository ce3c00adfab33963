/**
 * The lab's simulation: a pure function from a scenario to a timeline, one
 * step per input event. Each step runs the query's operator twice, once as
 * it runs for a consumer that needs -U (a retract sink: the "retract"
 * changelog) and once as it runs when the planner drops -U for an upsert
 * sink whose primary key is the upsert key (the "upsert" changelog). The
 * operators model one parallel instance with unbounded state: no state TTL
 * and no mini-batch, as with Flink's defaults.
 */
import {
  INT_MAX,
  INT_MIN,
  MAX_OUTPUT_ROWS,
  isAccumulate,
  sameRow,
  tableOf,
  type Change,
  type InputEvent,
  type Row,
  type Scenario,
  type Side,
} from './model';
import {deduplicate} from './operators/dedup';
import {groupAgg} from './operators/groupAgg';
import {streamingJoin} from './operators/join';
import {topN} from './operators/topN';
import type {Operator, StateTable} from './operators/types';
import {planQuery, sinkVerdicts, type QueryPlan, type SinkVerdict} from './planner';

export interface Step {
  /** 1-based position of the event in the input. */
  n: number;
  event: InputEvent;
  /** The event as the reader reads it: 「orders +I[o1, p1]」 or 「WM 102」. */
  label: string;
  /** Set when the event was not given to the operator, with the reason. */
  skipped?: string;
  /** The result's changelog from this event, with -U (what a retract sink receives). */
  out: Change[];
  /** The same without -U, when the result has an upsert key; null when it has none. */
  upsertOut: Change[] | null;
  /** Which of the operator's rules fired, in words. */
  notes: string[];
  /** The operator's state after the event. */
  state: StateTable[];
  /** The result table after the event (the retract changelog applied in order). */
  result: Row[];
}

export interface Timeline {
  plan: QueryPlan;
  sinks: SinkVerdict[];
  steps: Step[];
  /** What was wrong with the input rows, and what the lab did instead. */
  problems: string[];
}

/** The inputs whose rows include -U, +U or -D: the lab declares their tables with a changelog format. */
export function changelogSides(scenario: Pick<Scenario, 'shape' | 'events'>): Set<Side> {
  // Deduplication reads insert-only input here (a changelog input makes the
  // planner use its general Top-N operator instead, see validateEvent).
  if (scenario.shape === 'dedup') return new Set();
  return new Set(
    scenario.events.filter((event) => event.kind !== '+I' && event.kind !== 'WM').map((event) => event.side),
  );
}

function createOperator(scenario: Scenario, changelog: ReadonlySet<Side>, generateUpdateBefore: boolean): Operator {
  switch (scenario.shape) {
    case 'agg':
      return groupAgg({keyIndex: 0, fn: scenario.agg, valueIndex: 1, generateUpdateBefore});
    case 'join':
      return streamingJoin({type: scenario.join, leftKeyIndex: 1, rightKeyIndex: 0, leftWidth: 2, rightWidth: 2});
    case 'dedup':
      return deduplicate({
        keyIndex: 0,
        keep: scenario.keep,
        order: scenario.order,
        rowtimeIndex: 3,
        generateUpdateBefore,
      });
    case 'topn':
      return topN({
        partitionIndex: 1,
        sortIndex: 2,
        descending: true,
        n: scenario.n,
        outputRankNumber: scenario.rowNumber,
        generateUpdateBefore,
        inputInsertOnly: !changelog.has('L'),
      });
  }
}

const INTEGER = /^-?\d{1,10}$/;

/** The rows currently in each input table, to check that a changelog input only takes back rows it has. */
type InputTables = Record<Side, Row[]>;

interface Checked {
  row?: Row;
  watermark?: number;
  skipped?: string;
}

/** Checks one event against its table and the input so far; never throws. */
function validateEvent(
  event: InputEvent,
  scenario: Scenario,
  inputs: InputTables,
  previousKind: Partial<Record<Side, InputEvent['kind']>>,
): Checked {
  const table = tableOf(scenario, event.side);
  if (event.kind === 'WM') {
    if (scenario.shape !== 'dedup') {
      return {skipped: '只有按时间去重的查询会用到水位线；这一行已忽略。'};
    }
    const text = (event.values[0] ?? '').trim();
    if (!INTEGER.test(text)) return {skipped: `水位线应为整数，却是「${text}」；这一行已忽略。`};
    return {watermark: Number(text)};
  }
  if (scenario.shape === 'dedup' && event.kind !== '+I') {
    return {
      skipped: `输入一旦含有 ${event.kind}，规划器就不再把这个查询当作去重，而是改用通用的 Top-N 算子（RetractableTopNFunction）；本实验的去重只模拟只有插入的输入，这一行已忽略。`,
    };
  }
  const row: (string | number)[] = [];
  for (const [index, column] of table.columns.entries()) {
    const text = event.values[index] ?? '';
    if (column.type === 'INT') {
      const trimmed = text.trim();
      const value = Number(trimmed);
      if (!INTEGER.test(trimmed) || value < INT_MIN || value > INT_MAX) {
        return {
          skipped: `${table.name}.${column.name} 是 INT，「${text}」不是 ${INT_MIN} 到 ${INT_MAX} 之间的整数；这一行已忽略。`,
        };
      }
      row.push(value);
    } else {
      if (text === '')
        return {skipped: `${table.name}.${column.name} 是空的（本实验的输入不含 NULL 和空串）；这一行已忽略。`};
      row.push(text);
    }
  }
  if (!isAccumulate(event.kind)) {
    // A changelog source only retracts rows it emitted before (Debezium's
    // before-image); the lab keeps its inputs consistent in the same way.
    if (!inputs[event.side].some((candidate) => sameRow(candidate, row))) {
      return {skipped: `${table.name} 里没有 [${row.join(', ')}] 这一行，${event.kind} 无从撤回；这一行已忽略。`};
    }
  } else if (event.kind === '+U' && previousKind[event.side] !== '-U') {
    return {skipped: `Retract 格式的 changelog 成对给出更新：+U 前面应紧跟同一张表的 -U；这一行已忽略。`};
  }
  return {row};
}

function applyRetract(result: Row[], changes: readonly Change[]): Row[] {
  const next = [...result];
  for (const {kind, row} of changes) {
    if (isAccumulate(kind)) next.push(row);
    else {
      const index = next.findIndex((candidate) => sameRow(candidate, row));
      if (index >= 0) next.splice(index, 1);
    }
  }
  return next;
}

export function simulate(scenario: Scenario): Timeline {
  const changelog = changelogSides(scenario);
  const plan = planQuery(scenario, changelog);
  const retractRun = createOperator(scenario, changelog, true);
  const upsertRun = (plan.upsertKeys ?? []).length > 0 ? createOperator(scenario, changelog, false) : null;
  const inputs: InputTables = {L: [], R: []};
  const previousKind: Partial<Record<Side, InputEvent['kind']>> = {};
  const problems: string[] = [];
  const steps: Step[] = [];
  let result: Row[] = [];
  let emitted = 0;

  for (const [index, event] of scenario.events.entries()) {
    const table = tableOf(scenario, event.side);
    const label =
      event.kind === 'WM'
        ? `WM ${event.values[0] ?? ''}`
        : `${scenario.shape === 'join' ? `${table.name} ` : ''}${event.kind}[${event.values.join(', ')}]`;
    const checked = validateEvent(event, scenario, inputs, previousKind);
    const base = {n: index + 1, event, label, state: retractRun.state(), result};
    if (checked.skipped) {
      problems.push(`第 ${index + 1} 行（${label}）：${checked.skipped}`);
      steps.push({...base, skipped: checked.skipped, out: [], upsertOut: upsertRun ? [] : null, notes: []});
      continue;
    }
    previousKind[event.side] = event.kind;
    let retract;
    let upsert;
    if (checked.watermark !== undefined) {
      retract = retractRun.watermark(checked.watermark);
      upsert = upsertRun?.watermark(checked.watermark);
    } else {
      const change: Change = {kind: event.kind as Change['kind'], row: checked.row as Row};
      const rows = inputs[event.side];
      if (isAccumulate(change.kind)) rows.push(change.row);
      else
        rows.splice(
          rows.findIndex((candidate) => sameRow(candidate, change.row)),
          1,
        );
      retract = retractRun.process(event.side, change);
      upsert = upsertRun?.process(event.side, change);
    }
    result = applyRetract(result, retract.out);
    steps.push({
      ...base,
      label: checked.watermark === undefined ? label : `WM ${checked.watermark}`,
      out: retract.out,
      upsertOut: upsert ? upsert.out : null,
      notes: retract.notes,
      state: retractRun.state(),
      result,
    });
    emitted += retract.out.length;
    if (emitted > MAX_OUTPUT_ROWS && index + 1 < scenario.events.length) {
      problems.push(
        `到第 ${index + 1} 行为止，结果的 changelog 已有 ${emitted} 行，超过上限 ${MAX_OUTPUT_ROWS} 行：后面的 ${scenario.events.length - index - 1} 行没有模拟。`,
      );
      break;
    }
  }
  return {plan, sinks: sinkVerdicts(plan, scenario), steps, problems};
}
