/**
 * Every preset parses cleanly, and its outcome text (rendered in the notes
 * without JavaScript) says what the simulation does.
 */
import {describe, expect, it} from 'vitest';
import {PRESETS, presetById} from '../presets';
import {parse} from '../scenario';
import {simulate, type LabFiring} from '../simulate';

const play = (id: string, change = '') => {
  const parsed = parse(presetById(id)!.query + change);
  expect(parsed.problems).toEqual([]);
  return simulate(parsed.scenario);
};
const fired = (f: LabFiring) =>
  `${f.key} [${f.window.start}, ${f.window.end}) ${f.cause} @${f.watermark}: ${f.contents.join(',')}`;

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p]))('%s parses without problems and serializes back the same', (_, preset) => {
    const parsed = parse(preset.query);
    expect(parsed.problems).toEqual([]);
  });

  it('idle-split: no window fires; with idle=3 they fire from the 5th second', () => {
    const stuck = play('idle-split');
    expect(stuck.firings).toEqual([]);
    const last = stuck.steps.at(-1)!;
    expect(last.splits.map((s) => s.watermark)).toEqual([14999, -1]);
    expect(last.operatorWatermark).toBe(-1);

    const fixed = play('idle-split', '&idle=3');
    expect(fixed.steps[5].splits[1].idle).toBe(true);
    expect(fixed.firings.map((f) => [f.step, fired(f)])).toEqual([
      [5, 'a [0, 5000) watermark @4999: 1,2'],
      [5, 'b [0, 5000) watermark @4999: 3'],
      [6, 'a [5000, 10000) watermark @9999: 4'],
      [6, 'b [5000, 10000) watermark @9999: 5'],
      [8, 'a [10000, 15000) watermark @14999: 6'],
      [8, 'b [10000, 15000) watermark @14999: 7'],
    ]);
  });

  it('out-of-order: nothing late; [0, 5000) fires with 5 records at 5099, [5000, 10000) with 4 at 10499', () => {
    const timeline = play('out-of-order');
    expect(timeline.late).toEqual([]);
    expect(timeline.firings.map((f) => [f.step, fired(f)])).toEqual([
      [8, 'a [0, 5000) watermark @5099: 1,2,3,5,7'],
      [10, 'a [5000, 10000) watermark @10499: 4,6,8,9'],
    ]);
    const dropped = play('out-of-order', '&bound=1000');
    expect(dropped.late.map((l) => [l.record, l.fate])).toEqual([[7, 'dropped']]);
  });

  it('late-data: a main firing, two late firings, one record to the side output', () => {
    const timeline = play('late-data');
    expect(timeline.firings.map((f) => [f.step, fired(f)])).toEqual([
      [3, 'a [0, 5000) watermark @5499: 1,2'],
      [4, 'a [0, 5000) late @5499: 1,2,4'],
      [7, 'a [5000, 10000) watermark @9999: 3,5'],
      [8, 'a [5000, 10000) late @9999: 3,5,8'],
    ]);
    expect(timeline.steps[5].events).toContainEqual({kind: 'cleared', key: 'a', window: {start: 0, end: 5000}});
    expect(timeline.late).toEqual([{record: 6, step: 6, fate: 'side-output', watermark: 7199}]);
    expect(play('late-data', '&side=0').steps.at(-1)!.lateRecordsDropped).toBe(1);
    expect(play('late-data', '&late=0').late.map((l) => l.record)).toEqual([4, 6, 8]);
  });

  it('session-merge: two bridging merges and three firings', () => {
    const timeline = play('session-merge');
    const merges = timeline.steps.flatMap((step) =>
      step.events.flatMap((e) => (e.kind === 'added' && e.merged.length > 0 ? [[step.index, e.windows[0]]] : [])),
    );
    expect(merges).toEqual([
      [4, {start: 1000, end: 9000}],
      [5, {start: 2000, end: 7500}],
      [9, {start: 9500, end: 17000}],
    ]);
    expect(timeline.firings.map(fired)).toEqual([
      'b [2000, 7500) watermark @7999: 2,5',
      'a [1000, 9000) watermark @9999: 1,3,4',
      'b [12000, 15000) watermark @15999: 7',
    ]);
  });
});
