/**
 * Flink terms a reader meets in the catalog's resources, Chinese and English
 * side by side. The glossary page (docs/glossary.mdx) is rendered from this
 * list; notes link to an entry as /docs/glossary#<id>.
 *
 * Rules: `zh` follows the official Chinese Flink docs where they have a term
 * (the term table in CONTRIBUTING.md), and keeps the English name where they
 * do (Keyed State, JobManager); where they have none, write the hub's own
 * rendering and set `hubTerm`. `definition` is one sentence in your own words;
 * `note` is the hub page (optionally with a heading anchor) that explains the
 * term. The docs tests fail if a note or anchor does not exist, or if a
 * `variants` word appears in the hub's own text.
 */
export interface GlossaryTerm {
  /** Anchor on the glossary page: lower-case kebab-case English. */
  id: string;
  zh: string;
  en: string;
  definition: string;
  note: string;
  /** Other names a reader may type for this term (English, older words); search finds the term by them. */
  aliases?: string[];
  /**
   * Words for the same thing that the official zh docs do not use (背压 for
   * 反压). Search finds the term by them too, but the docs rules reject them
   * in the hub's own text, so every page speaks the official term.
   */
  variants?: string[];
  /** The official zh docs have no Chinese term for this; `zh` is the hub's rendering, and the page says so. */
  hubTerm?: boolean;
}

export const glossary: GlossaryTerm[] = [
  {
    id: 'checkpoint',
    zh: '检查点',
    en: 'Checkpoint',
    definition: 'Flink 定期为作业全部状态做的一致性快照，故障后从最近一次检查点恢复。',
    note: '/docs/source-analysis/checkpoint-principles',
  },
  {
    id: 'savepoint',
    zh: '保存点',
    en: 'Savepoint',
    definition: '由用户触发、归用户管理的状态快照，用于升级代码、调整并行度或迁移集群；保存点总是以对齐方式完成。',
    note: '/docs/blogs/savepoints-and-upgrades',
    aliases: ['Savepoint'],
  },
  {
    id: 'state-backend',
    zh: '状态后端',
    en: 'State Backend',
    definition:
      '决定作业运行时把 Keyed State 放在哪里：JVM 堆上（HashMapStateBackend，默认）、本地 RocksDB（EmbeddedRocksDBStateBackend），或 2.0 起实验性的 ForSt（远端存储）。',
    note: '/docs/blogs/state-backends#今天的状态后端',
  },
  {
    id: 'checkpoint-storage',
    zh: '检查点存储',
    en: 'Checkpoint Storage',
    definition:
      '决定检查点快照写到哪里：配置了 execution.checkpointing.dir 时写入 HDFS、S3 等文件系统，否则留在 JobManager 内存中，与状态后端分开配置。',
    note: '/docs/blogs/state-backends',
    hubTerm: true,
  },
  {
    id: 'barrier',
    zh: '检查点屏障',
    en: 'Checkpoint Barrier',
    definition: '由 Source 注入数据流的特殊标记，把流切成属于前后两个检查点的两段。',
    note: '/docs/source-analysis/checkpoint-principles#屏障把数据流切成段',
  },
  {
    id: 'aligned-checkpoint',
    zh: '对齐检查点',
    en: 'Aligned Checkpoint',
    definition: '算子等所有输入通道的屏障都到齐后才做快照的检查点，快照中不含在途数据。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与未对齐的检查点',
  },
  {
    id: 'unaligned-checkpoint',
    zh: '未对齐的检查点',
    en: 'Unaligned Checkpoint',
    definition: '屏障越过缓冲区中尚未处理的数据、把这些在途数据一并存入快照的检查点，反压时也能较快完成；默认关闭。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与未对齐的检查点',
    variants: ['非对齐检查点', '非对齐的检查点'],
  },
  {
    id: 'incremental-checkpoint',
    zh: '增量检查点',
    en: 'Incremental Checkpoint',
    definition:
      '只上传自上次检查点以来新增的状态文件；EmbeddedRocksDBStateBackend 要用 execution.checkpointing.incremental 打开，ForSt 总是增量。官方中文文档也写作「增量快照」。',
    note: '/docs/blogs/state-backends#增量检查点',
    aliases: ['增量快照'],
  },
  {
    id: 'exactly-once',
    zh: '精确一次',
    en: 'Exactly-once',
    definition:
      '检查点为 EXACTLY_ONCE 模式时，故障恢复后每条数据对 Flink 状态的影响恰好计入一次；要让外部系统也只看到一次，还需要可重放的 Source 和事务或幂等的 Sink。',
    note: '/docs/blogs/end-to-end-exactly-once#三种保证和-flink-保证的是什么',
  },
  {
    id: 'at-least-once',
    zh: '至少一次',
    en: 'At-least-once',
    definition: '故障恢复后数据不会丢，但恢复点之后的数据会被重新处理，写到外部系统的结果可能重复。',
    note: '/docs/blogs/end-to-end-exactly-once#至少一次的重复从哪里来',
    variants: ['最少一次'],
  },
  {
    id: 'backpressure',
    zh: '反压',
    en: 'Backpressure',
    definition: '下游处理不过来时，上游因缓冲区占满而被迫放慢的现象，常导致检查点变慢。',
    note: '/docs/source-analysis/backpressure',
    aliases: ['back pressure'],
    variants: ['背压'],
  },
  {
    id: 'watermark',
    zh: '水位线',
    en: 'Watermark',
    definition:
      '流中的特殊标记，W(t) 表示时间戳不晚于 t 的数据不会再来；算子据此推进事件时间、触发窗口。官方概念文档称水位线，开发文档保留英文 Watermark。',
    note: '/docs/blogs/event-time-watermarks#水位线是什么',
    variants: ['水印'],
  },
  {
    id: 'event-time',
    zh: '事件时间',
    en: 'Event Time',
    definition: '数据本身携带的发生时间；基于事件时间的结果只取决于数据，重放也能得到相同的结果。',
    note: '/docs/blogs/event-time-watermarks#事件时间与处理时间',
  },
  {
    id: 'processing-time',
    zh: '处理时间',
    en: 'Processing Time',
    definition: '算子处理数据时机器的系统时间；结果会随处理快慢而变化。',
    note: '/docs/blogs/event-time-watermarks#事件时间与处理时间',
  },
  {
    id: 'operator',
    zh: '算子',
    en: 'Operator',
    definition: '数据流上的一个处理步骤，例如 map、keyBy 之后的窗口聚合或一个 Sink。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'operator-chain',
    zh: '算子链',
    en: 'Operator Chain',
    definition: '被合并到同一个任务里、在同一线程中执行的相邻算子，可减少序列化与线程切换。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'subtask',
    zh: 'Subtask',
    en: 'Subtask',
    definition: '算子（或算子链）的一个并行实例，是调度和部署的最小单位；官方中文文档保留英文名，常译作子任务。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'parallelism',
    zh: '并行度',
    en: 'Parallelism',
    definition: '一个算子同时运行的实例个数；改变并行度时状态要重新分配。',
    note: '/docs/blogs/state-keyed-vs-operator#operator-state-的两种重分配方式',
  },
  {
    id: 'task-slot',
    zh: 'Task Slot',
    en: 'Task Slot',
    definition:
      'TaskManager 上资源调度的最小单位，一个 Slot 可运行一条流水线上的多个 Subtask；官方中文文档保留英文名。',
    note: '/docs/blogs/job-execution',
    variants: ['任务槽'],
  },
  {
    id: 'jobmanager',
    zh: 'JobManager',
    en: 'JobManager',
    definition: '负责调度作业、协调检查点和故障恢复的进程；官方中文文档保留英文名。',
    note: '/docs/blogs/job-execution',
    variants: ['作业管理器'],
  },
  {
    id: 'taskmanager',
    zh: 'TaskManager',
    en: 'TaskManager',
    definition: '真正执行 Subtask、持有状态和网络缓冲区的工作进程；官方中文文档保留英文名。',
    note: '/docs/blogs/memory-management#已经变化的部分',
    variants: ['任务管理器'],
  },
  {
    id: 'stream-graph',
    zh: 'StreamGraph',
    en: 'StreamGraph',
    definition: '按用户代码生成的最初的图，记录算子及其上下游关系和分区方式。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'job-graph',
    zh: '逻辑图',
    en: 'JobGraph / Logical Graph',
    definition: '把可链接的算子合并成算子链后得到的图，也称数据流图；Application 模式下在集群上生成。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'execution-graph',
    zh: 'ExecutionGraph',
    en: 'ExecutionGraph / Physical Graph',
    definition: 'JobManager 按并行度把逻辑图展开后的图，每个并行实例一个顶点，也称物理图。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'keyed-state',
    zh: 'Keyed State',
    en: 'Keyed State',
    definition: '绑定在 keyBy 之后某个 key 上的状态，每次访问都作用于当前 key；官方中文文档保留英文名。',
    note: '/docs/blogs/state-keyed-vs-operator#四点区别',
    variants: ['键控状态'],
  },
  {
    id: 'operator-state',
    zh: '算子状态',
    en: 'Operator State',
    definition: '绑定在算子某个并行实例上、与 key 无关的状态，多用于 Source 和 Sink。',
    note: '/docs/blogs/state-keyed-vs-operator#四点区别',
  },
  {
    id: 'managed-state',
    zh: '托管状态',
    en: 'Managed State',
    definition: '由 Flink 提供数据结构并负责序列化和重分配的状态，如 ValueState、MapState。',
    note: '/docs/source-analysis/managed-vs-raw-state#两种划分',
  },
  {
    id: 'raw-state',
    zh: '原始状态',
    en: 'Raw State',
    definition: '由用户自己序列化成字节的状态，Flink 不了解其结构，也无法拆分重分配。',
    note: '/docs/source-analysis/managed-vs-raw-state#两种划分',
    hubTerm: true,
  },
  {
    id: 'broadcast-state',
    zh: '广播状态',
    en: 'Broadcast State',
    definition:
      '一种特殊的算子状态：每个并行实例各存一份 map 形式的状态，广播流的数据送到所有实例；Flink 不在实例间同步，需要各实例以相同方式更新。',
    note: '/docs/blogs/state-practices#keyed-state清空所有-key-的状态',
  },
  {
    id: 'union-list-state',
    zh: 'UnionListState',
    en: 'Union List State',
    definition: '恢复时把所有实例的列表完整地发给每个实例的算子状态；官方中文文档保留英文名。',
    note: '/docs/blogs/state-practices#union-列表状态只在确实需要全量时使用',
    variants: ['联合列表状态'],
  },
  {
    id: 'state-ttl',
    zh: '状态有效期',
    en: 'State TTL',
    definition: '为 Keyed State 设置的过期时间：默认不再返回已过期的值，清理是尽力而为的，目前只支持处理时间。',
    note: '/docs/blogs/state-practices#keyed-state清空所有-key-的状态',
    variants: ['状态生存时间', '状态存活时间'],
  },
  {
    id: 'column-family',
    zh: '列族',
    en: 'Column Family',
    definition: 'RocksDB 中的逻辑分区；Flink 为每个算子的每个状态各建一个列族。',
    note: '/docs/blogs/state-backends#rocksdb-的列族与托管内存',
  },
  {
    id: 'managed-memory',
    zh: '托管内存',
    en: 'Managed Memory',
    definition: '由 Flink 统一分配的堆外内存，供 RocksDB、批处理排序和 Python 进程使用。',
    note: '/docs/blogs/memory-management#已经变化的部分',
  },
  {
    id: 'memory-segment',
    zh: '内存段',
    en: 'MemorySegment',
    definition: 'Flink 自己管理内存的基本单位，数据以二进制形式存放其中。',
    note: '/docs/blogs/memory-management#仍然成立的思路',
    hubTerm: true,
  },
  {
    id: 'bucket',
    zh: '桶',
    en: 'Bucket',
    definition: 'FileSink 的一个输出子目录，通常对应 Hive 表的一个分区。',
    note: '/docs/practice/hive-file-sink#文件如何从写入到可见',
    hubTerm: true,
  },
  {
    id: 'cdc',
    zh: '变更数据捕获',
    en: 'CDC (Change Data Capture)',
    definition: '读取数据库日志，把每一次插入、更新和删除作为事件流输出的技术。',
    note: '/docs/blogs/sql-changelog#cdc-数据源就是-changelog',
    hubTerm: true,
  },
  {
    id: 'metric-reporter',
    zh: '指标上报器',
    en: 'Metric Reporter',
    definition: '把 Flink 指标导出到 Prometheus 等外部监控系统的组件，通过工厂类配置。',
    note: '/docs/source-analysis/metrics#reporter-的配置',
    hubTerm: true,
  },
  {
    id: 'late-data',
    zh: '迟到数据',
    en: 'Late Data',
    definition: '时间戳早于当前水位线、在窗口结束后才到达的数据；默认被丢弃，可以用允许迟到与旁路输出处理。',
    note: '/docs/blogs/event-time-watermarks#迟到数据',
  },
  {
    id: 'allowed-lateness',
    zh: 'Allowed Lateness',
    en: 'Allowed Lateness',
    definition: '窗口结束后再保留的一段时间，期间到达的迟到数据会让窗口再次触发；官方中文文档保留英文名，默认为 0。',
    note: '/docs/blogs/event-time-watermarks#迟到数据',
    aliases: ['允许迟到'],
  },
  {
    id: 'side-output',
    zh: '旁路输出',
    en: 'Side Output',
    definition: '从算子额外输出的一条流，例如把超过允许迟到时间的数据交给旁路输出另行处理。',
    note: '/docs/blogs/event-time-watermarks#迟到数据',
  },
  {
    id: 'idle-source',
    zh: '空闲数据源',
    en: 'Idle Source',
    definition: '一段时间内没有数据的 Source 分区或分片；标记为空闲后不再拖住下游的水位线。',
    note: '/docs/blogs/event-time-watermarks#空闲的输入',
    aliases: ['withIdleness'],
  },
  {
    id: 'watermark-alignment',
    zh: '水位线对齐',
    en: 'Watermark Alignment',
    definition: '让同一对齐组中事件时间领先太多的 Source 暂停读取，等其他 Source 追上，避免下游缓存过多状态。',
    note: '/docs/blogs/event-time-watermarks#水位线对齐',
    hubTerm: true,
  },
  {
    id: 'retained-checkpoint',
    zh: '保留的检查点',
    en: 'Retained (Externalized) Checkpoint',
    definition:
      '作业取消后仍保留在存储上的检查点，可以像保存点一样用来恢复作业，由 execution.checkpointing.externalized-checkpoint-retention 控制。',
    note: '/docs/blogs/savepoints-and-upgrades#保留检查点',
    aliases: ['Externalized Checkpoint', '外部化检查点'],
    hubTerm: true,
  },
  {
    id: 'savepoint-format',
    zh: '保存点格式',
    en: 'Canonical / Native Format',
    definition:
      '保存点的两种格式：与状态后端无关的标准格式，和状态后端自己的原生格式（1.15 起），后者更快但不能换状态后端。',
    note: '/docs/blogs/savepoints-and-upgrades#保存点的两种格式与命令',
    aliases: ['canonical', 'native'],
    hubTerm: true,
  },
  {
    id: 'operator-uid',
    zh: '算子 uid',
    en: 'Operator UID',
    definition: '手动给算子设置的稳定 ID，恢复时据此把保存点里的状态分配给对应算子，应给每个有状态的算子设置。',
    note: '/docs/blogs/savepoints-and-upgrades#uid让状态找到它的算子',
    aliases: ['uid', 'setUidHash'],
    hubTerm: true,
  },
  {
    id: 'key-group',
    zh: '键组',
    en: 'Key Group',
    definition: 'Keyed State 重新分配的最小单位，key 经哈希后落入其中一个，键组个数就是最大并行度。',
    note: '/docs/blogs/savepoints-and-upgrades#最大并行度与键组',
  },
  {
    id: 'max-parallelism',
    zh: '最大并行度',
    en: 'Max Parallelism',
    definition: '一个算子能扩到的并行度上限，也是键组的个数；恢复状态时不能改变。',
    note: '/docs/blogs/savepoints-and-upgrades#最大并行度与键组',
    aliases: ['pipeline.max-parallelism'],
  },
  {
    id: 'claim-mode',
    zh: 'Claim 模式',
    en: 'Claim Mode',
    definition: '从快照恢复时 Flink 是否接管这份快照：默认的 NO_CLAIM 不接管，CLAIM 接管并可能删除它。',
    note: '/docs/blogs/savepoints-and-upgrades#恢复时的-claim-模式',
    aliases: ['RecoveryClaimMode', 'RestoreMode', 'NO_CLAIM'],
  },
  {
    id: 'end-to-end-exactly-once',
    zh: '端到端精确一次',
    en: 'End-to-end Exactly-once',
    definition:
      '外部系统中的结果也恰好反映每条数据一次，需要可重放的 Source、精确一次的检查点，以及事务型或幂等的 Sink。',
    note: '/docs/blogs/end-to-end-exactly-once',
    aliases: ['端到端一致性'],
  },
  {
    id: 'two-phase-commit',
    zh: '两阶段提交',
    en: 'Two-Phase Commit',
    definition: '事务型 Sink 先在检查点时交出待提交的事务，检查点完成后再提交，使外部系统只看到已确认的数据。',
    note: '/docs/blogs/end-to-end-exactly-once#sink两阶段提交与-sink-v2',
    aliases: ['2PC', 'TwoPhaseCommitSinkFunction'],
    hubTerm: true,
  },
  {
    id: 'idempotent-write',
    zh: '幂等写入',
    en: 'Idempotent Write',
    definition: '同一条记录写多少次结果都一样的写入方式，例如按主键覆盖；是事务之外实现端到端正确的另一条路。',
    note: '/docs/blogs/end-to-end-exactly-once#另一条路幂等写入',
  },
  {
    id: 'dynamic-table',
    zh: '动态表',
    en: 'Dynamic Table',
    definition: 'Flink SQL 对流的抽象：随时间变化的表，对它的查询结果也是一张动态表。',
    note: '/docs/blogs/sql-changelog#动态表与连续查询',
  },
  {
    id: 'continuous-query',
    zh: '连续查询',
    en: 'Continuous Query',
    definition: '对动态表的查询，永不结束，结果等于同一查询在当时输入快照上的批处理结果。',
    note: '/docs/blogs/sql-changelog#动态表与连续查询',
  },
  {
    id: 'changelog',
    zh: 'changelog 流',
    en: 'Changelog Stream',
    definition: '动态表的变化以带行类型（+I、-U、+U、-D）的记录传递，官方中文文档保留英文名。',
    note: '/docs/blogs/sql-changelog#三种-changelog-编码',
    aliases: ['变更日志', 'RowKind'],
  },
  {
    id: 'retract-stream',
    zh: 'Retract 流',
    en: 'Retract Stream',
    definition: '用「撤回旧行 + 新增新行」两条消息表示一次更新的 changelog 编码，不需要主键。',
    note: '/docs/blogs/sql-changelog#三种-changelog-编码',
    variants: ['撤回流'],
  },
  {
    id: 'upsert-stream',
    zh: 'Upsert 流',
    en: 'Upsert Stream',
    definition: '依靠唯一键、用一条消息覆盖旧值的 changelog 编码，比 Retract 流更高效。',
    note: '/docs/blogs/sql-changelog#三种-changelog-编码',
  },
  {
    id: 'upsert-key',
    zh: 'upsert key',
    en: 'Upsert Key',
    definition:
      '规划器为查询结果推导出的唯一键；与结果表主键不一致时，需要 SinkUpsertMaterializer，2.3 起还要写 ON CONFLICT。',
    note: '/docs/blogs/sql-changelog#upsert-key-与主键从-sinkupsertmaterializer-到-on-conflict',
    aliases: ['ON CONFLICT', 'SinkUpsertMaterializer'],
    hubTerm: true,
  },
  {
    id: 'credit-based-flow-control',
    zh: '基于信用的流控',
    en: 'Credit-based Flow Control',
    definition: '接收方以信用告诉发送方还有多少空闲缓冲区，发送方只在有信用时发数据；下游处理不过来时由此产生反压。',
    note: '/docs/source-analysis/backpressure#反压从哪里来',
    hubTerm: true,
  },
  {
    id: 'buffer-debloating',
    zh: '缓冲区去膨胀',
    en: 'Buffer Debloating',
    definition: '动态调整网络缓冲区的大小，使在途数据能在目标时间内处理完，从而让反压下的检查点更快。',
    note: '/docs/source-analysis/backpressure#反压与检查点',
    aliases: ['buffer-debloat'],
    hubTerm: true,
  },
  {
    id: 'data-skew',
    zh: '数据倾斜',
    en: 'Data Skew',
    definition: '少数 key 或少数并行实例承担了远多于其他实例的数据，使个别 Subtask 一直繁忙、拖慢整个作业。',
    note: '/docs/source-analysis/backpressure#数据倾斜',
    hubTerm: true,
  },
  {
    id: 'disaggregated-state',
    zh: '存算分离',
    en: 'Disaggregated State Management',
    definition: 'Flink 2.0 起把远端存储作为状态的主存储、本地磁盘只作缓存的状态管理方式，到 2.3 仍是实验特性。',
    note: '/docs/source-analysis/forst-async-state',
  },
  {
    id: 'forst',
    zh: 'ForSt 状态后端',
    en: 'ForSt State Backend',
    definition: '为存算分离设计的状态后端（state.backend.type: forst），把 SST 文件放在远端存储上，总是做增量快照。',
    note: '/docs/source-analysis/forst-async-state#forst-状态后端',
    aliases: ['ForSt'],
  },
  {
    id: 'async-state',
    zh: '异步状态访问',
    en: 'Asynchronous State Access',
    definition: 'State V2 API 让状态访问返回 StateFuture，Task 在等待 I/O 时先处理其他记录；只有 ForSt 真正异步执行。',
    note: '/docs/source-analysis/forst-async-state#state-v2异步状态-api',
    aliases: ['State V2', 'enableAsyncState'],
  },
];
