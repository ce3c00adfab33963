/**
 * The lab's simulation: a pure function from a scenario to the timeline of
 * steps the page plays. The pipeline is
 *
 *   env.fromSource(source, WatermarkStrategy.forBoundedOutOfOrderness(bound)[.withIdleness(idle)], …)
 *      .keyBy(key).window(assigner)[.allowedLateness(lateness)][.sideOutputLateData(tag)]
 *
 * with one source subtask reading every split (FLIP-27 sources give each
 * split its own generator and combine them in the source) and the window
 * operator behind it.
 *
 * How steps map to Flink's timing: step k is the k-th record arriving at its
 * processing time (whole seconds, strictly increasing). Flink emits
 * watermarks and checks idleness every pipeline.auto-watermark-interval
 * (200 ms by default), so between two arrivals a second or more apart:
 * - the record's watermark is emitted before the next record arrives (the
 *   lab emits it right after the record);
 * - idleness is decided exactly as `isIdleAt` says (see sourceWatermarks.ts).
 * The record itself reaches the window operator before the watermark it
 * raises (SourceOutputWithWatermarks#collect emits the record, the periodic
 * emit comes later), so it is judged against the previous watermark.
 */
import {boundedOutOfOrdernessWatermark, combine, isIdleAt, NO_WATERMARK} from './sourceWatermarks';
import type {LabRecord, Scenario} from './scenario';
import {WindowOperator, type Assigner, type Firing, type OpenWindow, type TimeWindow} from './windowOperator';

/** Records are referred to by their 1-based number in the table. */
export type RecordNo = number;

export interface SplitView {
  split: number;
  maxTimestamp: number;
  watermark: number;
  idle: boolean;
  /** Processing time (s) of the split's last record; 0 if none yet. */
  lastActivity: number;
  records: number;
}

export type StepEvent =
  | {kind: 'idle'; split: number; lastActivity: number}
  | {kind: 'source-idle'}
  | {kind: 'arrive'; record: RecordNo}
  | {kind: 'added'; record: RecordNo; windows: TimeWindow[]; merged: TimeWindow[]}
  | {kind: 'late-window'; record: RecordNo; windows: TimeWindow[]}
  | {kind: 'side-output'; record: RecordNo}
  | {kind: 'dropped'; record: RecordNo}
  | {kind: 'active'; split: number}
  | {kind: 'split-watermark'; split: number; watermark: number}
  | {kind: 'operator-watermark'; watermark: number}
  | {kind: 'fire'; firing: LabFiring}
  | {kind: 'cleared'; key: string; window: TimeWindow};

export interface LabFiring extends Firing<RecordNo> {
  /** The step at which it fired. */
  step: number;
  /** The record whose arrival fired it (late firings only). */
  record?: RecordNo;
}

export interface LateRecord {
  record: RecordNo;
  step: number;
  fate: 'side-output' | 'dropped';
  /** The operator's watermark when the record arrived. */
  watermark: number;
}

export interface Step {
  /** 0 = before the first record; 1…n = after record n; n + 1 (with idleness) = after the input goes quiet. */
  index: number;
  /** Processing time in seconds. */
  time: number;
  record?: RecordNo;
  events: StepEvent[];
  splits: SplitView[];
  operatorWatermark: number;
  /** Every split idle, so the source has marked its output idle. */
  sourceIdle: boolean;
  windows: OpenWindow<RecordNo>[];
  /** How many of the timeline's firings and late records happened up to and including this step. */
  firingCount: number;
  lateCount: number;
  lateRecordsDropped: number;
}

export interface Timeline {
  scenario: Scenario;
  steps: Step[];
  /** Every firing of the run, in order; a step shows the first `firingCount`. */
  firings: LabFiring[];
  /** Every record that no window took, in order; a step shows the first `lateCount`. */
  late: LateRecord[];
}

function assignerOf(scenario: Scenario): Assigner {
  if (scenario.window === 'sliding') return {kind: 'sliding', size: scenario.size, slide: scenario.slide};
  if (scenario.window === 'session') return {kind: 'session', gap: scenario.gap};
  return {kind: 'tumbling', size: scenario.size};
}

export function simulate(scenario: Scenario): Timeline {
  const operator = new WindowOperator<RecordNo>(assignerOf(scenario), scenario.lateness, scenario.sideOutput);
  const splits: SplitView[] = Array.from({length: scenario.splits}, (_, split) => ({
    split,
    maxTimestamp: NO_WATERMARK,
    watermark: NO_WATERMARK,
    idle: false,
    lastActivity: 0,
    records: 0,
  }));
  let combined = NO_WATERMARK;
  let sourceIdle = false;
  const firings: LabFiring[] = [];
  const late: LateRecord[] = [];
  const steps: Step[] = [];

  const snapshot = (index: number, time: number, events: StepEvent[], record?: RecordNo): Step => ({
    index,
    time,
    record,
    events,
    splits: splits.map((split) => ({...split})),
    operatorWatermark: combined,
    sourceIdle,
    windows: operator.openWindows(),
    firingCount: firings.length,
    lateCount: late.length,
    lateRecordsDropped: operator.lateRecordsDropped,
  });

  // WatermarkOutputMultiplexer#onPeriodicEmit → CombinedWatermarkStatus; an
  // advance is emitted downstream and reaches the window operator.
  const emitCombined = (step: number, events: StepEvent[]) => {
    const next = combine(splits, combined);
    if (next.idle && !sourceIdle) events.push({kind: 'source-idle'});
    sourceIdle = next.idle;
    if (!next.advanced) return;
    combined = next.watermark;
    events.push({kind: 'operator-watermark', watermark: combined});
    const advanced = operator.advanceWatermark(combined);
    for (const firing of advanced.firings) {
      const labFiring = {...firing, step};
      firings.push(labFiring);
      events.push({kind: 'fire', firing: labFiring});
    }
    for (const cleared of advanced.cleared) events.push({kind: 'cleared', key: cleared.key, window: cleared.window});
  };

  // Splits whose idle timeout ran out before `now`, in the order they went
  // idle (by last activity); each group goes idle at one periodic emit.
  const markIdleSplits = (step: number, now: number, events: StepEvent[]) => {
    const dueBy = new Map<number, SplitView[]>();
    for (const split of splits) {
      if (split.idle || !isIdleAt(split.lastActivity, now, scenario.idle)) continue;
      dueBy.set(split.lastActivity, [...(dueBy.get(split.lastActivity) ?? []), split]);
    }
    for (const lastActivity of [...dueBy.keys()].sort((a, b) => a - b)) {
      for (const split of dueBy.get(lastActivity) ?? []) {
        // WatermarksWithIdleness#onPeriodicEmit: markIdle() once, and no watermark while idle.
        split.idle = true;
        events.push({kind: 'idle', split: split.split, lastActivity});
      }
      emitCombined(step, events);
    }
  };

  steps.push(snapshot(0, 0, []));
  scenario.records.forEach((record: LabRecord, index) => {
    const step = index + 1;
    const no: RecordNo = step;
    const events: StepEvent[] = [];
    markIdleSplits(step, record.arrival, events);

    // WatermarksWithIdleness#onEvent → BoundedOutOfOrdernessWatermarks#onEvent:
    // maxTimestamp = max(maxTimestamp, timestamp); the idleness timer sees activity.
    const split = splits[record.split];
    split.maxTimestamp = Math.max(split.maxTimestamp, record.ts);
    split.lastActivity = record.arrival;
    split.records++;
    events.push({kind: 'arrive', record: no});

    const watermarkBefore = operator.currentWatermark;
    const outcome = operator.processElement(record.key, record.ts, no);
    if (outcome.lateWindows.length > 0) events.push({kind: 'late-window', record: no, windows: outcome.lateWindows});
    if (outcome.added.length > 0) {
      events.push({kind: 'added', record: no, windows: outcome.added, merged: outcome.merged});
    }
    for (const firing of outcome.firings) {
      const labFiring = {...firing, step, record: no};
      firings.push(labFiring);
      events.push({kind: 'fire', firing: labFiring});
    }
    if (outcome.fate !== 'added') {
      late.push({record: no, step, fate: outcome.fate, watermark: watermarkBefore});
      events.push({kind: outcome.fate, record: no});
    }

    // The periodic emit after the record: the split's generator emits again.
    // PartialWatermark#setWatermark clears idleness and keeps the highest value.
    if (split.idle) events.push({kind: 'active', split: split.split});
    split.idle = false;
    const emitted = boundedOutOfOrdernessWatermark(split.maxTimestamp, scenario.bound);
    if (emitted > split.watermark) {
      split.watermark = emitted;
      events.push({kind: 'split-watermark', split: split.split, watermark: emitted});
    }
    emitCombined(step, events);
    steps.push(snapshot(step, record.arrival, events, no));
  });

  // With idleness on, one more step: the input goes quiet for longer than the
  // timeout, every split turns idle, and the source emits the highest split
  // watermark (CombinedWatermarkStatus: all idle → maximum).
  if (scenario.idle > 0) {
    const last = scenario.records.at(-1)?.arrival ?? 0;
    const quiet = last + scenario.idle + 1;
    const events: StepEvent[] = [];
    markIdleSplits(steps.length, quiet, events);
    steps.push(snapshot(steps.length, quiet, events));
  }
  return {scenario, steps, firings, late};
}
