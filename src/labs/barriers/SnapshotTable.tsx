import type {CheckpointView} from './simulate';
import styles from './styles.module.css';

const KIND: Record<CheckpointView['kind'], string> = {
  aligned: '对齐的检查点',
  timeoutable: '对齐的检查点（开启了对齐超时）',
  unaligned: '非对齐检查点',
};

function status(checkpoint: CheckpointView | null): string {
  if (!checkpoint) return '还没有做快照。';
  const taken = `第 ${checkpoint.takenAt} 步做了快照（${KIND[checkpoint.kind]}）。`;
  if (checkpoint.completeAt !== null) {
    return `${taken}快照内容在第 ${checkpoint.completeAt} 步全部确定。`;
  }
  const open = [
    ...(checkpoint.inputOpen ? ['还有通道的屏障没到，它之前到达的数据还会加进来'] : []),
    ...(checkpoint.outputOpen ? ['输出缓冲区里的屏障还没发走，超时的话它越过的数据也要存'] : []),
  ];
  return `${taken}${open.join('；')}。`;
}

const labels = (list: string[]) => (list.length > 0 ? list.join('、') : '无');

/** What checkpoint n holds for this Task at the current step: the state, plus the in-flight data of an unaligned checkpoint. */
export default function SnapshotTable({checkpoint}: {checkpoint: CheckpointView | null}) {
  return (
    <div className={styles.snapshot}>
      <p>{status(checkpoint)}</p>
      <div className={styles.scroll} role="region" aria-label="检查点 n 的快照（表格）" tabIndex={0}>
        <table>
          <caption>检查点 n 的快照（这个 Task 的部分）</caption>
          <thead>
            <tr>
              <th scope="col">部分</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">算子状态</th>
              <td>{checkpoint ? `${checkpoint.state.length} 条记录计入的状态：${labels(checkpoint.state)}` : '—'}</td>
            </tr>
            {(checkpoint?.input ?? [[], []]).map((input, index) => (
              <tr key={index}>
                <th scope="row">通道 {index + 1} 的在途数据</th>
                <td>{checkpoint ? labels(input) : '—'}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">输出缓冲区的在途数据</th>
              <td>{checkpoint ? labels(checkpoint.output) : '—'}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
