/**
 * Chinese text for the timeline: what the page shows and what the live
 * region announces at each step. React-free so the wording is testable.
 */
import type {Scenario} from './scenario';
import type {Step, StepEvent, Timeline} from './simulate';
import {NO_WATERMARK} from './sourceWatermarks';
import type {TimeWindow} from './windowOperator';

export const formatWatermark = (watermark: number) => (watermark === NO_WATERMARK ? '−∞' : String(watermark));
export const formatWindow = (window: TimeWindow) => `[${window.start}, ${window.end})`;
export const formatRecords = (records: readonly number[]) => records.map((no) => `#${no}`).join(' ');

function recordText(scenario: Scenario, no: number): string {
  const record = scenario.records[no - 1];
  return `#${no}（事件时间 ${record.ts}，键 ${record.key}，分片 ${record.split}）`;
}

export function describeEvent(event: StepEvent, scenario: Scenario): string {
  switch (event.kind) {
    case 'idle':
      return `分片 ${event.split} 自第 ${event.lastActivity} 秒起超过 ${scenario.idle} 秒没有数据，被标记为空闲，不再参与取最小值。`;
    case 'source-idle':
      return '所有分片都空闲：Source 发出各分片水位线中的最大值，并把输出标记为空闲。';
    case 'arrive':
      return `记录 ${recordText(scenario, event.record)} 到达。`;
    case 'added':
      return event.merged.length > 0
        ? `#${event.record} 的会话窗口与 ${event.merged.map(formatWindow).join('、')} 合并为 ${formatWindow(event.windows[0])}。`
        : `#${event.record} 进入窗口 ${event.windows.map(formatWindow).join('、')}。`;
    case 'late-window':
      return `窗口 ${event.windows.map(formatWindow).join('、')} 已过清理时间（水位线 ≥ 窗口结束 − 1 + 允许迟到），#${event.record} 不再进入。`;
    case 'side-output':
      return `#${event.record} 不属于任何未清理的窗口，发往迟到数据的旁路输出。`;
    case 'dropped':
      return `#${event.record} 不属于任何未清理的窗口，被丢弃（计入 numLateRecordsDropped）。`;
    case 'active':
      return `分片 ${event.split} 有了新数据，不再空闲。`;
    case 'split-watermark':
      return `分片 ${event.split} 的水位线升到 ${formatWatermark(event.watermark)}（最大时间戳 − ${scenario.bound} − 1）。`;
    case 'operator-watermark':
      return `算子的水位线前进到 ${formatWatermark(event.watermark)}。`;
    case 'fire': {
      const {firing} = event;
      const what = `键 ${firing.key} 的窗口 ${formatWindow(firing.window)} 触发，输出 ${formatRecords(firing.contents)}`;
      return firing.cause === 'late'
        ? `${what}：迟到触发，水位线 ${formatWatermark(firing.watermark)} 已过窗口结束 − 1 = ${firing.window.end - 1}，但还在允许迟到时间内。`
        : `${what}：水位线 ${formatWatermark(firing.watermark)} ≥ 窗口结束 − 1 = ${firing.window.end - 1}。`;
    }
    case 'cleared':
      return `键 ${event.key} 的窗口 ${formatWindow(event.window)} 到了清理时间，状态被清除。`;
  }
}

/** One sentence per step for the live region. */
export function describeStep(step: Step, timeline: Timeline): string {
  const total = timeline.scenario.records.length;
  const head =
    step.index === 0
      ? '开始之前：还没有记录到达。'
      : step.record === undefined
        ? `第 ${step.time} 秒，输入已停止超过空闲超时。`
        : `第 ${step.index} / ${total} 步，第 ${step.time} 秒。`;
  const events = step.events.map((event) => describeEvent(event, timeline.scenario)).join('');
  return `${head}${events}算子水位线 ${formatWatermark(step.operatorWatermark)}，打开的窗口 ${step.windows.length} 个，已触发 ${step.firingCount} 次。`;
}
