/**
 * The source side: one watermark generator per split and how the source
 * combines the splits' watermarks into the one it sends downstream. Each rule
 * follows Flink 2.3 (release-2.3 = f3953d2a141929a5266593fa8071a273c3808209),
 * cited beside the code as a path under
 * https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/
 */

/**
 * Flink's Long.MIN_VALUE, "no watermark yet". JavaScript numbers cannot hold
 * Long.MIN_VALUE exactly, and the lab never needs its digits: −Infinity
 * compares the same way against every real timestamp.
 */
export const NO_WATERMARK = -Infinity;

/**
 * BoundedOutOfOrdernessWatermarks#onPeriodicEmit emits
 * `maxTimestamp - outOfOrdernessMillis - 1`, and its constructor starts
 * maxTimestamp at `Long.MIN_VALUE + outOfOrdernessMillis + 1`, so before the
 * first record the watermark is exactly Long.MIN_VALUE
 * (flink-core/src/main/java/org/apache/flink/api/common/eventtime/BoundedOutOfOrdernessWatermarks.java).
 */
export function boundedOutOfOrdernessWatermark(maxTimestamp: number, bound: number): number {
  return maxTimestamp === NO_WATERMARK ? NO_WATERMARK : maxTimestamp - bound - 1;
}

/**
 * Whether withIdleness marks a split idle by processing time `now` (seconds)
 * when its last record arrived at `lastActivity` (0 for a split that never
 * had one: splits are assigned at 0).
 *
 * WatermarksWithIdleness.IdlenessTimer (same folder, WatermarksWithIdleness.java)
 * runs on every periodic emit: the first emit after a record resets it, the
 * next one with no new record starts the clock, and a later emit finds the
 * split idle once more than the timeout has passed since that start. Emits
 * come every pipeline.auto-watermark-interval, 200 ms by default
 * (flink-core/src/main/java/org/apache/flink/configuration/PipelineOptions.java,
 * AUTO_WATERMARK_INTERVAL), so a split whose last record came at t is marked
 * idle at some moment in (t + timeout + 0.4 s, t + timeout + 0.6 s] (a split
 * that never had a record: (timeout + 0.2 s, timeout + 0.4 s]). The lab's
 * arrival times and timeouts are whole seconds, so at the next arrival time
 * the split is idle exactly when more than `timeout` seconds have passed:
 * what Flink does whatever the phase of its emit timer.
 */
export function isIdleAt(lastActivity: number, now: number, timeoutSeconds: number): boolean {
  return timeoutSeconds > 0 && now - lastActivity > timeoutSeconds;
}

export interface PartialWatermark {
  watermark: number;
  idle: boolean;
}

export interface Combined {
  watermark: number;
  /** Every split idle: the source marks its output idle. */
  idle: boolean;
  /** The combined watermark rose, so the source emits it downstream. */
  advanced: boolean;
}

/**
 * CombinedWatermarkStatus#updateCombinedWatermark
 * (flink-core/src/main/java/org/apache/flink/api/common/eventtime/CombinedWatermarkStatus.java),
 * which WatermarkOutputMultiplexer#onPeriodicEmit runs after every split's
 * generator has emitted:
 * - the minimum over the splits that are not idle;
 * - if every split is idle, the maximum over all of them, and the output is idle;
 * - no splits at all: nothing changes;
 * - the combined watermark only moves forward (a lower value is not emitted).
 */
export function combine(partials: readonly PartialWatermark[], previous: number): Combined {
  if (partials.length === 0) return {watermark: previous, idle: false, advanced: false};
  let maximumOverAll = NO_WATERMARK;
  let minimumOverActive = Infinity;
  let allIdle = true;
  for (const partial of partials) {
    maximumOverAll = Math.max(maximumOverAll, partial.watermark);
    if (!partial.idle) {
      minimumOverActive = Math.min(minimumOverActive, partial.watermark);
      allIdle = false;
    }
  }
  const candidate = allIdle ? maximumOverAll : minimumOverActive;
  return candidate > previous
    ? {watermark: candidate, idle: allIdle, advanced: true}
    : {watermark: previous, idle: allIdle, advanced: false};
}
