/**
 * The scenarios a note can name: `<WatermarkLab preset="idle-split" />`.
 * Each preset is a query string in the lab's address format (scenario.ts),
 * plus the text equivalent the note renders on the server: what it sets up
 * and what the reader will see happen. __tests__/presets.test.ts plays each
 * one and checks that the outcome text matches the simulation.
 *
 * This module is imported by Embed.tsx, which every note page that embeds
 * the lab loads up front: keep it free of the simulation and the UI.
 */

export interface Preset {
  id: string;
  title: string;
  query: string;
  /** What the scenario sets up. */
  setup: string;
  /** What the reader will see happen when it plays to the end. */
  outcome: string;
  /** Something to change and replay. */
  tryThis: string;
}

export const PRESETS = [
  {
    id: 'idle-split',
    title: '窗口一直不触发：一个分片没有数据',
    query:
      'r=1000,a,1,1;2000,a,0,2;4000,b,0,3;6000,a,0,4;8000,b,0,5;11000,a,0,6;13000,b,0,7;16000,a,0,8' +
      '&splits=2&bound=1000&idle=0&w=tumbling&size=5000&late=0&side=0',
    setup:
      'Source 读两个分片，乱序上界 1 秒，5 秒的滚动窗口，没有设置空闲检测。分片 1 只在第 1 秒来了一条记录（事件时间 1000），之后再没有数据；分片 0 每秒一条，事件时间一直推进到 16000。',
    outcome:
      '分片 0 的水位线涨到 14999，分片 1 的停在 −1；算子的水位线取两者的最小值，始终是 −1。8 条记录放完，一个窗口也没有触发。',
    tryThis:
      '把空闲超时设为 3 秒再播放：第 5 秒时分片 1 已经 4 秒没有数据，被标记为空闲，算子的水位线跳到 4999，键 a、b 的 [0, 5000) 窗口立刻触发；之后 [5000, 10000) 和 [10000, 15000) 也按时触发。',
  },
  {
    id: 'out-of-order',
    title: '乱序在上界之内：没有迟到数据',
    query:
      'r=1000,a,0,1;3000,a,0,2;2000,a,0,3;5500,a,0,4;4200,a,0,5;6800,a,0,6;4900,a,0,7;7100,a,0,8;9000,a,0,9;12500,a,0,10' +
      '&splits=1&bound=2000&idle=0&w=tumbling&size=5000&late=0&side=0',
    setup:
      '一个分片，乱序上界 2 秒，5 秒的滚动窗口。10 条记录的事件时间前后颠倒，但每条最多比此前的最大时间戳早 1.9 秒。',
    outcome:
      '水位线始终等于最大时间戳 − 2000 − 1，落后得足够多，没有一条记录迟到。第 8 条（事件时间 7100）让水位线到 5099，越过 4999，[0, 5000) 带着 5 条记录触发；第 10 条让水位线到 10499，[5000, 10000) 带着 4 条记录触发。',
    tryThis: '把乱序上界改成 1000 再播放：第 7 条记录（4900）到达时 [0, 5000) 已经触发并清除，它被丢弃。',
  },
  {
    id: 'late-data',
    title: '超过上界的迟到数据：允许迟到与旁路输出',
    query:
      'r=1000,a,0,1;3000,a,0,2;6500,a,0,3;4000,a,0,4;8200,a,0,5;3500,a,0,6;11000,a,0,7;9000,a,0,8' +
      '&splits=1&bound=1000&idle=0&w=tumbling&size=5000&late=2000&side=1',
    setup:
      '一个分片，乱序上界 1 秒，5 秒的滚动窗口，allowedLateness 2 秒，并设置了迟到数据的旁路输出。有三条记录比上界来得更晚。',
    outcome:
      '第 3 条让水位线到 5499，[0, 5000) 第一次触发；第 4 条（4000）晚到，但窗口要到水位线 ≥ 6999 才清除，它被加进窗口并立刻再触发一次。第 5 条让水位线到 7199，[0, 5000) 被清除；第 6 条（3500）再来时窗口已不存在，进入旁路输出。第 8 条（9000）在 [5000, 10000) 触发之后到达，又引起一次迟到触发。',
    tryThis:
      '关掉旁路输出：第 6 条记录被丢弃，计入 numLateRecordsDropped。把允许迟到时间设为 0：第 4 条和第 8 条也迟到了。',
  },
  {
    id: 'session-merge',
    title: '会话窗口合并',
    query:
      'r=1000,a,0,1;2000,b,0,2;6000,a,0,3;3500,a,0,4;4500,b,0,5;9500,a,0,6;12000,b,0,7;14000,a,0,8;11000,a,0,9;20000,a,0,10' +
      '&splits=1&bound=4000&idle=0&w=session&gap=3000&late=0&side=0',
    setup:
      '一个分片，乱序上界 4 秒，会话间隙 3 秒，两个键。每条记录（事件时间 t）先得到自己的窗口 [t, t + 3000)，与同一个键相交（包括首尾相接）的窗口合并。',
    outcome:
      '第 4 条（3500）把键 a 的 [1000, 4000) 和 [6000, 9000) 连成 [1000, 9000)；第 9 条（11000）把 [9500, 12500) 和 [14000, 17000) 连成 [9500, 17000)。水位线先后越过 7499、8999、14999，触发键 b 的 [2000, 7500)、键 a 的 [1000, 9000) 和键 b 的 [12000, 15000)。',
    tryThis: '把会话间隙改成 1000：没有记录能连起两个会话，窗口变多、变短。',
  },
] as const satisfies readonly Preset[];

export type PresetId = (typeof PRESETS)[number]['id'];

export const DEFAULT_PRESET: PresetId = 'out-of-order';

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
