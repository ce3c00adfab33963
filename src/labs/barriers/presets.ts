/**
 * The barrier lab's presets: each is a query string (the lab page's address
 * with that scenario) plus what a reader will see when playing it, which the
 * note's embed renders as its text equivalent before any code loads.
 *
 * This module must stay light: the note imports it. It holds only data; the
 * outcomes are checked against the simulation by
 * __tests__/presets.test.ts, so the text cannot drift from what the lab shows.
 */
import type {BarrierKind} from './simulate';

export const PRESET_IDS = ['aligned', 'unaligned', 'timeout', 'output-timeout'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface PresetOutcome {
  /** The channel whose barrier is read first, and the steps it is blocked and resumed (null: never blocked). */
  blocked: {channel: number; from: number; to: number} | null;
  /** The step at which the alignment timer switched the checkpoint to unaligned. */
  switchedAt: number | null;
  /** The step at which the barrier, still in the output buffer, timed out and overtook it. */
  outputSwitchedAt: number | null;
  /** How the checkpoint was taken, and the step of checkpointState (barrier forwarded, then the snapshot). */
  kind: BarrierKind;
  takenAt: number;
  state: string[];
  input: string[][];
  output: string[];
  /** The step from which the snapshot's content is final. */
  completeAt: number;
}

export interface Preset {
  id: PresetId;
  title: string;
  query: string;
  /** What the scenario sets up, in one or two sentences. */
  setup: string;
  outcome: PresetOutcome;
}

const DATA = 'ch1=a1,a2,|@2,a3,a4&ch2=b1,b2,b3,b4,b5,|@8,b6&out=o1,o2';
const SETUP =
  '通道 1 的缓冲区里有 a1、a2，屏障 n 在第 2 步到达，后面跟着 a3、a4；通道 2 有 b1–b5，屏障 n 到第 8 步才到，后面是 b6。输出缓冲区里还有 o1、o2 没发走。';

export const PRESETS: readonly Preset[] = [
  {
    id: 'aligned',
    title: '对齐的检查点：先到屏障的通道被阻塞',
    query: `${DATA}&drain=3&unaligned=0&timeout=0`,
    setup: `${SETUP}非对齐检查点没有开启，下游每 3 步取走一条输出。`,
    outcome: {
      blocked: {channel: 0, from: 5, to: 9},
      switchedAt: null,
      outputSwitchedAt: null,
      kind: 'aligned',
      takenAt: 9,
      state: ['a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'b5'],
      input: [[], []],
      output: [],
      completeAt: 9,
    },
  },
  {
    id: 'unaligned',
    title: '非对齐检查点：屏障越过缓冲区里的数据',
    query: `${DATA}&drain=3&unaligned=1&timeout=0`,
    setup: `${SETUP}开启了非对齐检查点，对齐超时为 0（默认值）。`,
    outcome: {
      blocked: null,
      switchedAt: null,
      outputSwitchedAt: null,
      kind: 'unaligned',
      takenAt: 2,
      state: ['a1'],
      input: [['a2'], ['b1', 'b2', 'b3', 'b4', 'b5']],
      output: ['o1', 'o2', 'a1'],
      completeAt: 8,
    },
  },
  {
    id: 'timeout',
    title: '对齐超时：先对齐，超时后切换为非对齐',
    query: `${DATA}&drain=3&unaligned=1&timeout=6`,
    setup: `${SETUP}开启了非对齐检查点，对齐超时为 6 步。`,
    outcome: {
      blocked: {channel: 0, from: 5, to: 8},
      switchedAt: 6,
      outputSwitchedAt: null,
      kind: 'unaligned',
      takenAt: 6,
      state: ['a1', 'b1', 'a2', 'b2'],
      input: [[], ['b3', 'b4', 'b5']],
      output: ['a1', 'b1', 'a2', 'b2'],
      completeAt: 8,
    },
  },
  {
    id: 'output-timeout',
    title: '对齐按时完成，输出端的屏障却超时了',
    query: `${DATA}&drain=0&unaligned=1&timeout=12`,
    setup: `${SETUP}开启了非对齐检查点，对齐超时为 12 步；下游完全反压，一条输出也不取。`,
    outcome: {
      blocked: {channel: 0, from: 5, to: 9},
      switchedAt: null,
      outputSwitchedAt: 12,
      kind: 'timeoutable',
      takenAt: 9,
      state: ['a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'b5'],
      input: [[], []],
      output: ['o1', 'o2', 'a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'b5'],
      completeAt: 12,
    },
  },
];

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (!preset) {
    throw new Error(`检查点屏障实验：没有名为 "${id}" 的预设，请写成 ${PRESET_IDS.join('、')} 之一`);
  }
  return preset;
}

const list = (labels: string[]) => labels.join('、');

/** What the reader will see happen, as sentences: the embed's text equivalent and the lab page's preset list. */
export function describeOutcome(outcome: PresetOutcome): string[] {
  const sentences: string[] = [];
  if (outcome.blocked) {
    sentences.push(
      `第 ${outcome.blocked.from} 步读到通道 ${outcome.blocked.channel + 1} 的屏障，这条通道被阻塞，直到第 ${outcome.blocked.to} 步才恢复。`,
    );
  }
  if (outcome.switchedAt !== null) {
    sentences.push(`第 ${outcome.switchedAt} 步对齐超时，检查点切换为非对齐的。`);
  }
  sentences.push(
    `第 ${outcome.takenAt} 步先向下游发出屏障，再对算子状态做快照，状态里是 ${list(outcome.state)}${
      outcome.kind === 'unaligned' ? '' : '（屏障之前的全部记录）'
    }。`,
  );
  if (outcome.outputSwitchedAt !== null) {
    sentences.push(
      `屏障却堵在输出缓冲区里：第 ${outcome.outputSwitchedAt} 步输出端的对齐超时把它变成非对齐的屏障，越过前面的数据。`,
    );
  }
  const input = outcome.input.flatMap((labels, channel) =>
    labels.length > 0 ? [`通道 ${channel + 1} 的 ${list(labels)}`] : [],
  );
  const inflight = [...input, ...(outcome.output.length > 0 ? [`输出缓冲区的 ${list(outcome.output)}`] : [])];
  sentences.push(
    inflight.length > 0
      ? `快照还带上在途数据：${inflight.join('；')}。到第 ${outcome.completeAt} 步，快照内容才全部确定。`
      : '快照里只有算子状态，没有在途数据。',
  );
  return sentences;
}
