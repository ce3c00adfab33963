import {describe, expect, it} from 'vitest';
import {parse, type ChannelItem, type Scenario} from '../scenario';
import {PRESETS} from '../presets';
import {simulate, type StepView, type Timeline} from '../simulate';

const PRESET_QUERIES = PRESETS.map((preset) => preset.query);

/**
 * Worked examples. Each expected result comes from a Flink test or Flink's
 * documentation, cited beside it at the commit of Flink's release-2.3 branch
 * (f3953d2a141929a5266593fa8071a273c3808209).
 */

/**
 * Flink's barrier-handler tests add one buffer or barrier at a time to a
 * channel and let the gate hand out everything it can after each. The same
 * sequence here: element i reaches its channel at step i + 1, and since the
 * Task handles one element per step its buffers never back up.
 * `r` is a buffer, `B` the barrier; the label of a buffer is its position.
 */
function fromSequence(channels: number, sequence: ('r' | 'B')[][]): ChannelItem[][] {
  const result: ChannelItem[][] = Array.from({length: channels}, () => []);
  sequence.forEach(([kind, channel], position) => {
    const index = Number(channel);
    result[index].push(
      kind === 'B'
        ? {kind: 'barrier', arrival: position + 1}
        : {kind: 'record', label: `${position}`, arrival: position + 1},
    );
  });
  return result;
}
const buffer = (channel: number) => ['r', String(channel)] as ('r' | 'B')[];
const barrier = (channel: number) => ['B', String(channel)] as ('r' | 'B')[];

function scenario(overrides: Partial<Scenario>): Scenario {
  return {channels: [], output: [], drain: 0, unaligned: false, timeout: 0, ...overrides};
}

const processed = (timeline: Timeline) =>
  timeline.steps.flatMap((step) =>
    step.events.filter((event) => event.kind === 'record').map((event) => /的 (\S+)：/.exec(event.text)?.[1]),
  );
const checkpointsTaken = (timeline: Timeline) =>
  timeline.steps.flatMap((step) => step.events.filter((event) => event.text.startsWith('触发本 Task 的检查点 n')));
const last = (timeline: Timeline) => timeline.steps[timeline.steps.length - 1];
const stepAt = (timeline: Timeline, time: number) =>
  timeline.steps.find((step) => step.time <= time && time <= step.endTime) as StepView;
const blockedAt = (timeline: Timeline, time: number) =>
  stepAt(timeline, time).channels.flatMap((channel, index) => (channel.blocked ? [index] : []));

describe('aligned checkpoints (SingleCheckpointBarrierHandler.aligned)', () => {
  // AlignedCheckpointsTest#testMultiChannelWithBarriers, "checkpoint with
  // data from multi channels": the checkpoint triggers on the last barrier,
  // buffers keep their order, and no channel stays blocked.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/AlignedCheckpointsTest.java#L248-L310
  const sequence = [buffer(0), buffer(2), buffer(0), barrier(1), barrier(2), buffer(0), barrier(0)];
  const timeline = simulate(scenario({channels: fromSequence(3, sequence)}));

  it('triggers once, on the last barrier, and unblocks every channel', () => {
    expect(checkpointsTaken(timeline)).toHaveLength(1);
    expect(last(timeline).checkpoint?.takenAt).toBe(7);
    expect(blockedAt(timeline, 7)).toEqual([]);
  });

  it('hands out the buffers in the order they came', () => {
    expect(processed(timeline)).toEqual(['0', '1', '2', '5']);
  });

  it('blocks each channel from its barrier until the alignment ends', () => {
    expect(blockedAt(timeline, 4)).toEqual([1]);
    expect(blockedAt(timeline, 5)).toEqual([1, 2]);
    expect(blockedAt(timeline, 6)).toEqual([1, 2]);
  });
});

describe('aligned checkpoints as the docs describe them', () => {
  // "As soon as the operator receives snapshot barrier n from an incoming
  // stream, it cannot process any further records from that stream until it
  // has received the barrier n from the other inputs as well. [...] Once the
  // last stream has received barrier n, the operator emits all pending
  // outgoing records, and then emits snapshot n barriers itself. It
  // snapshots the state and resumes processing records from all input streams"
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/docs/content/docs/concepts/stateful-stream-processing.md?plain=1#L182-L196
  const {scenario: aligned} = parse('ch1=a1,a2,|@2,a3,a4&ch2=b1,b2,b3,b4,b5,|@8,b6&out=o1,o2&drain=3&unaligned=0');
  const timeline = simulate(aligned);
  const taken = last(timeline).checkpoint?.takenAt as number;

  it('processes nothing of the blocked channel between its barrier and the last one', () => {
    const firstBarrier = timeline.steps.find((step) => step.events.some((event) => event.kind === 'barrier'));
    const between = timeline.steps.filter((step) => step.time > (firstBarrier?.time ?? 0) && step.time < taken);
    expect(between.flatMap((step) => step.events.filter((event) => /处理通道 1 的/.test(event.text)))).toEqual([]);
    expect(between.every((step) => step.channels[0].blocked)).toBe(true);
  });

  it('emits the barrier after the pending output, snapshots the state, then resumes the inputs', () => {
    const kinds = stepAt(timeline, taken).events.map((event) => event.kind);
    expect(kinds.indexOf('forward')).toBeLessThan(kinds.indexOf('snapshot'));
    expect(kinds.indexOf('snapshot')).toBeLessThan(kinds.indexOf('unblock'));
    const output = stepAt(timeline, taken).output;
    expect(output[output.length - 1].kind).toBe('barrier');
  });

  it('snapshots the state of every record before the barriers and none after', () => {
    expect(last(timeline).checkpoint?.state.slice().sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'b4', 'b5']);
    expect(last(timeline).checkpoint?.input).toEqual([[], []]);
    expect(last(timeline).checkpoint?.output).toEqual([]);
  });
});

describe('checkpointState runs its steps in order, in one step of the Task', () => {
  // SubtaskCheckpointCoordinatorImpl#checkpointState: Step (1) pre-barrier
  // work, Step (2) "Send the checkpoint barrier downstream", Step (3) the
  // alignment timer, Step (4) in-flight buffers, Step (5) "Take the state
  // snapshot"; "All of the following steps happen as an atomic step".
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/main/java/org/apache/flink/streaming/runtime/tasks/SubtaskCheckpointCoordinatorImpl.java#L271-L378
  it.each(['unaligned=0', 'unaligned=1&timeout=0', 'unaligned=1&timeout=6', 'unaligned=1&timeout=20'])(
    '%s',
    (config) => {
      const timeline = simulate(parse(`ch1=a1,|@1,a2&ch2=b1,b2,|@3&drain=1&${config}`).scenario);
      const step = stepAt(timeline, last(timeline).checkpoint?.takenAt as number);
      const numbered = step.events.flatMap((event) => /^\((\d)\)/.exec(event.text)?.[1] ?? []);
      expect(numbered).toEqual(['0', '1', '2', '3', '4', '5']);
      expect(step.events.filter((event) => event.kind === 'record')).toEqual([]);
    },
  );
});

describe('unaligned checkpoints (SingleCheckpointBarrierHandler in unaligned mode)', () => {
  // UnalignedCheckpointsTest#testMultiChannelWithBarriers, "checkpoint with
  // in-flight data": all buffers come out in order, and the only in-flight
  // buffer is the one that arrived on channel 0 before its barrier but after
  // the checkpoint started ("last buffer = in-flight").
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/UnalignedCheckpointsTest.java#L188-L210
  it("persists the buffer that came before its channel's barrier, after the first barrier", () => {
    const sequence = [
      buffer(0),
      buffer(2),
      buffer(0),
      barrier(1),
      barrier(2),
      buffer(2),
      buffer(1),
      buffer(0),
      barrier(0),
    ];
    const timeline = simulate(scenario({channels: fromSequence(3, sequence), unaligned: true}));
    expect(processed(timeline)).toEqual(['0', '1', '2', '5', '6', '7']);
    expect(last(timeline).checkpoint?.kind).toBe('unaligned');
    expect(last(timeline).checkpoint?.input).toEqual([['7'], [], []]);
  });

  // The same test, "checkpoint with in-flight data in mixed order":
  // assertInflightData(sequence5[4], sequence5[5], sequence5[6], sequence5[10]).
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/UnalignedCheckpointsTest.java#L251-L273
  it("persists, per channel, exactly what came between the first barrier and the channel's own", () => {
    const sequence = [
      buffer(0),
      buffer(2),
      buffer(0),
      barrier(1),
      buffer(2),
      buffer(0),
      buffer(2),
      buffer(1),
      barrier(2),
      buffer(1),
      buffer(0),
      buffer(2),
      buffer(1),
      barrier(0),
    ];
    const timeline = simulate(scenario({channels: fromSequence(3, sequence), unaligned: true}));
    expect(processed(timeline)).toEqual(['0', '1', '2', '4', '5', '6', '7', '9', '10', '11', '12']);
    expect(last(timeline).checkpoint?.input).toEqual([['5', '10'], [], ['4', '6']]);
  });
});

describe('unaligned checkpoints as the docs describe them', () => {
  // "The operator reacts on the first barrier that is stored in its input
  // buffers. It immediately forwards the barrier to the downstream operator
  // [...] The operator marks all overtaken records to be stored
  // asynchronously and creates a snapshot of its own state."
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/docs/content/docs/concepts/stateful-stream-processing.md?plain=1#L257-L264
  const timeline = simulate(
    parse('ch1=a1,a2,|@2,a3,a4&ch2=b1,b2,b3,b4,b5,|@8,b6&out=o1,o2&drain=3&unaligned=1').scenario,
  );
  const checkpoint = last(timeline).checkpoint;

  it('takes the checkpoint in the step the first barrier arrives, overtaking the buffered records', () => {
    expect(checkpoint?.takenAt).toBe(2);
    const kinds = stepAt(timeline, 2).events.map((event) => event.kind);
    expect(kinds.indexOf('barrier')).toBeLessThan(kinds.indexOf('forward'));
    expect(kinds.indexOf('forward')).toBeLessThan(kinds.indexOf('snapshot'));
    expect(checkpoint?.state).toEqual(['a1']);
    expect(checkpoint?.input).toEqual([['a2'], ['b1', 'b2', 'b3', 'b4', 'b5']]);
  });

  it('never blocks a channel', () => {
    expect(timeline.steps.every((step) => step.channels.every((channel) => !channel.blocked))).toBe(true);
  });

  // PipelinedSubpartitionWithReadViewTest#testBarrierOvertaking: an unaligned
  // barrier added after buffers 1, 2 and 4 records them as output in-flight
  // data and is read before them.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/runtime/io/network/partition/PipelinedSubpartitionWithReadViewTest.java#L327-L382
  it('puts the barrier before the queued output and persists what it overtook', () => {
    const overtaking = simulate(parse('ch1=|&ch2=|@9&out=x1,x2,x4&drain=0&unaligned=1').scenario);
    const step = stepAt(overtaking, 1);
    expect(step.output.map((item) => item.label)).toEqual(['n', 'x1', 'x2', 'x4']);
    expect(last(overtaking).checkpoint?.output).toEqual(['x1', 'x2', 'x4']);
  });
});

describe('aligned-checkpoint-timeout', () => {
  // CheckpointingOptions: "Only relevant if execution.checkpointing.unaligned.enabled
  // is enabled. If timeout is 0, checkpoints will always start unaligned."
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-core/src/main/java/org/apache/flink/configuration/CheckpointingOptions.java#L564-L584
  const data = 'ch1=a1,a2,|@2,a3,a4&ch2=b1,b2,b3,b4,b5,|@8,b6&out=o1,o2&drain=3';
  const strip = (timeline: Timeline) => timeline.steps.map((step) => step.events.slice(1));

  it('changes nothing while unaligned checkpoints are off', () => {
    const withTimeout = simulate(parse(`${data}&unaligned=0&timeout=6`).scenario);
    const without = simulate(parse(`${data}&unaligned=0&timeout=0`).scenario);
    expect(strip(withTimeout)).toEqual(strip(without));
    expect(last(withTimeout).checkpoint?.kind).toBe('aligned');
  });

  it('of 0 starts the checkpoint unaligned', () => {
    expect(last(simulate(parse(`${data}&unaligned=1&timeout=0`).scenario)).checkpoint?.kind).toBe('unaligned');
  });

  // checkpointing_under_backpressure.md: "each checkpoint will still begin as
  // an aligned checkpoint, but when the global checkpoint duration exceeds
  // the aligned-checkpoint-timeout, if the aligned checkpoint has not
  // completed, then the checkpoint will proceed as an unaligned checkpoint."
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/docs/content/docs/ops/state/checkpointing_under_backpressure.md?plain=1#L117-L119
  it('begins aligned and proceeds unaligned once the time since the checkpoint started exceeds it', () => {
    const timeline = simulate(parse(`${data}&unaligned=1&timeout=6`).scenario);
    expect(blockedAt(timeline, 5)).toEqual([0]);
    expect(stepAt(timeline, 6).events.some((event) => event.kind === 'timeout')).toBe(true);
    // Counted from the checkpoint's start (step 0), not from the first barrier (step 5).
    expect(last(timeline).checkpoint?.takenAt).toBe(6);
    expect(last(timeline).checkpoint?.kind).toBe('unaligned');
  });

  it('does not matter when the alignment completes in time', () => {
    const timeline = simulate(parse(`${data}&unaligned=1&timeout=20`).scenario);
    expect(last(timeline).checkpoint?.kind).toBe('timeoutable');
    expect(last(timeline).checkpoint?.state).toEqual(['a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'b5']);
  });

  // AlternatingCheckpointsTest#testTimeoutBarrierOnTwoChannels: barriers
  // queued behind data on both channels are announced; when the timeout
  // fires, both barriers are read first, one unaligned checkpoint is
  // triggered, and the overtaken buffers follow.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/AlternatingCheckpointsTest.java#L302-L332
  it('lets announced barriers overtake the data when it fires before any barrier is read', () => {
    const timeline = simulate(parse('ch1=d1,d2,|&ch2=e1,|&out=&unaligned=1&timeout=1').scenario);
    const reads = timeline.steps.flatMap((step) =>
      step.events.filter((event) => event.kind === 'record' || event.kind === 'barrier').slice(0, 1),
    );
    expect(reads.map((event) => event.kind)).toEqual(['barrier', 'barrier', 'record', 'record', 'record']);
    expect(checkpointsTaken(timeline)).toHaveLength(1);
    expect(last(timeline).checkpoint?.kind).toBe('unaligned');
    expect(last(timeline).checkpoint?.input).toEqual([['d1', 'd2'], ['e1']]);
  });

  // AlternatingCheckpointsTest#testActiveTimeoutAlignmentOnFirstBarrier: a
  // barrier read on one channel, then the time passes the timeout: the
  // triggered checkpoint is exactly one unaligned checkpoint.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/AlternatingCheckpointsTest.java#L571-L590
  it('switches an alignment in progress when the timer fires', () => {
    const timeline = simulate(parse('ch1=|&ch2=|@20&out=&unaligned=1&timeout=3').scenario);
    expect(checkpointsTaken(timeline)).toHaveLength(1);
    expect(last(timeline).checkpoint?.kind).toBe('unaligned');
    expect(last(timeline).checkpoint?.takenAt).toBe(3);
  });

  // AlternatingCheckpointsTest#testNoActiveTimeoutAlignmentAfterLastBarrier:
  // both barriers before the timeout, then time passes it: no unaligned
  // checkpoint is triggered.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/AlternatingCheckpointsTest.java#L631-L650
  it('is cancelled once every barrier is in', () => {
    const timeline = simulate(parse('ch1=|&ch2=|&out=&drain=1&unaligned=1&timeout=5').scenario);
    expect(checkpointsTaken(timeline)).toHaveLength(1);
    expect(last(timeline).checkpoint?.kind).toBe('timeoutable');
    expect(timeline.steps.some((step) => step.events.some((event) => event.kind === 'timeout'))).toBe(false);
  });

  // AlternatingCheckpointsTest#testTimeoutAlignmentBeforeFirstBarrier: when
  // the timeout passed before the first barrier, "The UC is triggered as soon
  // as the first barrier is received".
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/streaming/runtime/io/checkpointing/AlternatingCheckpointsTest.java#L368-L390
  it('makes a late first barrier start an unaligned checkpoint', () => {
    const timeline = simulate(parse('ch1=x1,|@5&ch2=|@9&out=&unaligned=1&timeout=2').scenario);
    const firstBarrier = timeline.steps.find((step) => step.events.some((event) => event.kind === 'barrier'));
    expect(last(timeline).checkpoint?.kind).toBe('unaligned');
    expect(last(timeline).checkpoint?.takenAt).toBe(firstBarrier?.time);
  });
});

describe('the output side of a timeoutable checkpoint', () => {
  // PipelinedSubpartitionTest#testTimeoutAlignedToUnalignedBarrier: data
  // buffers, then a timeoutable barrier; on timeout the barrier is polled
  // first as a priority event, and the channel state is the data buffers.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/runtime/io/network/partition/PipelinedSubpartitionTest.java#L409-L446
  it('turns a barrier still in the output buffer into an unaligned one when the timer fires', () => {
    const timeline = simulate(parse('ch1=|&ch2=|&out=o1&drain=0&unaligned=1&timeout=5').scenario);
    expect(stepAt(timeline, 4).output.map((item) => item.label)).toEqual(['o1', 'n']);
    expect(stepAt(timeline, 5).output.map((item) => item.label)).toEqual(['n', 'o1']);
    expect(last(timeline).checkpoint?.output).toEqual(['o1']);
    expect(last(timeline).checkpoint?.completeAt).toBe(5);
  });

  // PipelinedSubpartitionTest#testConsumeTimeoutableCheckpointBarrierQuickly:
  // the downstream reads the data and then the barrier before any timeout;
  // the channel-state future completes empty.
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/test/java/org/apache/flink/runtime/io/network/partition/PipelinedSubpartitionTest.java#L369-L407
  it('stores no output when the barrier leaves before the timeout', () => {
    const timeline = simulate(parse('ch1=|&ch2=|&out=o1,o2,o3&drain=1&unaligned=1&timeout=5').scenario);
    expect(last(timeline).checkpoint?.output).toEqual([]);
    expect(last(timeline).checkpoint?.completeAt).toBeLessThan(5);
  });
});

describe('determinism and bounds', () => {
  it('plays the same scenario the same way every time', () => {
    const {scenario: s} = parse('ch1=a1,a2,|@2,a3&ch2=b1,|@4,b2&out=o1&drain=2&unaligned=1&timeout=3');
    expect(simulate(s)).toEqual(simulate(s));
  });

  it('points every moment at a step of the run, and 结束 at the last', () => {
    for (const query of PRESET_QUERIES) {
      const timeline = simulate(parse(query).scenario);
      expect(timeline.moments.every((moment) => moment.index < timeline.steps.length)).toBe(true);
      expect(timeline.moments.at(-1)).toEqual({label: '结束', index: timeline.steps.length - 1});
    }
  });

  it('finishes the largest scenario the limits allow', () => {
    const channel = [...Array.from({length: 29}, (_, i) => `r${i}@${i * 2}`), '|@60'].join(',');
    const output = Array.from({length: 20}, (_, i) => `o${i}`).join(',');
    for (const config of ['unaligned=0', 'unaligned=1&timeout=0', 'unaligned=1&timeout=60']) {
      const {scenario: s, problems} = parse(`ch1=${channel}&ch2=${channel}&out=${output}&drain=10&${config}`);
      expect(problems).toEqual([]);
      const timeline = simulate(s);
      expect(timeline.problem).toBeNull();
      expect(last(timeline).checkpoint?.completeAt).not.toBeNull();
    }
  });
});
