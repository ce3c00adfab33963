/**
 * The source-side rules against Flink's own tests and docs. Paths are under
 * https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/
 * (release-2.3).
 */
import {describe, expect, it} from 'vitest';
import {boundedOutOfOrdernessWatermark, combine, isIdleAt, NO_WATERMARK} from '../sourceWatermarks';

const TESTS = 'flink-core/src/test/java/org/apache/flink/api/common/eventtime';

describe(`BoundedOutOfOrdernessWatermarks: max timestamp − bound − 1 ms (${TESTS}/BoundedOutOfOrdernessWatermarksTest.java, bound 10 ms)`, () => {
  it('testWatermarkBeforeRecords: Long.MIN_VALUE before any record', () => {
    expect(boundedOutOfOrdernessWatermark(NO_WATERMARK, 10)).toBe(NO_WATERMARK);
  });
  it('testWatermarkAfterEvent: 1337 → 1326', () => {
    expect(boundedOutOfOrdernessWatermark(1337, 10)).toBe(1326);
  });
  it('testWatermarkAfterNonMonotonousEvents: 12345, 12300, 12340, 12280 → 12334', () => {
    expect(boundedOutOfOrdernessWatermark(Math.max(12345, 12300, 12340, 12280), 10)).toBe(12334);
  });
  // docs/content/docs/dev/datastream/event-time/generating_watermarks.md, BoundedOutOfOrdernessGenerator:
  // "currentMaxTimestamp - maxOutOfOrderness - 1" with 3500 ms.
  it('generating_watermarks.md example: bound 3500, max 10000 → 6499', () => {
    expect(boundedOutOfOrdernessWatermark(10_000, 3500)).toBe(6499);
  });
});

describe(`CombinedWatermarkStatus: minimum over non-idle outputs, never backwards (${TESTS}/WatermarkOutputMultiplexerTest.java)`, () => {
  it('multipleImmediateWatermark: 2, 5 and an idle output → 2', () => {
    expect(
      combine(
        [
          {watermark: 2, idle: false},
          {watermark: 5, idle: false},
          {watermark: NO_WATERMARK, idle: true},
        ],
        NO_WATERMARK,
      ),
    ).toEqual({watermark: 2, idle: false, advanced: true});
  });
  it('whenImmediateOutputBecomesIdleWatermarkAdvances: 2, 5 → 2; the 2 goes idle → 5', () => {
    const first = combine(
      [
        {watermark: 2, idle: false},
        {watermark: 5, idle: false},
      ],
      NO_WATERMARK,
    );
    expect(first.watermark).toBe(2);
    const second = combine(
      [
        {watermark: 2, idle: true},
        {watermark: 5, idle: false},
      ],
      first.watermark,
    );
    expect(second).toEqual({watermark: 5, idle: false, advanced: true});
  });
  it('whenAllImmediateOutputsBecomeIdleWatermarkAdvances: all idle → the maximum, and idle', () => {
    expect(
      combine(
        [
          {watermark: 5, idle: true},
          {watermark: 2, idle: true},
        ],
        2,
      ),
    ).toEqual({watermark: 5, idle: true, advanced: true});
  });
  it('combinedWatermarkDoesNotRegressWhenIdleOutputRegresses: stays at 5 when the idle output comes back with 3', () => {
    // Output 1 (2) idle → 5; output 1 emits 3, which clears its idleness.
    const afterIdle = combine(
      [
        {watermark: 2, idle: true},
        {watermark: 5, idle: false},
      ],
      2,
    );
    expect(afterIdle.watermark).toBe(5);
    expect(
      combine(
        [
          {watermark: 3, idle: false},
          {watermark: 5, idle: false},
        ],
        afterIdle.watermark,
      ),
    ).toEqual({watermark: 5, idle: false, advanced: false});
  });
  it('noCombinedDeferredUpdateWhenWeHaveZeroOutputs: no outputs, no update', () => {
    expect(combine([], NO_WATERMARK)).toEqual({watermark: NO_WATERMARK, idle: false, advanced: false});
  });
});

/**
 * WatermarksWithIdleness.IdlenessTimer, ported line by line from
 * flink-core/src/main/java/org/apache/flink/api/common/eventtime/WatermarksWithIdleness.java
 * (times in ms instead of ns), to check the lab's whole-second rule against it.
 */
class IdlenessTimer {
  private counter = 0;
  private lastCounter = 0;
  private startOfInactivity = 0;
  private started = false;
  constructor(
    private readonly clock: () => number,
    private readonly maxIdleTime: number,
  ) {}
  activity() {
    this.counter++;
  }
  checkIfIdle(): boolean {
    if (this.counter !== this.lastCounter) {
      this.lastCounter = this.counter;
      this.started = false;
      return false;
    } else if (!this.started) {
      this.started = true;
      this.startOfInactivity = this.clock();
      return false;
    }
    return this.clock() - this.startOfInactivity > this.maxIdleTime;
  }
}

describe('idleness: the lab’s rule is what IdlenessTimer decides at whole seconds', () => {
  // WatermarksWithIdlenessTest.java (same folder): testIdleWithoutEvents / createTimerAndMakeIdle —
  // idle once more than the timeout has passed since the timer started; testActiveAfterIdleness.
  it('ported timer: idle after timeout + 1 ms, active again after activity', () => {
    let now = 1_000;
    const timer = new IdlenessTimer(() => now, 10);
    expect(timer.checkIfIdle()).toBe(false); // testInitiallyActive; starts the timer
    now += 11;
    expect(timer.checkIfIdle()).toBe(true);
    timer.activity();
    expect(timer.checkIfIdle()).toBe(false);
  });

  it('with periodic emits every 200 ms (PipelineOptions.AUTO_WATERMARK_INTERVAL default) at any phase', () => {
    const interval = 200;
    const histories = [[], [1], [1, 4], [2, 3, 7]];
    for (const timeout of [1, 2, 3, 5]) {
      for (const records of histories) {
        // Emit phases off the whole seconds, where the records arrive.
        for (let phase = 1; phase < interval; phase += 13) {
          const end = (records.at(-1) ?? 0) + timeout + 3;
          for (let second = 1; second <= end; second++) {
            // Flink: a split assigned at 0, records and periodic emits in time order up to `second`.
            let now = 0;
            const timer = new IdlenessTimer(() => now, timeout * 1000);
            let idle = false;
            const recordTimes = records.filter((r) => r < second).map((r) => r * 1000);
            for (let emit = phase; emit < second * 1000; emit += interval) {
              for (const at of recordTimes.filter((t) => t > emit - interval && t < emit)) {
                now = at;
                timer.activity(); // WatermarksWithIdleness#onEvent
                idle = false;
              }
              now = emit;
              if (timer.checkIfIdle()) idle = true; // WatermarksWithIdleness#onPeriodicEmit
            }
            const lastActivity = Math.max(0, ...records.filter((r) => r < second));
            expect(
              isIdleAt(lastActivity, second, timeout),
              `timeout ${timeout} s, records at ${records.join(', ') || 'none'} s, phase ${phase} ms, at ${second} s`,
            ).toBe(idle);
          }
        }
      }
    }
  });

  it('no idleness detection when the timeout is 0', () => {
    expect(isIdleAt(0, 1_000_000, 0)).toBe(false);
  });
});
