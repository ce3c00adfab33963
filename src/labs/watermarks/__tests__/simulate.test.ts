/**
 * The whole pipeline (per-split generators → source → window operator).
 * Expected values follow the rules cited in sourceWatermarks.ts and
 * windowOperator.ts and the test cases in the neighbouring files; these
 * tests check how the lab wires them together.
 */
import {describe, expect, it} from 'vitest';
import {parse, type Scenario} from '../scenario';
import {simulate} from '../simulate';
import {NO_WATERMARK} from '../sourceWatermarks';

const run = (query: string) => {
  const parsed = parse(query);
  expect(parsed.problems).toEqual([]);
  return simulate(parsed.scenario);
};

describe('simulate', () => {
  it('step 0 shows Long.MIN_VALUE everywhere and nothing open', () => {
    const [first] = run('r=1000,a,0,1&splits=2').steps;
    expect(first.operatorWatermark).toBe(NO_WATERMARK);
    expect(first.splits.map((s) => s.watermark)).toEqual([NO_WATERMARK, NO_WATERMARK]);
    expect(first.windows).toEqual([]);
  });

  it('the operator watermark is the minimum over the splits; a silent split holds it at Long.MIN_VALUE', () => {
    const timeline = run('r=7000,a,0,1;9000,a,0,2&splits=2&bound=1000');
    const last = timeline.steps.at(-1)!;
    expect(last.splits.map((s) => s.watermark)).toEqual([7999, NO_WATERMARK]);
    expect(last.operatorWatermark).toBe(NO_WATERMARK);
    expect(timeline.firings).toEqual([]);
  });

  it('idleness removes the silent split from the minimum after the timeout, and the windows fire', () => {
    // Split 1 never has data: idle once more than 2 s have passed since 0, i.e. from 3 s on.
    const timeline = run('r=6000,a,0,1;6500,a,0,2;7000,a,0,3&splits=2&bound=0&idle=2&size=5000');
    const [, one, two, three] = timeline.steps;
    expect(one.splits[1].idle).toBe(false);
    expect(two.splits[1].idle).toBe(false);
    expect(three.splits[1].idle).toBe(true);
    expect(three.events[0]).toEqual({kind: 'idle', split: 1, lastActivity: 0});
    // Going idle releases split 0's 6499, which fires [0, 5000)? No: nothing was in it.
    expect(three.operatorWatermark).toBe(6999);
    expect(timeline.firings).toEqual([]);
  });

  it('a record is judged against the watermark before it, not the one it raises', () => {
    // Bound 0: the record at 4999 raises the watermark to 4998; it is in [0, 5000) either way.
    // The record at 10000 raises it to 9999 *after* it has been added to [10000, 15000).
    const timeline = run('r=1000,a,0,1;10000,a,0,2;4000,a,0,3&bound=0&size=5000');
    expect(timeline.late.map((l) => l.record)).toEqual([3]);
    expect(timeline.firings.map((f) => [f.step, f.window.start, f.contents])).toEqual([[2, 0, [1]]]);
    // SourceOutputWithWatermarks#collect hands the record on first; the periodic emit follows.
    expect(timeline.steps[2].events.map((e) => e.kind)).toEqual([
      'arrive',
      'added',
      'split-watermark',
      'operator-watermark',
      'fire',
      'cleared',
    ]);
  });

  it('a split that comes back from idleness never pulls the operator watermark back', () => {
    // Split 1's record at 1 s, split 0's at 2 s and 6 s; idle 3 s: at 6 s split 1 is idle (5 s quiet).
    const timeline = run('r=1000,a,1,1;9000,a,0,2;12000,a,0,6;2000,a,1,7&splits=2&bound=0&idle=3');
    const six = timeline.steps[3];
    expect(six.splits[1].idle).toBe(true);
    expect(six.operatorWatermark).toBe(11999);
    const seven = timeline.steps[4];
    expect(seven.events).toContainEqual({kind: 'active', split: 1});
    expect(seven.splits[1].idle).toBe(false);
    expect(seven.splits[1].watermark).toBe(1999);
    expect(seven.operatorWatermark).toBe(11999);
    // The record at 2000 is late for [0, 5000), which fired and was cleared at 8999.
    expect(timeline.late).toEqual([{record: 4, step: 4, fate: 'dropped', watermark: 11999}]);
  });

  it('when every split is idle the source emits the highest split watermark (the final quiet step)', () => {
    const timeline = run('r=3000,a,0,1;9000,b,1,2&splits=2&bound=0&idle=2');
    const quiet = timeline.steps.at(-1)!;
    expect(quiet.record).toBeUndefined();
    expect(quiet.time).toBe(5);
    expect(quiet.sourceIdle).toBe(true);
    expect(quiet.operatorWatermark).toBe(8999);
    expect(timeline.firings.map((f) => `${f.key} [${f.window.start}, ${f.window.end}) @${f.watermark}`)).toEqual([
      'a [0, 5000) @8999',
    ]);
    // Splits go idle in the order their last records came: split 0 (1 s) at 4 s, then split 1 too by 5 s.
    expect(timeline.steps[2].splits.map((s) => s.idle)).toEqual([false, false]);
  });

  it('is deterministic: the same scenario gives the same timeline', () => {
    const scenario: Scenario = parse(
      'r=1000,a,0,1;3000,b,1,2;2000,a,0,3&splits=2&idle=1&w=sliding&size=4000&slide=1000',
    ).scenario;
    expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
  });

  it('stays quick at the record cap with the most windows per record', () => {
    const records = Array.from({length: 300}, (_, i) => `${(i * 7919) % 100000},k${i % 7},${i % 8},${i + 1}`);
    const {scenario} = parse(`r=${records.join(';')}&splits=8&w=sliding&size=20000&slide=1000&late=5000&idle=2`);
    const started = performance.now();
    const timeline = simulate(scenario);
    expect(timeline.steps).toHaveLength(302);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
