import Heading from '@theme/Heading';
import {describeEvent, formatRecords, formatWatermark, formatWindow} from './describe';
import type {Step, Timeline} from './simulate';
import {NO_WATERMARK} from './sourceWatermarks';
import styles from './styles.module.css';
import TableScroll from './TableScroll';

/** The event-time axis: open windows per key and the operator's watermark. Decorative: the tables say the same. */
function Axis({step, timeline}: {step: Step; timeline: Timeline}) {
  const times = timeline.scenario.records.map((r) => r.ts);
  const ends = timeline.steps.flatMap((s) => s.windows.map((w) => w.window.end));
  const min = Math.min(0, ...times, ...timeline.steps.flatMap((s) => s.windows.map((w) => w.window.start)));
  const max = Math.max(1, ...times, ...ends);
  const at = (time: number) => `${(((Math.max(min, Math.min(max, time)) - min) / (max - min)) * 100).toFixed(2)}%`;
  const keys = [...new Set(timeline.scenario.records.map((r) => r.key))];
  const watermark = step.operatorWatermark;
  return (
    <div className={styles.axis} aria-hidden="true">
      {keys.map((key) => {
        // Overlapping windows (sliding) go on separate lanes, first fit by start.
        const laneEnds: number[] = [];
        const placed = step.windows
          .filter((open) => open.key === key)
          .map((open) => {
            let lane = laneEnds.findIndex((end) => end <= open.window.start);
            if (lane < 0) lane = laneEnds.push(0) - 1;
            laneEnds[lane] = open.window.end;
            return {open, lane};
          });
        return (
          <div key={key} className={styles.axisRow}>
            <span className={styles.axisKey}>{key}</span>
            <div className={styles.axisTrack} style={{height: `${Math.max(1, laneEnds.length) * 1.3}rem`}}>
              {placed.map(({open, lane}) => (
                <span
                  key={`${open.window.start}-${open.window.end}`}
                  className={open.firings > 0 ? `${styles.axisWindow} ${styles.axisFired}` : styles.axisWindow}
                  style={{
                    top: `${lane * 1.3}rem`,
                    left: at(open.window.start),
                    width: `calc(${at(open.window.end)} - ${at(open.window.start)})`,
                  }}>
                  {open.contents.length}
                </span>
              ))}
            </div>
          </div>
        );
      })}
      {watermark !== NO_WATERMARK && (
        <div
          className={styles.axisWatermark}
          style={{left: `calc(3rem + (100% - 3rem) * ${at(watermark).replace('%', '')} / 100)`}}>
          <span>W {watermark}</span>
        </div>
      )}
      <div className={styles.axisScale}>
        <span>{min}</span>
        <span>事件时间（毫秒）</span>
        <span>{max}</span>
      </div>
    </div>
  );
}

export default function StepView({
  step,
  timeline,
  headingLevel,
}: {
  step: Step;
  timeline: Timeline;
  headingLevel: 4 | 5;
}) {
  const {scenario} = timeline;
  return (
    <div className={styles.stepView}>
      <div>
        <Heading as={`h${headingLevel}`} className={styles.subheading}>
          这一步发生了什么
        </Heading>
        {step.events.length === 0 ? (
          <p>{step.index === 0 ? '还没有记录到达。按「下一步」或「播放」开始。' : '没有变化。'}</p>
        ) : (
          <ol className={styles.events}>
            {step.events.map((event, index) => (
              <li
                key={index}
                className={
                  event.kind === 'fire'
                    ? styles.eventFire
                    : event.kind === 'dropped' || event.kind === 'side-output'
                      ? styles.eventLate
                      : undefined
                }>
                {describeEvent(event, scenario)}
              </li>
            ))}
          </ol>
        )}
      </div>

      <TableScroll label="水位线表">
        <table className={styles.table}>
          <caption>
            水位线（第 {step.time} 秒）{step.sourceIdle ? '：所有分片空闲，Source 的输出被标记为空闲' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">来源</th>
              <th scope="col">最大事件时间</th>
              <th scope="col">水位线</th>
              <th scope="col">状态</th>
              <th scope="col">最近到达（秒）</th>
            </tr>
          </thead>
          <tbody>
            {step.splits.map((split) => (
              <tr key={split.split}>
                <th scope="row">分片 {split.split}</th>
                <td>{formatWatermark(split.maxTimestamp)}</td>
                <td>{formatWatermark(split.watermark)}</td>
                <td>{split.idle ? '空闲' : '活跃'}</td>
                <td>{split.records > 0 ? split.lastActivity : '尚无记录'}</td>
              </tr>
            ))}
            <tr className={styles.operatorRow}>
              <th scope="row">窗口算子</th>
              <td>—</td>
              <td>{formatWatermark(step.operatorWatermark)}</td>
              <td colSpan={2}>非空闲分片水位线的最小值（全部空闲时取最大值），只增不减</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <p className={styles.note}>−∞ 即 Long.MIN_VALUE：还没有水位线。</p>

      <Axis step={step} timeline={timeline} />

      <TableScroll label="打开的窗口">
        <table className={styles.table}>
          <caption>打开的窗口（{step.windows.length} 个）</caption>
          <thead>
            <tr>
              <th scope="col">键</th>
              <th scope="col">窗口</th>
              <th scope="col">内容</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {step.windows.length === 0 && (
              <tr>
                <td colSpan={4}>没有打开的窗口。</td>
              </tr>
            )}
            {step.windows.map((open) => (
              <tr key={`${open.key}-${open.window.start}-${open.window.end}`}>
                <th scope="row">{open.key}</th>
                <td>{formatWindow(open.window)}</td>
                <td>{formatRecords(open.contents)}</td>
                <td>
                  {open.firings === 0
                    ? `等水位线到 ${open.window.end - 1}`
                    : `已触发 ${open.firings} 次；水位线到 ${open.window.end - 1 + scenario.lateness} 时清除`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
