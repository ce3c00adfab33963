/**
 * A keyed event-time window operator with the default EventTimeTrigger, as
 * Flink 2.3's WindowOperator runs it. Each rule cites its source as a path
 * under https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/
 * (release-2.3); "…" stands for org/apache/flink/streaming/api or
 * org/apache/flink/streaming/runtime under src/main/java. React-free; __tests__/windowOperator.test.ts replays
 * Flink's own WindowOperatorTest cases against it.
 *
 * Element contents are opaque to the operator (the lab passes record numbers).
 */
import {NO_WATERMARK} from './sourceWatermarks';

/** [start, end): start inclusive, end exclusive, as TimeWindow. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** TimeWindow#maxTimestamp: `end - 1`, the last timestamp inside the window. */
export const maxTimestamp = (window: TimeWindow) => window.end - 1;

export type Assigner =
  {kind: 'tumbling'; size: number} | {kind: 'sliding'; size: number; slide: number} | {kind: 'session'; gap: number};

/**
 * TimeWindow.getWindowStartWithOffset (flink-runtime/…/windowing/windows/TimeWindow.java):
 * the start of the window of length `size` that holds `timestamp`; the
 * remainder is corrected for negative timestamps.
 */
export function windowStart(timestamp: number, offset: number, size: number): number {
  const remainder = (timestamp - offset) % size;
  return remainder < 0 ? timestamp - (remainder + size) : timestamp - remainder;
}

/** The windows a record with this timestamp is assigned to (offset 0, as `of(size)` and `withGap(gap)`). */
export function assignWindows(assigner: Assigner, timestamp: number): TimeWindow[] {
  switch (assigner.kind) {
    case 'tumbling': {
      // flink-runtime/…/windowing/assigners/TumblingEventTimeWindows.java assignWindows: one window [start, start + size).
      const start = windowStart(timestamp, 0, assigner.size);
      return [{start, end: start + assigner.size}];
    }
    case 'sliding': {
      // flink-runtime/…/windowing/assigners/SlidingEventTimeWindows.java assignWindows: from the last start
      // (aligned to the slide) back while start > timestamp - size, newest first.
      const windows: TimeWindow[] = [];
      const lastStart = windowStart(timestamp, 0, assigner.slide);
      for (let start = lastStart; start > timestamp - assigner.size; start -= assigner.slide) {
        windows.push({start, end: start + assigner.size});
      }
      return windows;
    }
    case 'session':
      // flink-streaming-java/…/assigners/EventTimeSessionWindows.java assignWindows: [timestamp, timestamp + gap).
      return [{start: timestamp, end: timestamp + assigner.gap}];
  }
}

/**
 * TimeWindow#intersects: `start <= other.end && end >= other.start`, so
 * windows that only touch ([0, 5) and [5, 8)) intersect and merge too.
 */
const intersects = (a: TimeWindow, b: TimeWindow) => a.start <= b.end && a.end >= b.start;

/**
 * TimeWindow.mergeWindows: sort by start, then sweep, covering each window
 * that intersects the current merge. Returns the groups of two or more.
 */
export function mergeWindows(windows: readonly TimeWindow[]): {result: TimeWindow; merged: TimeWindow[]}[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const groups: {result: TimeWindow; merged: TimeWindow[]}[] = [];
  let current: {result: TimeWindow; merged: TimeWindow[]} | null = null;
  for (const candidate of sorted) {
    if (current && intersects(current.result, candidate)) {
      current.result = {
        start: Math.min(current.result.start, candidate.start),
        end: Math.max(current.result.end, candidate.end),
      };
      current.merged.push(candidate);
    } else {
      if (current) groups.push(current);
      current = {result: candidate, merged: [candidate]};
    }
  }
  if (current) groups.push(current);
  return groups.filter((group) => group.merged.length > 1);
}

export interface OpenWindow<E> {
  key: string;
  window: TimeWindow;
  contents: readonly E[];
  /** How many times it has fired so far. */
  firings: number;
}

export interface Firing<E> {
  key: string;
  window: TimeWindow;
  contents: readonly E[];
  /** The operator's watermark when it fired. */
  watermark: number;
  /**
   * 'watermark': the window's timer at maxTimestamp fired as the watermark
   * passed it; 'late': a late element arrived while the watermark was already
   * past the window's end (within the allowed lateness) and fired it at once.
   */
  cause: 'watermark' | 'late';
}

export interface ElementResult<E> {
  /** Windows the element was added to (for session windows: the merged window). */
  added: TimeWindow[];
  /** Windows that were already past their cleanup time, so the element was not added to them. */
  lateWindows: TimeWindow[];
  /** Session windows merged into `added[0]` by this element. */
  merged: TimeWindow[];
  /** Windows the element fired at once (late firings). */
  firings: Firing<E>[];
  /** Not added to any window: sent to the side output if one is set, else dropped. */
  fate: 'added' | 'side-output' | 'dropped';
}

export interface AdvanceResult<E> {
  firings: Firing<E>[];
  /** Windows whose state was cleared (watermark ≥ maxTimestamp + allowed lateness). */
  cleared: OpenWindow<E>[];
}

const byKeyThenStart = <E>(a: OpenWindow<E>, b: OpenWindow<E>) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.window.start - b.window.start;

const sameWindow = (a: TimeWindow, b: TimeWindow) => a.start === b.start && a.end === b.end;

export class WindowOperator<E> {
  private watermark = NO_WATERMARK;
  private windows: OpenWindow<E>[] = [];
  private dropped = 0;

  constructor(
    private readonly assigner: Assigner,
    private readonly allowedLateness: number,
    private readonly sideOutput: boolean,
  ) {}

  get currentWatermark(): number {
    return this.watermark;
  }

  /** The numLateRecordsDropped metric: late elements dropped because no side output is set. */
  get lateRecordsDropped(): number {
    return this.dropped;
  }

  /** The open windows, ordered by key and start; the objects are never mutated afterwards. */
  openWindows(): OpenWindow<E>[] {
    return [...this.windows].sort(byKeyThenStart);
  }

  /**
   * WindowOperator#cleanupTime (flink-runtime/…/operators/windowing/WindowOperator.java):
   * `window.maxTimestamp() + allowedLateness`.
   */
  private cleanupTime(window: TimeWindow): number {
    return maxTimestamp(window) + this.allowedLateness;
  }

  /** WindowOperator#isWindowLate: `cleanupTime(window) <= currentWatermark`. */
  private isWindowLate(window: TimeWindow): boolean {
    return this.cleanupTime(window) <= this.watermark;
  }

  private find(key: string, window: TimeWindow): OpenWindow<E> | undefined {
    return this.windows.find((open) => open.key === key && sameWindow(open.window, window));
  }

  private replace(previous: OpenWindow<E> | undefined, next: OpenWindow<E>) {
    this.windows = this.windows.filter((open) => open !== previous);
    this.windows.push(next);
  }

  /**
   * EventTimeTrigger#onElement (flink-runtime/…/windowing/triggers/EventTimeTrigger.java):
   * FIRE at once when `window.maxTimestamp() <= currentWatermark`, otherwise
   * register an event-time timer at maxTimestamp (which `advanceWatermark`
   * models). FIRE, not FIRE_AND_PURGE: the contents stay for later firings.
   */
  private onElement(open: OpenWindow<E>, firings: Firing<E>[]): OpenWindow<E> {
    if (maxTimestamp(open.window) > this.watermark) return open;
    const fired = {...open, firings: open.firings + 1};
    firings.push({
      key: open.key,
      window: open.window,
      contents: open.contents,
      watermark: this.watermark,
      cause: 'late',
    });
    return fired;
  }

  /** WindowOperator#processElement for one element, with the operator's current watermark. */
  processElement(key: string, timestamp: number, element: E): ElementResult<E> {
    const result: ElementResult<E> = {added: [], lateWindows: [], merged: [], firings: [], fate: 'added'};
    if (this.assigner.kind === 'session') {
      this.addToSession(key, timestamp, element, result);
    } else {
      // The non-merging branch: every assigned window that is not late gets the element.
      for (const window of assignWindows(this.assigner, timestamp)) {
        if (this.isWindowLate(window)) {
          result.lateWindows.push(window);
          continue;
        }
        const existing = this.find(key, window);
        const grown: OpenWindow<E> = existing
          ? {...existing, contents: [...existing.contents, element]}
          : {key, window, contents: [element], firings: 0};
        this.replace(existing, this.onElement(grown, result.firings));
        result.added.push(window);
      }
    }
    // "side output input event if element not handled by any window": a skipped
    // element goes to the side output when a tag is set, else it is dropped and
    // counted in numLateRecordsDropped. Flink also requires isElementLate
    // (timestamp + allowedLateness <= watermark); for these assigners a record
    // whose every window is late always is (its timestamp ≤ each window's
    // maxTimestamp), so that check cannot change the outcome here.
    if (result.added.length === 0) {
      result.fate = this.sideOutput ? 'side-output' : 'dropped';
      if (!this.sideOutput) this.dropped++;
    }
    return result;
  }

  /**
   * The merging branch of processElement: MergingWindowSet#addWindow
   * (flink-runtime/…/operators/windowing/MergingWindowSet.java) merges the
   * new window [timestamp, timestamp + gap) with the key's in-flight windows
   * it intersects (TimeWindow.mergeWindows); the merged windows' timers are
   * deleted and EventTimeTrigger#onMerge registers one at the merged window's
   * maxTimestamp if the watermark is not past it yet. Then, as for other
   * windows, a late merged window is retired and the element skipped.
   *
   * WindowOperator throws if a merge would end before the watermark; that
   * cannot happen here: every in-flight window's cleanup time is after the
   * watermark (its cleanup timer has not fired), and the merge covers it.
   */
  private addToSession(key: string, timestamp: number, element: E, result: ElementResult<E>) {
    const [newWindow] = assignWindows(this.assigner, timestamp);
    const inFlight = this.windows.filter((open) => open.key === key);
    const group = mergeWindows([...inFlight.map((open) => open.window), newWindow]).find((candidate) =>
      candidate.merged.includes(newWindow),
    );
    const actual = group ? group.result : newWindow;
    const mergedOpen = group
      ? inFlight.filter((open) => group.merged.some((window) => sameWindow(window, open.window)))
      : [];
    if (this.isWindowLate(actual)) {
      // MergingWindowSet#retireWindow: the new window alone was late and never held state.
      result.lateWindows.push(actual);
      return;
    }
    const contents = [...mergedOpen.sort(byKeyThenStart).flatMap((open) => open.contents), element];
    // A window that only absorbs the new one keeps its firing count; a real
    // merge makes a new window (the merged ones' timers are deleted).
    const kept = mergedOpen.length === 1 && sameWindow(mergedOpen[0].window, actual) ? mergedOpen[0] : undefined;
    this.windows = this.windows.filter((open) => !mergedOpen.includes(open));
    result.merged = kept ? [] : mergedOpen.map((open) => open.window);
    this.windows.push(this.onElement({key, window: actual, contents, firings: kept?.firings ?? 0}, result.firings));
    result.added.push(actual);
  }

  /**
   * The watermark reaches the operator: InternalTimerServiceImpl#advanceWatermark
   * sets the current watermark, then fires every event-time timer at or below
   * it in timestamp order. Each window has two:
   * - at maxTimestamp, where EventTimeTrigger#onEventTime returns FIRE
   *   (`time == window.maxTimestamp()`), so the window is evaluated;
   * - at cleanupTime (registerCleanupTimer), where WindowOperator#onEventTime
   *   clears the window's state (isCleanupTime → clearAllState). With
   *   allowedLateness 0 both are the same timer: fire, then clear.
   * Timers with equal timestamps fire in an order Flink does not specify; the
   * lab uses key, then window start.
   */
  advanceWatermark(watermark: number): AdvanceResult<E> {
    const result: AdvanceResult<E> = {firings: [], cleared: []};
    if (watermark <= this.watermark) return result;
    const previous = this.watermark;
    this.watermark = watermark;
    type Timer = {time: number; open: OpenWindow<E>; kind: 'fire' | 'cleanup'};
    const timers: Timer[] = [];
    for (const open of this.windows) {
      const fireAt = maxTimestamp(open.window);
      if (fireAt > previous && fireAt <= watermark) timers.push({time: fireAt, open, kind: 'fire'});
      const cleanupAt = this.cleanupTime(open.window);
      if (cleanupAt <= watermark) timers.push({time: cleanupAt, open, kind: 'cleanup'});
    }
    timers.sort(
      (a, b) => a.time - b.time || (a.kind === b.kind ? byKeyThenStart(a.open, b.open) : a.kind === 'fire' ? -1 : 1),
    );
    const current = new Map<OpenWindow<E>, OpenWindow<E>>();
    for (const timer of timers) {
      const open = current.get(timer.open) ?? timer.open;
      if (timer.kind === 'fire') {
        const fired = {...open, firings: open.firings + 1};
        current.set(timer.open, fired);
        result.firings.push({
          key: open.key,
          window: open.window,
          contents: open.contents,
          watermark,
          cause: 'watermark',
        });
      } else {
        current.set(timer.open, open);
        result.cleared.push(open);
      }
    }
    const clearedSet = new Set(timers.filter((t) => t.kind === 'cleanup').map((t) => t.open));
    this.windows = this.windows.filter((open) => !clearedSet.has(open)).map((open) => current.get(open) ?? open);
    return result;
  }
}
