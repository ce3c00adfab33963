/**
 * The Flink sources the barrier lab follows: every step the simulation shows
 * names one of these, and the lab links it. Files are pinned to the commit of
 * Flink's release-2.3 branch that the lab was checked against, with the lines
 * of the rule.
 */
const SHA = 'f3953d2a141929a5266593fa8071a273c3808209';
const blob = (path: string, lines: string) => `https://github.com/apache/flink/blob/${SHA}/${path}#L${lines}`;
const doc = (path: string, lines: string) =>
  `https://github.com/apache/flink/blob/${SHA}/docs/content/docs/${path}?plain=1#L${lines}`;

const RUNTIME = 'flink-runtime/src/main/java/org/apache/flink';
const HANDLER = `${RUNTIME}/streaming/runtime/io/checkpointing`;
const CONSUMER = `${RUNTIME}/runtime/io/network/partition/consumer`;

export const SOURCES = {
  forConfig: {
    title: 'CheckpointOptions#forConfig',
    url: blob(`${RUNTIME}/runtime/checkpoint/CheckpointOptions.java`, '101-L116'),
  },
  timeoutOption: {
    title: 'CheckpointingOptions 中的 aligned-checkpoint-timeout',
    url: blob('flink-core/src/main/java/org/apache/flink/configuration/CheckpointingOptions.java', '564-L584'),
  },
  handlerChoice: {
    title: 'InputProcessorUtil#createBarrierHandler',
    url: blob(`${HANDLER}/InputProcessorUtil.java`, '141-L175'),
  },
  processBarrier: {
    title: 'SingleCheckpointBarrierHandler#processBarrier',
    url: blob(`${HANDLER}/SingleCheckpointBarrierHandler.java`, '213-L279'),
  },
  newCheckpoint: {
    title: 'SingleCheckpointBarrierHandler#checkNewCheckpoint',
    url: blob(`${HANDLER}/SingleCheckpointBarrierHandler.java`, '335-L353'),
  },
  inputTimer: {
    title: 'SingleCheckpointBarrierHandler#registerAlignmentTimer',
    url: blob(`${HANDLER}/SingleCheckpointBarrierHandler.java`, '310-L333'),
  },
  alignedState: {
    title: 'AbstractAlignedBarrierHandlerState#barrierReceived',
    url: blob(`${HANDLER}/AbstractAlignedBarrierHandlerState.java`, '52-L77'),
  },
  alternatingState: {
    title: 'AbstractAlternatingAlignedBarrierHandlerState#barrierReceived',
    url: blob(`${HANDLER}/AbstractAlternatingAlignedBarrierHandlerState.java`, '46-L92'),
  },
  timeoutBeforeFirstBarrier: {
    title: 'AlternatingWaitingForFirstBarrier#alignedCheckpointTimeout',
    url: blob(`${HANDLER}/AlternatingWaitingForFirstBarrier.java`, '34-L40'),
  },
  timeoutWhileCollecting: {
    title: 'AlternatingCollectingBarriers#alignedCheckpointTimeout',
    url: blob(`${HANDLER}/AlternatingCollectingBarriers.java`, '40-L52'),
  },
  unalignedFirstBarrier: {
    title: 'AlternatingWaitingForFirstBarrierUnaligned#barrierReceived',
    url: blob(`${HANDLER}/AlternatingWaitingForFirstBarrierUnaligned.java`, '58-L86'),
  },
  unalignedCollecting: {
    title: 'AlternatingCollectingBarriersUnaligned#barrierReceived',
    url: blob(`${HANDLER}/AlternatingCollectingBarriersUnaligned.java`, '60-L111'),
  },
  announcementPrioritized: {
    title: 'AlternatingCollectingBarriersUnaligned#announcementReceived',
    url: blob(`${HANDLER}/AlternatingCollectingBarriersUnaligned.java`, '51-L58'),
  },
  channelState: {
    title: 'ChannelState: blockChannel, prioritizeAllAnnouncements, unblockAllChannels',
    url: blob(`${HANDLER}/ChannelState.java`, '54-L79'),
  },
  checkpointState: {
    title: 'SubtaskCheckpointCoordinatorImpl#checkpointState',
    url: blob(`${RUNTIME}/streaming/runtime/tasks/SubtaskCheckpointCoordinatorImpl.java`, '271-L378'),
  },
  outputTimer: {
    title: 'SubtaskCheckpointCoordinatorImpl#registerAlignmentTimer',
    url: blob(`${RUNTIME}/streaming/runtime/tasks/SubtaskCheckpointCoordinatorImpl.java`, '380-L405'),
  },
  initInputs: {
    title: 'SubtaskCheckpointCoordinatorImpl#initInputsCheckpoint',
    url: blob(`${RUNTIME}/streaming/runtime/tasks/SubtaskCheckpointCoordinatorImpl.java`, '528-L539'),
  },
  inputsComplete: {
    title: 'StreamTaskNetworkInput#prepareSnapshot',
    url: blob(`${RUNTIME}/streaming/runtime/io/StreamTaskNetworkInput.java`, '119-L138'),
  },
  arrival: {
    title: 'RemoteInputChannel#onBuffer',
    url: blob(`${CONSUMER}/RemoteInputChannel.java`, '590-L666'),
  },
  inflightInput: {
    title: 'RemoteInputChannel#checkpointStarted, getInflightBuffersUnsafe',
    url: blob(`${CONSUMER}/RemoteInputChannel.java`, '714-L877'),
  },
  persister: {
    title: 'ChannelStatePersister',
    url: blob(`${CONSUMER}/ChannelStatePersister.java`, '71-L146'),
  },
  roundRobin: {
    title: 'SingleInputGate：读完一个缓冲区后把通道排到队尾',
    url: blob(`${CONSUMER}/SingleInputGate.java`, '975-L981'),
  },
  creditBlocking: {
    title: 'Buffer.DataType：对齐的屏障会阻塞上游（isBlockingUpstream）',
    url: blob(`${RUNTIME}/runtime/io/network/buffer/Buffer.java`, '292-L305'),
  },
  outputBarrier: {
    title: 'PipelinedSubpartition：屏障入队与越过输出缓冲区',
    url: blob(`${RUNTIME}/runtime/io/network/partition/PipelinedSubpartition.java`, '204-L280'),
  },
  outputTimeout: {
    title: 'PipelinedSubpartition#alignedBarrierTimeout',
    url: blob(`${RUNTIME}/runtime/io/network/partition/PipelinedSubpartition.java`, '328-L403'),
  },
  eventsWithoutCredit: {
    title: 'PipelinedSubpartition#getAvailabilityAndBacklog：没有信用值时事件照样可以发送',
    url: blob(`${RUNTIME}/runtime/io/network/partition/PipelinedSubpartition.java`, '608-L620'),
  },
  docsAligning: {
    title: 'Flink 文档：Stateful Stream Processing › Barriers（对齐）',
    url: doc('concepts/stateful-stream-processing.md', '182-L199'),
  },
  docsUnaligned: {
    title: 'Flink 文档：Stateful Stream Processing › Unaligned Checkpointing',
    url: doc('concepts/stateful-stream-processing.md', '242-L276'),
  },
  docsTimeout: {
    title: 'Flink 文档：Checkpointing under backpressure › Aligned checkpoint timeout',
    url: doc('ops/state/checkpointing_under_backpressure.md', '101-L120'),
  },
} as const;

export type SourceKey = keyof typeof SOURCES;
