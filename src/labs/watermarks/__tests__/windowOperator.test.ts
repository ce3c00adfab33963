/**
 * The window operator against Flink's WindowOperatorTest and the windows
 * docs. WindowOperatorTest feeds elements and watermarks straight into the
 * operator, as these tests do; it sums a count of 1 per element, so a
 * window's expected sum is its number of elements here. Paths are under
 * https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/
 * (release-2.3).
 */
import {describe, expect, it} from 'vitest';
import {assignWindows, mergeWindows, windowStart, WindowOperator, type Firing} from '../windowOperator';

const WINDOW_OPERATOR_TEST =
  'flink-streaming-java/src/test/java/org/apache/flink/streaming/runtime/operators/windowing/WindowOperatorTest.java';

/** A firing as WindowOperatorTest writes its expected output: key, count, window end − 1. */
const summary = (firing: Firing<unknown>) => `${firing.key}:${firing.contents.length}@${firing.window.end - 1}`;
const sessionSummary = (firing: Firing<unknown>) =>
  `${firing.key}-${firing.contents.length} [${firing.window.start}, ${firing.window.end})`;

describe('window assigners', () => {
  // docs/content/docs/dev/datastream/operators/windows.md, Tumbling Windows: with an offset of
  // 15 minutes, hourly windows are 1:15:00.000 - 2:14:59.999, 2:15:00.000 - 3:14:59.999.
  it('TimeWindow.getWindowStartWithOffset: hourly windows offset by 15 minutes (windows.md)', () => {
    const minute = 60_000;
    const hour = 60 * minute;
    expect(windowStart(1 * hour + 30 * minute, 15 * minute, hour)).toBe(1 * hour + 15 * minute);
    expect(windowStart(2 * hour + 14 * minute, 15 * minute, hour)).toBe(1 * hour + 15 * minute);
    expect(windowStart(2 * hour + 15 * minute, 15 * minute, hour)).toBe(2 * hour + 15 * minute);
  });
  it('getWindowStartWithOffset handles negative timestamps', () => {
    expect(windowStart(-1, 0, 5000)).toBe(-5000);
  });
  // windows.md, Sliding Windows: size 10 minutes sliding by 5 minutes — every element is in two windows.
  it('sliding windows of 10 minutes every 5 minutes: each record in two windows, newest first', () => {
    const minute = 60_000;
    expect(assignWindows({kind: 'sliding', size: 10 * minute, slide: 5 * minute}, 7 * minute)).toEqual([
      {start: 5 * minute, end: 15 * minute},
      {start: 0, end: 10 * minute},
    ]);
  });
  it('session windows: [timestamp, timestamp + gap); touching windows merge (TimeWindow#intersects)', () => {
    expect(assignWindows({kind: 'session', gap: 3000}, 1000)).toEqual([{start: 1000, end: 4000}]);
    const a = {start: 0, end: 3000};
    const b = {start: 3000, end: 6000};
    const c = {start: 7000, end: 9000};
    expect(mergeWindows([c, b, a])).toEqual([{result: {start: 0, end: 6000}, merged: [a, b]}]);
  });
});

describe(`${WINDOW_OPERATOR_TEST} (EventTimeTrigger cases)`, () => {
  it('testSideOutputDueToLatenessTumbling: 2 s windows, lateness 0', () => {
    const op = new WindowOperator<number>({kind: 'tumbling', size: 2000}, 0, true);
    expect(op.processElement('key2', 1000, 1).fate).toBe('added');
    expect(op.advanceWatermark(1985).firings).toEqual([]);
    // "this will not be dropped because window.maxTimestamp() + allowedLateness > currentWatermark"
    expect(op.processElement('key2', 1980, 2).fate).toBe('added');
    expect(op.advanceWatermark(1999).firings.map(summary)).toEqual(['key2:2@1999']);
    // "sideoutput as late"
    expect(op.processElement('key2', 1998, 3).fate).toBe('side-output');
    expect(op.processElement('key2', 2001, 4).fate).toBe('added');
    expect(op.advanceWatermark(2999).firings).toEqual([]);
    expect(op.advanceWatermark(3999).firings.map(summary)).toEqual(['key2:1@3999']);
    expect(op.lateRecordsDropped).toBe(0);
  });

  it('testSideOutputDueToLatenessSliding: 3 s windows sliding by 1 s, lateness 0', () => {
    const op = new WindowOperator<number>({kind: 'sliding', size: 3000, slide: 1000}, 0, true);
    op.processElement('key2', 1000, 1);
    expect(op.advanceWatermark(1999).firings.map(summary)).toEqual(['key2:1@1999']);
    op.processElement('key2', 2000, 2);
    expect(op.advanceWatermark(3000).firings.map(summary)).toEqual(['key2:2@2999']);
    op.processElement('key1', 3001, 3);
    // "the following 2 elements (2400) are assigned to windows ending at 2999, 3999, 4999.
    // The 2999 is dropped because it is already late (WM = 2999) but the rest are kept."
    const e = op.processElement('key2', 2400, 4);
    expect(e.fate).toBe('added');
    expect(e.lateWindows).toEqual([{start: 0, end: 3000}]);
    op.processElement('key2', 2400, 5);
    op.processElement('key1', 3001, 6);
    op.processElement('key2', 3900, 7);
    expect(
      op
        .advanceWatermark(6000)
        .firings.map(summary)
        .sort((a, b) => a.split('@')[1].localeCompare(b.split('@')[1]) || a.localeCompare(b)),
    ).toEqual(['key1:2@3999', 'key2:5@3999', 'key1:2@4999', 'key2:4@4999', 'key1:2@5999', 'key2:1@5999']);
    // "sideoutput element due to lateness"
    expect(op.processElement('key1', 3001, 8).fate).toBe('side-output');
    expect(op.advanceWatermark(25000).firings).toEqual([]);
  });

  it('testSideOutputDueToLatenessSessionZeroLateness: gap 3 s, lateness 0', () => {
    const op = new WindowOperator<number>({kind: 'session', gap: 3000}, 0, true);
    op.processElement('key2', 1000, 1);
    expect(op.advanceWatermark(1999).firings).toEqual([]);
    op.processElement('key2', 2000, 2);
    expect(op.advanceWatermark(4998).firings).toEqual([]);
    // "this will not be dropped because the session we're adding two has maxTimestamp after the current watermark"
    expect(op.processElement('key2', 4500, 3).fate).toBe('added');
    op.processElement('key2', 8500, 4); // new session
    expect(op.advanceWatermark(7400).firings).toEqual([]);
    // "this will merge the two sessions into one"
    const merge = op.processElement('key2', 7000, 5);
    expect(merge.merged).toEqual([
      {start: 1000, end: 7500},
      {start: 8500, end: 11500},
    ]);
    expect(op.advanceWatermark(11501).firings.map(sessionSummary)).toEqual(['key2-5 [1000, 11500)']);
    op.processElement('key2', 11600, 6); // new session
    expect(op.advanceWatermark(14600).firings.map(sessionSummary)).toEqual(['key2-1 [11600, 14600)']);
    // "this is sideoutput as late"
    expect(op.processElement('key2', 10000, 7).fate).toBe('side-output');
    op.processElement('key2', 14500, 8);
    expect(op.advanceWatermark(20000).firings.map(sessionSummary)).toEqual(['key2-1 [14500, 17500)']);
    expect(op.advanceWatermark(100000).firings).toEqual([]);
  });

  it('testNotSideOutputDueToLatenessSessionWithLateness: gap 3 s, lateness 10 ms, accumulating trigger', () => {
    const op = new WindowOperator<number>({kind: 'session', gap: 3000}, 10, true);
    op.processElement('key2', 1000, 1);
    op.advanceWatermark(1999);
    op.processElement('key2', 2000, 2);
    op.advanceWatermark(4998);
    op.processElement('key2', 4500, 3);
    op.processElement('key2', 8500, 4);
    op.advanceWatermark(7400);
    op.processElement('key2', 7000, 5);
    expect(op.advanceWatermark(11501).firings.map(sessionSummary)).toEqual(['key2-5 [1000, 11500)']);
    op.processElement('key2', 11600, 6);
    expect(op.advanceWatermark(14600).firings.map(sessionSummary)).toEqual(['key2-1 [11600, 14600)']);
    // "this will be merged into the session (11600-14600) and therefore will not be sideoutput as late"
    // "extended the session to (10000-14600) for which maxTimestamp <= currentWatermark.
    // Therefore, we immediately get a firing"
    const late = op.processElement('key2', 10000, 7);
    expect(late.fate).toBe('added');
    expect(late.firings.map(sessionSummary)).toEqual(['key2-2 [10000, 14600)']);
    expect(late.firings[0].cause).toBe('late');
    expect(op.processElement('key2', 14500, 8).firings).toEqual([]);
    expect(op.advanceWatermark(20000).firings.map(sessionSummary)).toEqual(['key2-3 [10000, 17500)']);
    expect(op.advanceWatermark(100000).firings).toEqual([]);
  });
});

describe('window lifecycle and allowed lateness', () => {
  // windows.md, Window Lifecycle: tumbling 5-minute windows with an allowed lateness of 1 minute —
  // the window [12:00, 12:05) is removed when the watermark passes 12:06. Precisely: at
  // cleanupTime = maxTimestamp (12:04:59.999) + 1 min = 12:05:59.999.
  it('windows.md: [12:00, 12:05) with 1 min lateness is cleared at 12:05:59.999', () => {
    const minute = 60_000;
    const noon = 12 * 60 * minute;
    const op = new WindowOperator<number>({kind: 'tumbling', size: 5 * minute}, minute, false);
    op.processElement('user', noon + 2 * minute, 1);
    expect(op.advanceWatermark(noon + 5 * minute - 1).firings.map((f) => f.cause)).toEqual(['watermark']);
    expect(op.advanceWatermark(noon + 6 * minute - 2).cleared).toEqual([]);
    // A late element within the lateness is added and fires the window again (EventTimeTrigger).
    const late = op.processElement('user', noon + 4 * minute, 2);
    expect(late.firings.map((f) => [f.cause, f.contents])).toEqual([['late', [1, 2]]]);
    expect(op.advanceWatermark(noon + 6 * minute - 1).cleared.map((w) => w.window)).toEqual([
      {start: noon, end: noon + 5 * minute},
    ]);
    // windows.md, Allowed Lateness: with no side output, a later element is dropped (numLateRecordsDropped).
    expect(op.processElement('user', noon + 4 * minute, 3).fate).toBe('dropped');
    expect(op.lateRecordsDropped).toBe(1);
  });
});
