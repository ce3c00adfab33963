import type {Change, Side} from '../model';

/** What one input event made an operator do: the rows it emitted and, in words, which rule fired. */
export interface OperatorStep {
  out: Change[];
  notes: string[];
}

/** A table of what the operator keeps in state, for the reader (and for tests). */
export interface StateTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/**
 * One parallel instance of a streaming SQL operator with unbounded state (no
 * state TTL, no mini-batch): the same input always gives the same output.
 */
export interface Operator {
  process(side: Side, change: Change): OperatorStep;
  /** A watermark; only operators with event-time timers react to it. */
  watermark(time: number): OperatorStep;
  state(): StateTable[];
}

export const nothingOnWatermark = (): OperatorStep => ({out: [], notes: []});
