/**
 * Flink terms a reader meets in the catalog's resources, Chinese and English
 * side by side. The glossary page (docs/glossary.mdx) is rendered from this
 * list; notes link to an entry as /docs/glossary#<id>.
 *
 * Rules: `zh` follows the official Chinese Flink docs where they have a term
 * (see CONTRIBUTING.md); `definition` is one sentence in your own words;
 * `note` is the hub page (optionally with a heading anchor) that explains
 * the term. The build fails if a note or anchor does not exist.
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
    definition: '由用户手动触发、格式稳定的快照，用于升级代码、迁移集群或调整并行度，总是以对齐方式完成。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与非对齐',
  },
  {
    id: 'state-backend',
    zh: '状态后端',
    en: 'State Backend',
    definition:
      '决定作业运行时把状态存在哪里：JVM 堆上（HashMapStateBackend）或本地 RocksDB（EmbeddedRocksDBStateBackend）。',
    note: '/docs/blogs/state-backends#今天的两种状态后端',
  },
  {
    id: 'checkpoint-storage',
    zh: '检查点存储',
    en: 'Checkpoint Storage',
    definition: '决定检查点快照写到哪里，通常是 HDFS、S3 等分布式文件系统，与状态后端分开配置。',
    note: '/docs/blogs/state-backends',
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
    note: '/docs/source-analysis/checkpoint-principles#对齐与非对齐',
  },
  {
    id: 'unaligned-checkpoint',
    zh: '非对齐检查点',
    en: 'Unaligned Checkpoint',
    definition: '屏障越过缓冲中的数据、把在途数据一并存入快照的检查点，反压时也能较快完成。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与非对齐',
  },
  {
    id: 'incremental-checkpoint',
    zh: '增量检查点',
    en: 'Incremental Checkpoint',
    definition: '只上传自上次检查点以来新增的状态文件，由 RocksDB 与 ForSt 状态后端支持。',
    note: '/docs/blogs/state-backends#增量检查点',
  },
  {
    id: 'exactly-once',
    zh: '精确一次',
    en: 'Exactly-once',
    definition: '故障恢复后，每条数据对状态（以及支持事务的外部系统）的影响恰好生效一次。',
    note: '/docs/source-analysis/checkpoint-principles#精确一次与端到端',
  },
  {
    id: 'at-least-once',
    zh: '最少一次',
    en: 'At-least-once',
    definition: '故障恢复后数据不会丢，但可能被重复处理或重复写出。',
    note: '/docs/practice/clickhouse#写入要点',
  },
  {
    id: 'backpressure',
    zh: '反压',
    en: 'Backpressure',
    definition: '下游处理不过来时，上游因缓冲区占满而被迫放慢的现象，常导致检查点变慢。',
    note: '/docs/source-analysis/metrics#排查反压常看的指标',
  },
  {
    id: 'watermark',
    zh: '水位线',
    en: 'Watermark',
    definition: '表示「事件时间已推进到某一时刻」的标记，窗口据此判断何时可以输出结果。',
    note: '/docs/learning-sites/flink-2-changes#已移除的-api-与替代写法',
  },
  {
    id: 'event-time',
    zh: '事件时间',
    en: 'Event Time',
    definition: '数据本身携带的发生时间，与数据何时被处理无关。',
    note: '/docs/practice/hive-file-sink#默认分桶器不是按事件时间',
  },
  {
    id: 'processing-time',
    zh: '处理时间',
    en: 'Processing Time',
    definition: '算子处理数据时机器的系统时间；结果会随处理快慢而变化。',
    note: '/docs/practice/hive-file-sink#默认分桶器不是按事件时间',
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
    zh: '子任务',
    en: 'Subtask',
    definition: '算子（或算子链）的一个并行实例，是调度和部署的最小单位。',
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
    zh: '任务槽',
    en: 'Task Slot',
    definition: 'TaskManager 上资源的划分单位，一个 Slot 可运行一条流水线上的多个子任务。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'jobmanager',
    zh: '作业管理器',
    en: 'JobManager',
    definition: '负责调度作业、协调检查点和故障恢复的进程。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'taskmanager',
    zh: '任务管理器',
    en: 'TaskManager',
    definition: '真正执行子任务、持有状态和网络缓冲区的工作进程。',
    note: '/docs/blogs/memory-management#已经变化的部分',
  },
  {
    id: 'stream-graph',
    zh: '流图',
    en: 'StreamGraph',
    definition: '按用户代码生成、每个算子一个节点的最初的图。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'job-graph',
    zh: '作业图（逻辑图）',
    en: 'JobGraph / Logical Graph',
    definition: '把可链接的算子合并成算子链后提交给集群的图。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'execution-graph',
    zh: '执行图（物理图）',
    en: 'ExecutionGraph / Physical Graph',
    definition: 'JobManager 按并行度把作业图展开后的图，每个并行实例一个顶点。',
    note: '/docs/blogs/job-execution',
  },
  {
    id: 'keyed-state',
    zh: 'Keyed State（键控状态）',
    en: 'Keyed State',
    definition: '绑定在 keyBy 之后某个 key 上的状态，每次访问都作用于当前 key；官方中文文档保留英文名。',
    note: '/docs/blogs/state-keyed-vs-operator#四点区别',
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
  },
  {
    id: 'broadcast-state',
    zh: '广播状态',
    en: 'Broadcast State',
    definition: '一种特殊的算子状态，广播流的数据会写入每个并行实例的同一份状态。',
    note: '/docs/blogs/state-practices#keyed-state清空所有-key-的状态',
  },
  {
    id: 'union-list-state',
    zh: '联合列表状态',
    en: 'UnionListState',
    definition: '恢复时把所有实例的列表完整地发给每个实例的算子状态。',
    note: '/docs/blogs/state-practices#unionliststate只在确实需要全量时使用',
  },
  {
    id: 'state-ttl',
    zh: '状态生存时间',
    en: 'State TTL',
    definition: '为状态设置过期时间，过期的值不再可读并会被后台清理。',
    note: '/docs/blogs/state-practices#keyed-state清空所有-key-的状态',
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
  },
  {
    id: 'bucket',
    zh: '桶',
    en: 'Bucket',
    definition: 'FileSink 的一个输出子目录，通常对应 Hive 表的一个分区。',
    note: '/docs/practice/hive-file-sink#文件如何从写入到可见',
  },
  {
    id: 'cdc',
    zh: '变更数据捕获',
    en: 'CDC (Change Data Capture)',
    definition: '读取数据库日志，把每一次插入、更新和删除作为事件流输出的技术。',
    note: '/docs/blogs/canal-to-hive#今天的做法flink-cdc-3x',
  },
  {
    id: 'metric-reporter',
    zh: '指标上报器',
    en: 'Metric Reporter',
    definition: '把 Flink 指标导出到 Prometheus 等外部监控系统的组件，通过工厂类配置。',
    note: '/docs/source-analysis/metrics#reporter-的配置',
  },
];
