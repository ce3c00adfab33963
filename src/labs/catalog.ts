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
    id: 'watermarks',
    title: '水位线与窗口',
    summary:
      '编辑一组带事件时间的记录，调乱序上界、空闲超时、窗口类型和允许迟到时间，逐条回放：看每个分片和算子的水位线怎样推进，窗口何时触发、触发几次，迟到数据是再次触发、进了旁路输出还是被丢弃。',
    note: '/docs/blogs/event-time-watermarks',
    keywords:
      'Watermark WatermarkStrategy forBoundedOutOfOrderness withIdleness allowedLateness 旁路输出 窗口不触发 迟到数据 会话窗口',
  },
  {
    id: 'changelog',
    title: 'SQL changelog',
    summary:
      '选一种查询（分组聚合、双流 Join、去重、Top-N），编辑输入行（也可以是带 -U、+U、-D 的 changelog），一步步看结果的 changelog、它在 retract 与 upsert 编码下的样子，以及三种结果表哪种接受它、不接受时规划器怎样报错。',
    note: '/docs/blogs/sql-changelog',
    keywords:
      'changelog +I -U +U -D retract upsert upsert key 动态表 insert-only Sink GROUP BY JOIN LEFT JOIN ROW_NUMBER 去重 Top-N ON CONFLICT',
  },
  {
    id: 'barriers',
    title: '检查点屏障',
    summary:
      '一个算子、两条输入通道、一个检查点屏障：按对齐、非对齐和对齐超时三种方式单步执行，看哪条通道被阻塞、屏障何时转发、快照何时做、快照里装了什么。',
    note: '/docs/source-analysis/checkpoint-principles',
    keywords:
      'Checkpoint Barrier 对齐的检查点 非对齐检查点 aligned-checkpoint-timeout execution.checkpointing.unaligned.enabled 快照 在途数据 in-flight',
  },
];
