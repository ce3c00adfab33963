import {formatRecords, formatWatermark, formatWindow} from './describe';
import type {Step, Timeline} from './simulate';
import styles from './styles.module.css';
import TableScroll from './TableScroll';

/** Everything the window operator has emitted so far: firings, and records no window took. */
export default function Results({step, timeline}: {step: Step; timeline: Timeline}) {
  const firings = timeline.firings.slice(0, step.firingCount);
  const late = timeline.late.slice(0, step.lateCount);
  const {scenario} = timeline;
  return (
    <div className={styles.results}>
      <TableScroll label="窗口触发">
        <table className={styles.table} data-testid="firings">
          <caption>窗口触发（到这一步为止 {firings.length} 次）</caption>
          <thead>
            <tr>
              <th scope="col">步</th>
              <th scope="col">键</th>
              <th scope="col">窗口</th>
              <th scope="col">输出的内容</th>
              <th scope="col">触发时的水位线</th>
              <th scope="col">类型</th>
            </tr>
          </thead>
          <tbody>
            {firings.length === 0 && (
              <tr>
                <td colSpan={6}>还没有窗口触发。</td>
              </tr>
            )}
            {firings.map((firing, index) => (
              <tr key={index}>
                <td>{firing.step}</td>
                <th scope="row">{firing.key}</th>
                <td>{formatWindow(firing.window)}</td>
                <td>{formatRecords(firing.contents)}</td>
                <td>{formatWatermark(firing.watermark)}</td>
                <td>{firing.cause === 'late' ? `迟到触发（#${firing.record} 到达）` : '水位线触发'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="迟到数据">
        <table className={styles.table} data-testid="late">
          <caption>
            没有进入任何窗口的迟到数据（{late.length} 条；numLateRecordsDropped = {step.lateRecordsDropped}）
          </caption>
          <thead>
            <tr>
              <th scope="col">记录</th>
              <th scope="col">事件时间</th>
              <th scope="col">到达时算子的水位线</th>
              <th scope="col">去向</th>
            </tr>
          </thead>
          <tbody>
            {late.length === 0 && (
              <tr>
                <td colSpan={4}>没有。</td>
              </tr>
            )}
            {late.map((entry) => (
              <tr key={entry.record}>
                <th scope="row">#{entry.record}</th>
                <td>{scenario.records[entry.record - 1].ts}</td>
                <td>{formatWatermark(entry.watermark)}</td>
                <td>{entry.fate === 'side-output' ? '旁路输出' : '丢弃'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
