import {describe, expect, it} from 'vitest';
import {streamingJoin} from '../operators/join';
import {run} from './helpers';

// StreamingJoinOperatorTest: orders(order_id, line_order_id, shipping_address)
// joined with line_orders(line_order_id, line_order_ship_mode) on
// line_order_id. The expected rows below are the test's; steps whose outcome
// depends on state retention, or on the test's inputs having a unique key
// (a +U that replaces the row of the same key), are left out, since the
// lab's operator keeps state forever and its tables have no key.
// https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-runtime/src/test/java/org/apache/flink/table/runtime/operators/join/stream/StreamingJoinOperatorTest.java
const options = {leftKeyIndex: 1, rightKeyIndex: 0, leftWidth: 3, rightWidth: 2};
const BELLEVUE = '3 Bellevue Drive, Pottstown, PA 19464';
const MANOR = '68 Manor Station Street, Honolulu, HI 96815';

describe('regular join (StreamingJoinOperator)', () => {
  it('inner join: a row waits in state until the other side matches, and the input row kind is forwarded', () => {
    // testInnerJoinWithStateRetentionDisabled, its first four inputs.
    const join = streamingJoin({type: 'inner', ...options});
    expect(
      run(join, [
        {L: ['+I', 'Ord#1', 'LineOrd#1', BELLEVUE]},
        {L: ['+I', 'Ord#1', 'LineOrd#2', BELLEVUE]},
        {R: ['+I', 'LineOrd#2', 'AIR']},
        {L: ['+U', 'Ord#1', 'LineOrd#2', MANOR]},
      ]),
    ).toEqual([
      [],
      [],
      [`+I[Ord#1, LineOrd#2, ${BELLEVUE}, LineOrd#2, AIR]`],
      [`+U[Ord#1, LineOrd#2, ${MANOR}, LineOrd#2, AIR]`],
    ]);
  });

  it('left join: an unmatched left row is padded with NULL, and the padded row is retracted when a match arrives', () => {
    // testLeftOuterJoinWithStateRetentionDisabled, its first four inputs: the
    // outer join emits +I/-D only, so the left +U comes out as +I.
    const join = streamingJoin({type: 'left', ...options});
    expect(
      run(join, [
        {L: ['+I', 'Ord#1', 'LineOrd#1', BELLEVUE]},
        {L: ['+I', 'Ord#1', 'LineOrd#2', BELLEVUE]},
        {R: ['+I', 'LineOrd#2', 'AIR']},
        {L: ['+U', 'Ord#1', 'LineOrd#2', MANOR]},
      ]),
    ).toEqual([
      [`+I[Ord#1, LineOrd#1, ${BELLEVUE}, NULL, NULL]`],
      [`+I[Ord#1, LineOrd#2, ${BELLEVUE}, NULL, NULL]`],
      [`-D[Ord#1, LineOrd#2, ${BELLEVUE}, NULL, NULL]`, `+I[Ord#1, LineOrd#2, ${BELLEVUE}, LineOrd#2, AIR]`],
      [`+I[Ord#1, LineOrd#2, ${MANOR}, LineOrd#2, AIR]`],
    ]);
  });

  it('left join: retracting the only match of a left row emits -D for the joined row and +I for the padded row', () => {
    // testLeftOuterJoinWithDifferentStateRetentionTime, its
    // deleteRecord("LineOrd#2", "SHIP") step: with the left row joined to
    // exactly that right row, the expected output is -D of the joined row,
    // then +I of the left row padded with NULL. The state before that step
    // (one left row, one matching right row) is built here without state
    // retention.
    const join = streamingJoin({type: 'left', ...options});
    const steps = run(join, [
      {L: ['+I', 'Ord#1', 'LineOrd#2', MANOR]},
      {R: ['+I', 'LineOrd#2', 'SHIP']},
      {R: ['-D', 'LineOrd#2', 'SHIP']},
    ]);
    expect(steps[2]).toEqual([
      `-D[Ord#1, LineOrd#2, ${MANOR}, LineOrd#2, SHIP]`,
      `+I[Ord#1, LineOrd#2, ${MANOR}, NULL, NULL]`,
    ]);
  });

  it('keeps duplicate rows as copies and pads each copy', () => {
    // OuterJoinRecordStateViews.InputSideHasNoUniqueKey stores
    // <record, <appear-times, associated-num>> and its iterator yields a
    // record appear-times times; StreamingJoinOperator's pseudo code then
    // retracts one padded row per copy ("if the matched num in the matched
    // rows == 0, send -D[null+other]").
    // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/join/stream/state/OuterJoinRecordStateViews.java
    const join = streamingJoin({type: 'left', leftKeyIndex: 1, rightKeyIndex: 0, leftWidth: 2, rightWidth: 2});
    expect(run(join, [{L: ['+I', 'o1', 'p1']}, {L: ['+I', 'o1', 'p1']}, {R: ['+I', 'p1', 'Phone']}])[2]).toEqual([
      '-D[o1, p1, NULL, NULL]',
      '+I[o1, p1, p1, Phone]',
      '-D[o1, p1, NULL, NULL]',
      '+I[o1, p1, p1, Phone]',
    ]);
  });
});
