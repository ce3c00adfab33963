import clsx from 'clsx';
import type {ReactNode} from 'react';
import type {ChannelView, HandlerState, ItemView, OutputItemView, StepView} from './simulate';
import styles from './styles.module.css';

const HANDLER_STATES: Record<HandlerState, string> = {
  WaitingForFirstBarrier: '对齐模式，还没读到屏障 n',
  CollectingBarriers: '对齐模式，已读到部分屏障，等其余通道',
  AlternatingWaitingForFirstBarrier: '先按对齐方式做（可能超时切换），还没读到屏障 n',
  AlternatingCollectingBarriers: '按对齐方式收集屏障（可能超时切换）',
  AlternatingWaitingForFirstBarrierUnaligned: '已切换为非对齐，等着读第一个屏障',
  AlternatingCollectingBarriersUnaligned: '非对齐检查点已触发，等其余通道的屏障',
};

/** A record or barrier; every mark that is drawn is also said in words for screen readers. */
function Chip({
  kind,
  label,
  priority,
  persisted,
  held,
  arrival,
}: {
  kind: 'record' | 'barrier';
  label: string;
  priority: boolean;
  persisted: boolean;
  held?: boolean;
  arrival?: number;
}) {
  return (
    <li
      className={clsx(
        styles.chip,
        kind === 'barrier' && styles.barrierChip,
        persisted && styles.persisted,
        held && styles.held,
      )}>
      {kind === 'barrier' ? `屏障 ${label}` : label}
      {priority && (
        <>
          <span aria-hidden="true"> ⇡</span>
          <span className={styles.visuallyHidden}>（优先）</span>
        </>
      )}
      {persisted && (
        <>
          <span aria-hidden="true"> ＊</span>
          <span className={styles.visuallyHidden}>（已复制进快照）</span>
        </>
      )}
      {arrival !== undefined && <span className={styles.arrival}> 第 {arrival} 步</span>}
      {held && <span className={styles.visuallyHidden}>（上游已暂停发送）</span>}
    </li>
  );
}

function Chips({children, empty}: {children: ReactNode[]; empty: string}) {
  if (children.length === 0) return <span className={styles.muted}>{empty}</span>;
  return <ol className={styles.chips}>{children}</ol>;
}

function itemChip(item: ItemView, withArrival = false) {
  return (
    <Chip
      key={item.id}
      kind={item.kind}
      label={item.label}
      priority={item.priority && item.status === 'queued'}
      persisted={item.persisted}
      held={item.status === 'held'}
      arrival={withArrival && item.status === 'pending' ? item.arrival : undefined}
    />
  );
}

function outputChip(item: OutputItemView) {
  return <Chip key={item.id} kind={item.kind} label={item.label} priority={item.priority} persisted={item.persisted} />;
}

function channelStatus(channel: ChannelView): string {
  const parts: string[] = [];
  if (channel.blocked) parts.push('被阻塞');
  if (channel.upstreamPaused) parts.push('上游暂停发送');
  if (channel.persisting) parts.push('到达的数据复制进快照');
  return parts.length > 0 ? parts.join('；') : '正常';
}

function ChannelRow({channel}: {channel: ChannelView}) {
  const byId = new Map(channel.items.map((item) => [item.id, item]));
  const upstream = channel.items.filter((item) => item.status === 'pending' || item.status === 'held');
  const processed = channel.items.filter((item) => item.status === 'processed');
  return (
    <tr className={clsx(channel.blocked && styles.blockedRow)}>
      <th scope="row">{channel.name}</th>
      <td>
        <span className={clsx(styles.status, channel.blocked && styles.statusBlocked)}>{channelStatus(channel)}</span>
      </td>
      <td>
        <Chips empty="—">{upstream.map((item) => itemChip(item, true))}</Chips>
      </td>
      <td>
        <Chips empty="空">{channel.queue.map((id) => itemChip(byId.get(id) as ItemView))}</Chips>
      </td>
      <td>
        <Chips empty="—">{processed.map((item) => itemChip(item))}</Chips>
      </td>
    </tr>
  );
}

interface Props {
  step: StepView;
  drain: number;
  caption: string;
}

/** The Task at one step: its channels, its state and its output, as a table that is also the picture. */
export default function StepPicture({step, drain, caption}: Props) {
  return (
    <div className={styles.picture}>
      <div className={styles.scroll} role="region" aria-label={`${caption}（表格，可横向滚动）`} tabIndex={0}>
        <table className={styles.pictureTable}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">位置</th>
              <th scope="col">状态</th>
              <th scope="col">还没到（第几步到）</th>
              <th scope="col">缓冲区（左边先读、先发）</th>
              <th scope="col">已处理 / 已到下游</th>
            </tr>
          </thead>
          <tbody>
            {step.channels.map((channel) => (
              <ChannelRow key={channel.name} channel={channel} />
            ))}
            <tr>
              <th scope="row">输出</th>
              <td>
                <span className={styles.status}>{drain > 0 ? `下游每 ${drain} 步取一条` : '下游完全反压'}</span>
              </td>
              <td>—</td>
              <td>
                <Chips empty="空">{step.output.map(outputChip)}</Chips>
              </td>
              <td>
                <Chips empty="—">{step.delivered.map(outputChip)}</Chips>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <dl className={styles.task}>
        <dt>屏障处理器</dt>
        <dd>
          <code>{step.handler}</code>：{HANDLER_STATES[step.handler]}
        </dd>
        <dt>算子状态</dt>
        <dd>{step.state.length > 0 ? `计入了 ${step.state.length} 条：${step.state.join('、')}` : '还没有计入记录'}</dd>
        <dt>定时器</dt>
        <dd>
          {step.timer
            ? `${step.timer.kind === 'input' ? '输入端' : '输出端'}的对齐超时定时器，第 ${step.timer.dueAt} 步到期`
            : '无'}
        </dd>
      </dl>
      <p className={styles.legend}>
        图例：<span className={clsx(styles.chip, styles.barrierChip)}>屏障 n</span> 检查点屏障；⇡ 排到队首的优先屏障；＊
        已复制进检查点 n 的在途数据；虚线框是上游已暂停发送、被挡住的数据。
      </p>
    </div>
  );
}
