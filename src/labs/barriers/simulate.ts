/**
 * The checkpoint-barrier lab's simulation: a pure function from a scenario to
 * the timeline of one Task handling checkpoint n. React-free and deterministic.
 *
 * What it follows (each rule cites its Flink source beside the code; the
 * links are in ./sources.ts, pinned to release-2.3):
 * - the barrier handler that InputProcessorUtil picks: SingleCheckpointBarrierHandler
 *   with the aligned states (WaitingForFirstBarrier, CollectingBarriers), or,
 *   with unaligned checkpoints enabled, the alternating states that can switch
 *   from aligned to unaligned;
 * - SubtaskCheckpointCoordinatorImpl#checkpointState, steps (0)–(5) in one
 *   atomic step: the barrier goes downstream before the state snapshot;
 * - what the channel state writer persists for unaligned checkpoints: the
 *   input buffers a barrier overtook (RemoteInputChannel,
 *   ChannelStatePersister) and the output buffers (PipelinedSubpartition);
 * - aligned-checkpoint-timeout, counted from the checkpoint's start.
 *
 * The model: one Task with remote input channels, one checkpoint (n), records
 * as abstract items (one network buffer each), time in abstract steps. In
 * each step the downstream may take one element of the output buffer, items
 * reach the input channels, and then the Task runs one due timer or handles
 * one input element (Flink's mailbox runs due mails before the next input).
 */
import {alignmentMode, channelName, type AlignmentMode, type Scenario} from './scenario';
import type {SourceKey} from './sources';

/** The barrier handler's states, named after Flink's classes. */
export type HandlerState =
  | 'WaitingForFirstBarrier'
  | 'CollectingBarriers'
  | 'AlternatingWaitingForFirstBarrier'
  | 'AlternatingCollectingBarriers'
  | 'AlternatingWaitingForFirstBarrierUnaligned'
  | 'AlternatingCollectingBarriersUnaligned';

/** The options a barrier carries: CheckpointOptions' alignment, with `timeoutable` for ALIGNED with a timeout. */
export type BarrierKind = AlignmentMode;

export type EventKind =
  | 'start'
  | 'arrive'
  | 'record'
  | 'barrier'
  | 'block'
  | 'unblock'
  | 'timer'
  | 'timeout'
  | 'outputTimeout'
  | 'prioritize'
  | 'capture'
  | 'checkpoint'
  | 'forward'
  | 'snapshot'
  | 'aligned'
  | 'deliver'
  | 'complete'
  | 'idle';

export interface SimEvent {
  kind: EventKind;
  text: string;
  source: SourceKey;
}

export type ItemStatus = 'pending' | 'held' | 'queued' | 'processed';

export interface ItemView {
  id: string;
  kind: 'record' | 'barrier';
  label: string;
  arrival: number;
  /** pending: not sent yet; held: due, but the upstream stopped sending after an aligned barrier; queued: in the input buffer. */
  status: ItemStatus;
  /** A barrier that jumped to the head of its channel's queue. */
  priority: boolean;
  /** Copied into checkpoint n's channel state (in-flight data). */
  persisted: boolean;
}

export interface ChannelView {
  name: string;
  items: ItemView[];
  /** The queued items in the order the Task will read them (priority first). */
  queue: string[];
  /** ChannelState.blockedChannels: the Task read this channel's barrier and waits for the others. */
  blocked: boolean;
  /** An aligned barrier was sent: the upstream sends nothing more until the channel is resumed. */
  upstreamPaused: boolean;
  /** ChannelStatePersister is BARRIER_PENDING: arriving records are copied into the checkpoint. */
  persisting: boolean;
}

export interface OutputItemView {
  id: string;
  kind: 'record' | 'barrier';
  label: string;
  priority: boolean;
  persisted: boolean;
}

export interface CheckpointView {
  /** How the checkpoint was taken: the options of the barrier that triggered it. */
  kind: BarrierKind;
  /** The step of checkpointState: barrier forwarded, then the state snapshot. */
  takenAt: number;
  /** The records the operator state had taken in when it was snapshotted. */
  state: string[];
  /** Per channel, the records copied as in-flight input data. */
  input: string[][];
  output: string[];
  /** Whether more in-flight data may still be added (until the last barrier, or the output barrier leaves). */
  inputOpen: boolean;
  outputOpen: boolean;
  /** The step from which the snapshot's content is final, or null. */
  completeAt: number | null;
}

export interface StepView {
  time: number;
  /** The last step this entry covers: idle steps in a row are shown as one entry. */
  endTime: number;
  events: SimEvent[];
  channels: ChannelView[];
  output: OutputItemView[];
  delivered: OutputItemView[];
  handler: HandlerState;
  /** Records the operator state has taken in so far. */
  state: string[];
  timer: {kind: 'input' | 'output'; dueAt: number} | null;
  checkpoint: CheckpointView | null;
}

export interface Moment {
  label: string;
  index: number;
}

export interface Timeline {
  mode: AlignmentMode;
  steps: StepView[];
  /** Steps worth jumping to, in order. */
  moments: Moment[];
  /** Set when the run was cut short (see MAX_STEPS). */
  problem: string | null;
}

/**
 * The longest run simulated. The scenario's limits (scenario.ts) keep every
 * run far shorter; this guards the page against a loop that never settles.
 */
export const MAX_STEPS = 1500;

interface Item {
  id: string;
  channel: number;
  index: number;
  kind: 'record' | 'barrier';
  label: string;
  arrival: number;
  delivered: boolean;
  processed: boolean;
  priority: boolean;
  persisted: boolean;
}

interface Channel {
  items: Item[];
  queue: Item[];
  next: number;
  upstreamPaused: boolean;
  blocked: boolean;
  persisting: boolean;
  barrierArrived: boolean;
  announced: boolean;
}

interface OutputItem {
  id: string;
  kind: 'record' | 'barrier';
  label: string;
  priority: boolean;
  persisted: boolean;
}

interface Timer {
  kind: 'input' | 'output';
  dueAt: number;
}

interface Checkpoint {
  kind: BarrierKind;
  takenAt: number;
  state: string[];
  input: string[][];
  output: string[];
  inputOpen: boolean;
  outputOpen: boolean;
  completeAt: number | null;
}

const list = (labels: string[]) => labels.join('、');
const records = (items: {kind: string; label: string}[]) =>
  items.filter((item) => item.kind === 'record').map((item) => item.label);

class Simulation {
  /**
   * Every barrier of checkpoint n reaches this Task with the options the
   * configuration gives it (the model does not simulate an upstream Task
   * that timed out and sent its barrier unaligned).
   */
  private readonly barrierKind: BarrierKind;
  private readonly channels: Channel[];
  private readonly output: OutputItem[];
  private readonly delivered: OutputItem[] = [];
  private readonly state: string[] = [];
  /**
   * InputProcessorUtil#createBarrierHandler: with unaligned checkpoints
   * enabled the handler is `alternating` (it can switch to unaligned);
   * otherwise it is `aligned`. Source: handlerChoice.
   */
  private readonly alternating: boolean;
  private handler: HandlerState;
  /** SingleInputGate.inputChannelsWithData: channels with data, priority ones first. */
  private gate: number[] = [];
  private gatePriority = 0;
  private started = false;
  private readonly alignedChannels = new Set<number>();
  private allBarriersReceived = false;
  private timer: Timer | null = null;
  private timerFrom = 0;
  private outputBarrierPending = false;
  private checkpoint: Checkpoint | null = null;
  private events: SimEvent[] = [];
  private now = 0;

  constructor(private readonly scenario: Scenario) {
    this.barrierKind = alignmentMode(scenario);
    this.alternating = scenario.unaligned;
    this.handler = this.alternating ? 'AlternatingWaitingForFirstBarrier' : 'WaitingForFirstBarrier';
    this.channels = scenario.channels.map((items, channel) => ({
      items: items.map((item, index) => ({
        id: `c${channel}-${index}`,
        channel,
        index,
        kind: item.kind,
        label: item.kind === 'record' ? item.label : 'n',
        arrival: item.arrival,
        delivered: false,
        processed: false,
        priority: false,
        persisted: false,
      })),
      queue: [],
      next: 0,
      upstreamPaused: false,
      blocked: false,
      persisting: false,
      barrierArrived: false,
      announced: false,
    }));
    this.output = scenario.output.map((label, index) => ({
      id: `o-${index}`,
      kind: 'record',
      label,
      priority: false,
      persisted: false,
    }));
  }

  private emit(kind: EventKind, text: string, source: SourceKey) {
    this.events.push({kind, text, source});
  }

  run(): Timeline {
    const steps: StepView[] = [];
    const moments: Moment[] = [];
    // Called before the step's entry is added, so the entry's index is steps.length.
    const momentAt = (label: string, index = steps.length) => {
      if (!moments.some((moment) => moment.label === label)) moments.push({label, index});
    };

    this.emit(
      'start',
      `JobManager 在第 0 步触发检查点 n，屏障带着这个时间戳。${this.describeStart()}`,
      this.barrierKind === 'aligned' ? 'handlerChoice' : 'forConfig',
    );
    this.arrive();
    steps.push(this.view());

    let problem: string | null = null;
    for (this.now = 1; !this.finished(); this.now += 1) {
      if (this.now > MAX_STEPS) {
        problem = `回放在第 ${MAX_STEPS} 步停止：这个场景到那时还没有结束。`;
        break;
      }
      this.events = [];
      this.drainOutput();
      this.arrive();
      const before = this.checkpoint;
      if (!this.fireDueTimer()) this.processInput();
      this.noteCompletion();

      const kinds = new Set(this.events.map((event) => event.kind));
      if (kinds.has('barrier')) momentAt('读到第一个屏障');
      if (kinds.has('timeout')) momentAt('超时，切换为非对齐');
      if (kinds.has('outputTimeout')) momentAt('输出端的屏障超时');
      if (!before && this.checkpoint) momentAt('转发屏障并做快照');
      if (kinds.has('aligned')) momentAt('所有屏障到齐');
      if (kinds.has('complete')) momentAt('快照内容确定');

      const previous = steps[steps.length - 1];
      const idle = this.events.every((event) => event.kind === 'idle');
      if (idle && previous.events.every((event) => event.kind === 'idle')) {
        previous.endTime = this.now;
      } else {
        steps.push(this.view());
      }
    }
    momentAt('结束', steps.length - 1);
    return {mode: this.barrierKind, steps, moments, problem};
  }

  private describeStart(): string {
    switch (this.barrierKind) {
      case 'aligned':
        return '非对齐检查点没有开启，屏障处理器是对齐的（WaitingForFirstBarrier）。';
      case 'unaligned':
        return '开启了非对齐检查点、对齐超时为 0：这次检查点从一开始就是非对齐的，屏障是优先事件。';
      case 'timeoutable':
        return `开启了非对齐检查点、对齐超时为 ${this.scenario.timeout} 步：先按对齐方式做，第 ${this.scenario.timeout} 步还没对齐完就切换为非对齐。`;
    }
  }

  // ---- the run ends when nothing more can happen -------------------------

  private finished(): boolean {
    const inputLeft = this.channels.some((channel) => channel.items.some((item) => !item.processed));
    const barrierCanMove =
      this.output.some((item) => item.kind === 'barrier') &&
      (this.output[0].kind === 'barrier' || this.scenario.drain > 0);
    return !inputLeft && this.timer === null && !barrierCanMove;
  }

  // ---- downstream ---------------------------------------------------------

  /**
   * The downstream takes at most one element per step. An event at the head
   * goes even without credit (PipelinedSubpartition#getAvailabilityAndBacklog:
   * with no credit only an event is available); a record goes every `drain`
   * steps. Source: eventsWithoutCredit.
   */
  private drainOutput() {
    const head = this.output[0];
    if (!head) return;
    if (head.kind === 'barrier') {
      this.output.shift();
      this.delivered.push(head);
      // A timeoutable barrier that reaches the downstream completes its
      // channel-state future with no buffers (completeTimeoutableCheckpointBarrier).
      if (this.outputBarrierPending) {
        this.outputBarrierPending = false;
        if (this.checkpoint) this.checkpoint.outputOpen = false;
        this.emit('deliver', '屏障 n 在超时之前离开输出缓冲区、到达下游：输出端没有在途数据要存。', 'outputBarrier');
      } else {
        this.emit('deliver', '屏障 n 离开输出缓冲区，到达下游（事件不需要信用值）。', 'eventsWithoutCredit');
      }
      return;
    }
    if (this.scenario.drain > 0 && this.now % this.scenario.drain === 0) {
      this.output.shift();
      this.delivered.push(head);
      this.emit('deliver', `下游取走输出缓冲区里的 ${head.label}。`, 'eventsWithoutCredit');
    }
  }

  // ---- input channels -----------------------------------------------------

  /**
   * Items reach the Task in the order the upstream sent them, at their
   * arrival step. After an aligned barrier the upstream stops sending until
   * the Task resumes the channel: the network revokes the channel's credit
   * (Buffer.DataType ALIGNED_CHECKPOINT_BARRIER and
   * TIMEOUTABLE_ALIGNED_CHECKPOINT_BARRIER are blocking upstream; an
   * unaligned barrier is a priority event that is not). Source: creditBlocking.
   */
  private arrive() {
    this.channels.forEach((channel, index) => {
      while (channel.next < channel.items.length && !channel.upstreamPaused) {
        const item = channel.items[channel.next];
        if (item.arrival > this.now) break;
        channel.next += 1;
        item.delivered = true;
        if (item.kind === 'record') this.arriveRecord(channel, index, item);
        else this.arriveBarrier(channel, index, item);
      }
    });
  }

  private arriveRecord(channel: Channel, index: number, item: Item) {
    const wasEmpty = channel.queue.length === 0;
    channel.queue.push(item);
    // ChannelStatePersister#maybePersist: while the channel waits for its
    // barrier of a started unaligned checkpoint, every arriving buffer is
    // copied into the checkpoint. Source: persister.
    if (channel.persisting && this.checkpoint) {
      item.persisted = true;
      this.checkpoint.input[index].push(item.label);
      this.emit(
        'capture',
        `${channelName(index)} 新到的 ${item.label} 排在这条通道的屏障之前：复制进检查点 n 的在途数据。`,
        'persister',
      );
    }
    if (wasEmpty) this.enqueueChannel(index, false);
  }

  private arriveBarrier(channel: Channel, index: number, item: Item) {
    const ahead = records(channel.queue);
    channel.barrierArrived = true;
    // checkForBarrier: from here on this channel's later buffers belong to
    // checkpoint n+1 and are not persisted. Source: persister.
    channel.persisting = false;
    if (this.barrierKind === 'unaligned') {
      // RemoteInputChannel#onBuffer: a priority buffer is added before all
      // queued buffers. Source: arrival.
      item.priority = true;
      channel.queue.unshift(item);
      this.enqueueChannel(index, true);
      this.emit(
        'arrive',
        ahead.length > 0
          ? `屏障 n 到达${channelName(index)}。非对齐的屏障是优先事件，直接排到队首，越过还没处理的 ${list(ahead)}。`
          : `屏障 n 到达${channelName(index)}。非对齐的屏障是优先事件，排在队首。`,
        'arrival',
      );
      return;
    }
    const wasEmpty = channel.queue.length === 0;
    channel.queue.push(item);
    channel.upstreamPaused = true;
    if (wasEmpty) this.enqueueChannel(index, false);
    this.emit(
      'arrive',
      `屏障 n 到达${channelName(index)}，${ahead.length > 0 ? `排在 ${list(ahead)} 之后` : '前面没有数据'}。发出对齐的屏障后，上游暂停向这条通道发送，直到这条通道恢复。`,
      'creditBlocking',
    );
    if (this.barrierKind === 'timeoutable') this.announce(channel, index);
  }

  /**
   * A timeoutable barrier requires an announcement: RemoteInputChannel adds
   * a priority EventAnnouncement when the barrier arrives behind data, and
   * the handler learns of the barrier before it reaches it
   * (processBarrierAnnouncement). The model handles the announcement as the
   * barrier arrives. Source: arrival.
   */
  private announce(channel: Channel, index: number) {
    this.emit(
      'arrive',
      `网络层同时送来一条优先的通告（EventAnnouncement）：屏障处理器不必等读到屏障，就知道${channelName(index)} 的屏障已经到了。`,
      'arrival',
    );
    this.checkNewCheckpoint();
    switch (this.handler) {
      case 'AlternatingWaitingForFirstBarrier':
      case 'AlternatingCollectingBarriers':
        // AbstractAlternatingAlignedBarrierHandlerState#announcementReceived:
        // remember it, to prioritize on timeout. Source: alternatingState.
        channel.announced = true;
        break;
      case 'AlternatingWaitingForFirstBarrierUnaligned':
      case 'AlternatingCollectingBarriersUnaligned':
        // The checkpoint is unaligned already: the announced barrier jumps
        // the queue (convertToPriorityEvent). Source: announcementPrioritized.
        this.prioritize(channel, index, '检查点已经是非对齐的，收到通告后');
        break;
      default:
        break;
    }
  }

  /** RemoteInputChannel#convertToPriorityEvent: the barrier moves before the channel's queued data. */
  private prioritize(channel: Channel, index: number, why: string) {
    const barrier = channel.queue.find((item) => item.kind === 'barrier');
    if (!barrier) return;
    const overtaken = records(channel.queue.slice(0, channel.queue.indexOf(barrier)));
    channel.queue = [barrier, ...channel.queue.filter((item) => item !== barrier)];
    barrier.priority = true;
    channel.announced = false;
    this.enqueueChannel(index, true);
    this.emit(
      'prioritize',
      overtaken.length > 0
        ? `${why}把${channelName(index)} 的屏障 n 提到队首，越过 ${list(overtaken)}。`
        : `${why}把${channelName(index)} 的屏障 n 标为优先（它前面已经没有数据）。`,
      'channelState',
    );
  }

  /**
   * SingleInputGate keeps a queue of channels with data; after a read the
   * channel goes to the end of the queue ("to avoid starvation"), and a
   * channel with a priority event goes first. Ties at the start follow the
   * channel order. Source: roundRobin.
   */
  private enqueueChannel(index: number, priority: boolean) {
    const at = this.gate.indexOf(index);
    if (at !== -1) {
      if (!priority || at < this.gatePriority) return;
      this.gate.splice(at, 1);
    }
    if (priority) {
      this.gate.splice(this.gatePriority, 0, index);
      this.gatePriority += 1;
    } else {
      this.gate.push(index);
    }
  }

  private processInput() {
    const index = this.gate.shift();
    if (index === undefined) {
      this.emit('idle', '没有可处理的输入：Task 空闲，等待数据。', 'roundRobin');
      return;
    }
    if (this.gatePriority > 0) this.gatePriority -= 1;
    const channel = this.channels[index];
    const item = channel.queue.shift() as Item;
    if (channel.queue.length > 0) this.enqueueChannel(index, channel.queue[0].priority);
    item.processed = true;
    if (item.kind === 'record') {
      this.state.push(item.label);
      this.output.push({id: `out-${item.id}`, kind: 'record', label: item.label, priority: false, persisted: false});
      this.emit(
        'record',
        `处理${channelName(index)} 的 ${item.label}：计入算子状态，结果写到输出缓冲区末尾。`,
        'roundRobin',
      );
      return;
    }
    this.processBarrier(index);
  }

  // ---- the barrier handler -------------------------------------------------

  /**
   * SingleCheckpointBarrierHandler#processBarrier: a new checkpoint starts
   * with its first barrier; the channel counts as aligned, the state handles
   * the barrier, and once every channel has delivered it the alignment timer
   * is cancelled and the inputs' channel state is complete. Source: processBarrier.
   */
  private processBarrier(index: number) {
    this.emit('barrier', `读到${channelName(index)} 的屏障 n。`, 'processBarrier');
    this.checkNewCheckpoint();
    this.alignedChannels.add(index);
    const last = this.alignedChannels.size === this.channels.length;
    this.allBarriersReceived = last;
    this.handler = this.barrierReceived(this.handler, index, this.barrierKind, last);
    if (last) {
      this.emit('aligned', '所有通道的屏障 n 都已读到。', 'processBarrier');
      if (this.timer?.kind === 'input') {
        this.timer = null;
        this.emit('timer', '取消对齐超时定时器（resetAlignmentTimer）。', 'processBarrier');
      }
      // StreamTaskNetworkInput#prepareSnapshot: the inputs' in-flight data is
      // complete once every barrier has been received. Source: inputsComplete.
      if (this.checkpoint?.inputOpen) {
        this.checkpoint.inputOpen = false;
        this.emit('capture', '输入端的在途数据至此收齐。', 'inputsComplete');
      }
    }
  }

  /**
   * checkNewCheckpoint: the first barrier (or announcement) of checkpoint n
   * starts it; with the alternating handler and a timeoutable barrier it
   * registers the alignment timer, due when the time since the checkpoint
   * started reaches the timeout (BarrierAlignmentUtil#getTimerDelay:
   * max(timeout − (now − barrier timestamp), 0)). A timeoutable barrier is
   * always announced as it arrives, so the timer is registered then, before
   * the Task handles anything in that step. Source: newCheckpoint, inputTimer.
   */
  private checkNewCheckpoint() {
    if (this.started) return;
    this.started = true;
    if (!this.alternating || this.barrierKind !== 'timeoutable') return;
    const dueAt = Math.max(this.scenario.timeout, this.now);
    this.timer = {kind: 'input', dueAt};
    this.timerFrom = this.now;
    this.emit(
      'timer',
      `检查点 n 的第一个屏障：注册对齐超时定时器，第 ${dueAt} 步到期（从检查点触发的第 0 步算起 ${this.scenario.timeout} 步）。`,
      'inputTimer',
    );
  }

  /** ChannelState#blockChannel: bookkeeping of a channel whose barrier was read. */
  private block(index: number) {
    this.channels[index].blocked = true;
  }

  /** ChannelState#unblockAllChannels: resumeConsumption for every blocked channel; the upstream sends again. */
  private unblockAll() {
    const resumed = this.channels.flatMap((channel, index) => (channel.blocked ? [index] : []));
    for (const index of resumed) {
      this.channels[index].blocked = false;
      this.channels[index].upstreamPaused = false;
    }
    if (resumed.length > 0) {
      this.emit(
        'unblock',
        `恢复${resumed.map(channelName).join('、')}：上游可以接着发送屏障之后的数据（下一步起到达）。`,
        'channelState',
      );
    }
  }

  /**
   * barrierReceived of each handler state, in the order the classes run
   * their steps. Returns the next state.
   */
  private barrierReceived(state: HandlerState, index: number, kind: BarrierKind, last: boolean): HandlerState {
    switch (state) {
      // AbstractAlignedBarrierHandlerState#barrierReceived: block the
      // channel; with every barrier in, trigger the checkpoint, then unblock
      // all channels. Source: alignedState.
      case 'WaitingForFirstBarrier':
      case 'CollectingBarriers':
        this.block(index);
        if (last) {
          this.triggerCheckpoint('aligned');
          this.unblockAll();
          return 'WaitingForFirstBarrier';
        }
        this.emitBlocked(index, 'alignedState');
        return 'CollectingBarriers';

      // AbstractAlternatingAlignedBarrierHandlerState#barrierReceived.
      // Source: alternatingState.
      case 'AlternatingWaitingForFirstBarrier':
      case 'AlternatingCollectingBarriers': {
        if (kind === 'unaligned') {
          const unaligned = this.alignedCheckpointTimeout(state);
          return this.barrierReceived(unaligned, index, kind, last);
        }
        this.channels[index].announced = false;
        this.block(index);
        if (last) {
          this.initInputsForTimeoutable();
          this.triggerCheckpoint(kind);
          this.unblockAll();
          return 'AlternatingWaitingForFirstBarrier';
        }
        // The source also checks here whether the barrier has timed out
        // (ControllerImpl#isTimedOut). With announcements the timer was
        // registered when the first barrier arrived and runs before any later
        // read, so in this model that check never decides anything.
        this.emitBlocked(index, 'alternatingState');
        return 'AlternatingCollectingBarriers';
      }

      // Source: unalignedFirstBarrier.
      case 'AlternatingWaitingForFirstBarrierUnaligned':
        this.blockOutOfOrder(index, kind, last);
        this.captureInflight();
        this.triggerCheckpoint('unaligned');
        if (last) {
          this.stopPersisting();
          this.unblockAll();
          return 'AlternatingWaitingForFirstBarrier';
        }
        this.emit(
          'barrier',
          '屏障处理器进入 AlternatingCollectingBarriersUnaligned：不阻塞其他通道，继续处理它们的数据，直到它们的屏障到来。',
          'unalignedFirstBarrier',
        );
        return 'AlternatingCollectingBarriersUnaligned';

      // Source: unalignedCollecting.
      case 'AlternatingCollectingBarriersUnaligned':
        this.blockOutOfOrder(index, kind, last);
        if (last) {
          this.stopPersisting();
          this.unblockAll();
          return 'AlternatingWaitingForFirstBarrier';
        }
        return state;
    }
  }

  /**
   * An aligned barrier read after the switch to unaligned: "we received an
   * out of order aligned barrier, we should book keep this channel as
   * blocked, as it is being blocked by the credit-based network".
   * Source: unalignedFirstBarrier.
   */
  private blockOutOfOrder(index: number, kind: BarrierKind, last: boolean) {
    if (kind === 'unaligned') return;
    this.block(index);
    if (!last) {
      this.emit(
        'block',
        `这个屏障是按对齐方式发出的，上游发出它之后已经暂停：${channelName(index)} 记为阻塞，直到所有屏障到齐。`,
        'unalignedFirstBarrier',
      );
    }
  }

  private emitBlocked(index: number, source: SourceKey) {
    const channel = this.channels[index];
    const waiting = this.channels.flatMap((_, i) => (this.alignedChannels.has(i) ? [] : [channelName(i)]));
    const behind = channel.items.filter((item) => item.index > this.barrierIndex(channel) && !item.processed);
    this.emit(
      'block',
      `阻塞${channelName(index)}：等${waiting.join('、')} 的屏障 n。${
        behind.length > 0 ? `它屏障之后的 ${list(records(behind))} 属于检查点 n+1，先不处理。` : ''
      }`,
      source,
    );
  }

  private barrierIndex(channel: Channel): number {
    return channel.items.findIndex((item) => item.kind === 'barrier');
  }

  /**
   * alignedCheckpointTimeout of each state. Before the first barrier
   * (AlternatingWaitingForFirstBarrier) it only prioritizes the announced
   * barriers; while collecting barriers it also starts the unaligned
   * checkpoint at once. Source: timeoutBeforeFirstBarrier, timeoutWhileCollecting.
   */
  private alignedCheckpointTimeout(state: HandlerState): HandlerState {
    switch (state) {
      case 'AlternatingWaitingForFirstBarrier':
        this.prioritizeAnnounced();
        return 'AlternatingWaitingForFirstBarrierUnaligned';
      case 'AlternatingCollectingBarriers':
        this.prioritizeAnnounced();
        this.captureInflight();
        this.triggerCheckpoint('unaligned');
        return 'AlternatingCollectingBarriersUnaligned';
      default:
        // "ignore already processing unaligned checkpoints"
        return state;
    }
  }

  /** ChannelState#prioritizeAllAnnouncements. Source: channelState. */
  private prioritizeAnnounced() {
    this.channels.forEach((channel, index) => {
      if (channel.announced) this.prioritize(channel, index, '已收到通告的屏障要越过数据：');
    });
  }

  /**
   * initInputsCheckpoint for a timeoutable aligned checkpoint: the channel
   * state writer starts, with no input data ("The output buffer may need to
   * be snapshotted"). Source: initInputs.
   */
  private initInputsForTimeoutable() {
    if (this.barrierKind !== 'timeoutable') return;
    this.emit(
      'capture',
      '对齐在超时之前完成：输入端没有在途数据；但输出缓冲区里的屏障还可能超时，所以为输出端准备好写在途数据。',
      'initInputs',
    );
  }

  /**
   * initInputsCheckpoint + checkpointStarted for an unaligned checkpoint:
   * each channel copies its queued buffers that precede its barrier; a
   * channel whose barrier has not arrived copies all queued buffers and keeps
   * copying new ones until the barrier comes (RemoteInputChannel#
   * getInflightBuffersUnsafe, shouldBeSpilled; ChannelStatePersister#startPersisting).
   * Source: inflightInput.
   */
  private captureInflight() {
    const checkpoint = this.ensureCheckpoint();
    checkpoint.inputOpen = true;
    this.channels.forEach((channel, index) => {
      // Records after the barrier can only arrive after it, so before the
      // barrier arrives every queued record precedes it.
      const barrierIndex = this.barrierIndex(channel);
      const spilled = channel.queue.filter((item) => item.kind === 'record' && item.index < barrierIndex);
      for (const item of spilled) {
        item.persisted = true;
        checkpoint.input[index].push(item.label);
      }
      const name = channelName(index);
      if (channel.barrierArrived) {
        this.emit(
          'capture',
          spilled.length > 0
            ? `${name}：屏障越过的 ${list(records(spilled))} 还在输入缓冲区里，复制进检查点 n 的在途数据（Task 之后照常处理它们）。`
            : `${name}：屏障之前的数据都已处理，没有在途数据。`,
          'inflightInput',
        );
      } else {
        channel.persisting = true;
        this.emit(
          'capture',
          `${name} 的屏障还没到：${spilled.length > 0 ? `把缓冲区里的 ${list(records(spilled))} 复制进检查点 n；` : ''}在屏障到来之前新到的数据也一并复制。`,
          'inflightInput',
        );
      }
    });
  }

  /** checkpointStopped: the channels stop persisting. Source: persister. */
  private stopPersisting() {
    for (const channel of this.channels) channel.persisting = false;
  }

  private ensureCheckpoint(): Checkpoint {
    this.checkpoint ??= {
      kind: this.barrierKind,
      takenAt: this.now,
      state: [],
      input: this.channels.map(() => []),
      output: [],
      inputOpen: false,
      outputOpen: false,
      completeAt: null,
    };
    return this.checkpoint;
  }

  // ---- SubtaskCheckpointCoordinatorImpl#checkpointState ---------------------

  /**
   * Steps (0)–(5) "happen as an atomic step from the perspective of barriers
   * and records/watermarks/timers/callbacks": the barrier is broadcast
   * (step 2) before the state snapshot (step 5), with nothing processed in
   * between. Source: checkpointState.
   */
  private triggerCheckpoint(kind: BarrierKind) {
    const checkpoint = this.ensureCheckpoint();
    checkpoint.kind = kind;
    checkpoint.takenAt = this.now;
    this.emit(
      'checkpoint',
      `触发本 Task 的检查点 n（${kind === 'unaligned' ? '非对齐' : '对齐'}）：checkpointState 的 (0)–(5) 是一个原子步骤，中间不处理任何数据。`,
      'checkpointState',
    );
    this.emit(
      'checkpoint',
      '(0) 记下检查点 n（若它已被取消，就改发 CancelCheckpointMarker 并返回）。',
      'checkpointState',
    );
    this.emit('checkpoint', '(1) prepareSnapshotPreBarrier：这个算子没有攒着要先发的数据。', 'checkpointState');
    this.broadcastBarrier(kind, checkpoint);
    if (kind === 'timeoutable') {
      // Step (3): registerAlignmentTimer, delay max(timeout − elapsed, 0).
      // Source: outputTimer.
      const dueAt = Math.max(this.scenario.timeout, this.now);
      this.timer = {kind: 'output', dueAt};
      this.timerFrom = this.now + 1;
      this.emit('timer', `(3) 注册输出端的对齐超时定时器，第 ${dueAt} 步到期。`, 'outputTimer');
    } else {
      this.emit('checkpoint', '(3) 这次检查点不会超时，不注册定时器。', 'checkpointState');
    }
    // Step (4): needsChannelState() = unaligned or timeoutable.
    const step4 = {
      aligned: '(4) 对齐的检查点不需要在途数据，跳过。',
      timeoutable: '(4) finishOutput：输出端有没有在途数据，要看屏障会不会在输出缓冲区里超时（见 (3)）。',
      unaligned: '(4) finishOutput：输出端的在途数据在发屏障时已经记下。',
    };
    this.emit('checkpoint', step4[kind], 'checkpointState');
    // Step (5): the synchronous part of the snapshot.
    checkpoint.state = [...this.state];
    this.emit(
      'snapshot',
      `(5) 对算子状态做快照：状态里有 ${this.state.length} 条记录${this.state.length > 0 ? `（${list(this.state)}）` : ''}。之后异步写入检查点存储。`,
      'checkpointState',
    );
  }

  /**
   * Step (2), operatorChain.broadcastEvent(barrier, isUnaligned): an
   * unaligned barrier is a priority buffer that goes before the queued output
   * and the overtaken buffers are written as output channel state
   * (processPriorityBuffer); an aligned barrier is appended, and a timeoutable
   * one registers a channel-state future for the case it times out
   * (processTimeoutableCheckpointBarrier). Source: outputBarrier.
   */
  private broadcastBarrier(kind: BarrierKind, checkpoint: Checkpoint) {
    const barrier: OutputItem = {id: 'out-barrier', kind: 'barrier', label: 'n', priority: false, persisted: false};
    if (kind === 'unaligned') {
      const overtaken = this.output.filter((item) => item.kind === 'record');
      for (const item of overtaken) item.persisted = true;
      checkpoint.output = overtaken.map((item) => item.label);
      barrier.priority = true;
      this.output.unshift(barrier);
      this.emit(
        'forward',
        overtaken.length > 0
          ? `(2) 向下游发出屏障 n：非对齐的屏障排到输出缓冲区最前面，越过的 ${list(checkpoint.output)} 写入检查点 n 的在途数据。`
          : '(2) 向下游发出屏障 n：非对齐的屏障排到输出缓冲区最前面（缓冲区是空的，没有在途数据）。',
        'outputBarrier',
      );
      return;
    }
    const ahead = records(this.output);
    this.output.push(barrier);
    if (kind === 'timeoutable') {
      this.outputBarrierPending = true;
      checkpoint.outputOpen = true;
    }
    this.emit(
      'forward',
      `(2) 向下游发出屏障 n：对齐的屏障排在输出缓冲区末尾${ahead.length > 0 ? `，在 ${list(ahead)} 之后` : ''}。`,
      'outputBarrier',
    );
  }

  // ---- timers -----------------------------------------------------------------

  /** Runs the due timer, if any; true when that was this step's action. */
  private fireDueTimer(): boolean {
    const timer = this.timer;
    if (!timer || this.now < Math.max(timer.dueAt, this.timerFrom)) return false;
    this.timer = null;
    if (timer.kind === 'input') return this.fireInputTimer();
    return this.fireOutputTimer();
  }

  /**
   * The input alignment timer: if checkpoint n still waits for barriers, the
   * state's alignedCheckpointTimeout runs; unaligned states ignore it.
   * Source: inputTimer, timeoutBeforeFirstBarrier, timeoutWhileCollecting.
   */
  private fireInputTimer(): boolean {
    if (
      this.allBarriersReceived ||
      this.handler === 'AlternatingWaitingForFirstBarrierUnaligned' ||
      this.handler === 'AlternatingCollectingBarriersUnaligned'
    ) {
      this.emit('timer', '对齐超时定时器到期：检查点已经是非对齐的，不用再做什么。', 'inputTimer');
      return false;
    }
    this.emit(
      'timeout',
      `第 ${this.now} 步，对齐超时定时器到期，检查点 n 还没对齐完：切换为非对齐检查点。`,
      'inputTimer',
    );
    this.handler = this.alignedCheckpointTimeout(this.handler);
    return true;
  }

  /**
   * The output alignment timer (SubtaskCheckpointCoordinatorImpl step 3):
   * if the aligned barrier is still in the output buffer, it becomes an
   * unaligned priority barrier and the buffers before it are written as
   * output channel state; if it already left, there is nothing to do.
   * Source: outputTimeout.
   */
  private fireOutputTimer(): boolean {
    if (!this.outputBarrierPending || !this.checkpoint) {
      this.emit('timer', '输出端的对齐超时定时器到期：屏障已经发往下游，什么也不用做。', 'outputTimeout');
      return false;
    }
    const at = this.output.findIndex((item) => item.kind === 'barrier');
    const overtaken = this.output.slice(0, at);
    const barrier = this.output[at];
    this.output.splice(at, 1);
    barrier.priority = true;
    this.output.unshift(barrier);
    for (const item of overtaken) item.persisted = true;
    this.checkpoint.output = overtaken.map((item) => item.label);
    this.checkpoint.outputOpen = false;
    this.outputBarrierPending = false;
    this.emit(
      'outputTimeout',
      `第 ${this.now} 步，输出端的对齐超时定时器到期，屏障 n 还在输出缓冲区里：改成非对齐的屏障排到最前面，越过的 ${list(this.checkpoint.output)} 写入检查点 n 的在途数据。`,
      'outputTimeout',
    );
    return true;
  }

  private noteCompletion() {
    const checkpoint = this.checkpoint;
    if (!checkpoint || checkpoint.completeAt !== null || checkpoint.inputOpen || checkpoint.outputOpen) return;
    checkpoint.completeAt = this.now;
    const inflight = checkpoint.input.flat().length + checkpoint.output.length;
    this.emit(
      'complete',
      inflight > 0
        ? `检查点 n 在这个 Task 上的快照内容至此确定：算子状态加 ${inflight} 条在途数据。`
        : '检查点 n 在这个 Task 上的快照内容至此确定：只有算子状态，没有在途数据。',
      'checkpointState',
    );
  }

  // ---- views -------------------------------------------------------------------

  private view(): StepView {
    return {
      time: this.now,
      endTime: this.now,
      events: this.events,
      channels: this.channels.map((channel, index) => ({
        name: channelName(index),
        items: channel.items.map((item) => ({
          id: item.id,
          kind: item.kind,
          label: item.label,
          arrival: item.arrival,
          status: item.processed
            ? 'processed'
            : item.delivered
              ? 'queued'
              : channel.upstreamPaused && item.arrival <= this.now
                ? 'held'
                : 'pending',
          priority: item.priority,
          persisted: item.persisted,
        })),
        queue: channel.queue.map((item) => item.id),
        blocked: channel.blocked,
        upstreamPaused: channel.upstreamPaused,
        persisting: channel.persisting,
      })),
      output: this.output.map((item) => ({...item})),
      delivered: this.delivered.map((item) => ({...item})),
      handler: this.handler,
      state: [...this.state],
      timer: this.timer ? {kind: this.timer.kind, dueAt: this.timer.dueAt} : null,
      checkpoint: this.checkpoint
        ? {
            ...this.checkpoint,
            state: [...this.checkpoint.state],
            input: this.checkpoint.input.map((labels) => [...labels]),
            output: [...this.checkpoint.output],
          }
        : null,
    };
  }
}

/** Plays checkpoint n through the scenario, step by step. */
export function simulate(scenario: Scenario): Timeline {
  return new Simulation(scenario).run();
}
