/**
 * The interactive labs (实验), one entry each. The /labs index, the home
 * page, the navbar's 实验 entry, search and the learning path all read this
 * list, so a new lab is one entry here plus its folder:
 * - src/labs/<id>/: the simulation as pure modules with unit tests, the
 *   scenario's URL format, and the interactive UI (loaded on demand);
 * - src/pages/labs/<id>.tsx: the lab's own page at /labs/<id>;
 * - a component that notes embed through <LabIsland> with a preset.
 *
 * `id` is part of the lab's address and of readers' learning-path progress:
 * never rename one.
 */
export const LAB_IDS = ['watermarks', 'changelog', 'barriers'] as const;
export type LabId = (typeof LAB_IDS)[number];

export interface LabInfo {
  id: LabId;
  title: string;
  /** One or two sentences: what the reader can try and see. */
  summary: string;
  /** The note that embeds the lab with its presets. */
  note: string;
  /** Words readers may search for, besides the title and summary. */
  keywords: string;
}

export const labPath = (id: LabId) => `/labs/${id}`;

// Each lab adds its entry when its page and code land (see the header).
export const labs: LabInfo[] = [
  {
    id: 'barriers',
    title: '检查点屏障',
    summary:
      '一个算子、两条输入通道、一个检查点屏障：按对齐、未对齐和对齐超时三种方式单步执行，看哪条通道被阻塞、屏障何时转发、快照何时做、快照里装了什么。',
    note: '/docs/source-analysis/checkpoint-principles',
    keywords:
      'Checkpoint Barrier 对齐的检查点 未对齐的检查点 aligned-checkpoint-timeout execution.checkpointing.unaligned.enabled 快照 在途数据 in-flight',
  },
];
