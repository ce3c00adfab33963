/**
 * Flink terms a reader meets in the catalog's resources, Chinese and English
 * side by side. The glossary page (docs/glossary.mdx) is rendered from this
 * list; notes link to an entry as /docs/glossary#<id>.
 *
 * Which Chinese word: the hub writes one word per term, on every page. Where
 * the official zh docs (docs/content.zh/ on the latest release branch) use one
 * Chinese word, `zh` is that word; where they keep the English name, so does
 * `zh` (JobManager). Where they mix words (反压 and 背压), or mostly keep the
 * English name while the hub translates it (Checkpoint → 检查点), `zh` is the
 * hub's pick, and `zhDocs` says what the zh docs write and why the hub chose
 * otherwise: never call a pick of the hub official. A compound takes the zh
 * docs' modifier and the hub's head word (非对齐 + 检查点). Where the zh docs
 * have no Chinese word at all, set `hubTerm`. The counts behind `zhDocs`, and
 * the command that reproduces them, are in reviews/2026-12-data-accuracy.md.
 *
 * `definition` is one sentence in your own words, no broader than its source
 * says (a default, a condition, a version); `note` is the hub page (optionally
 * with a heading anchor) that explains the term. The docs tests fail if a note
 * or anchor does not exist, or if a `variants` word appears in the hub's own
 * text.
 */
export interface GlossaryTerm {
  /** Anchor on the glossary page: lower-case kebab-case English. */
  id: string;
  /** The word the hub writes for this term (see the header). */
  zh: string;
  en: string;
  definition: string;
  note: string;
  /** Other names a reader may type for this term (English, older words); search finds the term by them. */
  aliases?: string[];
  /**
   * Other words for the same thing that the hub does not write, whether or
   * not the zh docs use them (they write 背压 on 3 pages; the hub writes 反压).
   * Search finds the term by them too, but the docs rules reject them in the
   * hub's own text, so every page uses the same word.
   */
  variants?: string[];
  /**
   * What the official zh docs write, where `zh` is not simply their word: the
   * words they use, where, and why the hub picked `zh`. The glossary page shows it.
   */
  zhDocs?: string;
  /** The official zh docs have no Chinese word for this (they keep the English name); `zh` is the hub's rendering, and the page says so. */
  hubTerm?: boolean;
}

export const glossary: GlossaryTerm[] = [
  {
    id: 'checkpoint',
    zh: '检查点',
    en: 'Checkpoint',
    definition:
      '开启检查点（默认关闭）后，Flink 按间隔为各算子的状态连同 Source 的读取位置做的一致性快照；作业失败后从最近一次成功的检查点恢复。',
    note: '/docs/source-analysis/checkpoint-principles',
    zhDocs:
      '官方中文文档大多保留英文 Checkpoint（47 个页面），写「检查点」的只有 12 个页面，多是「checkpoint（检查点）」这样的一次性注释。本站统一写作检查点，第一次出现时附英文。',
  },
  {
    id: 'savepoint',
    zh: '保存点',
    en: 'Savepoint',
    definition:
      '由用户触发、由用户管理（Flink 不会删除它）的状态快照，用于升级 Flink 版本、修改作业、调整并行度这类计划内的操作；保存点总是对齐的。',
    note: '/docs/blogs/savepoints-and-upgrades',
    aliases: ['Savepoint'],
    zhDocs:
      '官方中文文档几乎都保留英文 Savepoint（26 个页面，Savepoints 一页的标题也是英文），「保存点」只见于 3 个页面。本站统一写作保存点，与检查点对应。',
  },
  {
    id: 'state-backend',
    zh: '状态后端',
    en: 'State Backend',
    definition:
      '决定作业运行时把 Keyed State 放在哪里：JVM 堆上（HashMapStateBackend，默认）、本地 RocksDB（EmbeddedRocksDBStateBackend），或 2.0 起实验性的 ForSt（远端存储）。',
    note: '/docs/blogs/state-backends#今天的状态后端',
    zhDocs:
      '官方中文文档多保留英文 State Backend（19 个页面，State Backends 一页的标题也是英文），写「状态后端」的有 7 个页面。本站统一写作状态后端。',
  },
  {
    id: 'checkpoint-storage',
    zh: '检查点存储',
    en: 'Checkpoint Storage',
    definition:
      '决定检查点快照写到哪里，与状态后端分开配置：没有用 execution.checkpointing.storage 指定时，配置了 execution.checkpointing.dir 就写入 HDFS、S3 等文件系统，否则留在 JobManager 的内存中。',
    note: '/docs/blogs/state-backends',
    zhDocs:
      '官方中文文档写作「Checkpoint 存储」（Checkpoints 一页的小节标题），「检查点存储」出现过一次。本站按检查点的译法写作检查点存储。',
  },
  {
    id: 'barrier',
    zh: '检查点屏障',
    en: 'Checkpoint Barrier',
    definition: '由 Source 注入数据流的特殊标记，把流切成属于前后两个检查点的两段。',
    note: '/docs/source-analysis/checkpoint-principles#屏障把数据流切成段',
    hubTerm: true,
  },
  {
    id: 'aligned-checkpoint',
    zh: '对齐检查点',
    en: 'Aligned Checkpoint',
    definition:
      '算子等所有输入通道的屏障都到齐后才做快照的检查点，快照中不含在途数据；开启了非对齐检查点并设了对齐超时时，超时的那一次转为非对齐，也会存下在途数据。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与非对齐检查点',
    zhDocs: '官方中文文档写作「对齐 Checkpoint」或「对齐的 checkpoint」。本站按检查点的译法写作对齐检查点。',
  },
  {
    id: 'unaligned-checkpoint',
    zh: '非对齐检查点',
    en: 'Unaligned Checkpoint',
    definition: '屏障越过缓冲区中尚未处理的数据、把这些在途数据一并存入快照的检查点，反压时也能较快完成；默认关闭。',
    note: '/docs/source-analysis/checkpoint-principles#对齐与非对齐检查点',
    variants: ['未对齐的检查点', '未对齐检查点'],
    zhDocs:
      '官方中文文档几乎都写「非对齐」（4 个页面，如 Checkpointing under backpressure 一页的「非对齐 Checkpoint」），「未对齐」只出现过一次。本站取「非对齐」，按检查点的译法写作非对齐检查点。',
  },
  {
    id: 'incremental-checkpoint',
    zh: '增量检查点',
    en: 'Incremental Checkpoint',
    definition:
      '只上传自上次检查点以来新增的状态文件；EmbeddedRocksDBStateBackend 要用 execution.checkpointing.incremental 打开（默认关闭），ForSt 总是增量。',
    note: '/docs/blogs/state-backends#增量检查点',
    aliases: ['增量快照'],
    zhDocs:
      '官方中文文档写作「增量快照」（State Backends 等 3 个页面），没有「增量检查点」。本站按检查点的译法写作增量检查点，与开关 execution.checkpointing.incremental 的名字对应。',
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
    definition:
      '故障恢复后数据不会丢，但有的数据会被处理不止一次：检查点为 AT_LEAST_ONCE 模式时，状态里就可能重复计入；Sink 不是事务型或幂等的，外部系统也可能看到重复。',
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
    zhDocs:
      '官方中文文档多写「反压」（9 个页面，「监控反压」一页的标题就是），也有 3 个页面写「背压」（如 Checkpointing under backpressure）。本站统一写作反压。',
  },
  {
    id: 'watermark',
    zh: '水位线',
    en: 'Watermark',
    definition:
      '流中的特殊标记，W(t) 表示时间戳不晚于 t 的数据应当都已到达（之后再来的就是迟到数据）；算子据此推进事件时间、触发窗口。',
    note: '/docs/blogs/event-time-watermarks#水位线是什么',
    variants: ['水印'],
    zhDocs:
      '官方中文文档多保留英文 Watermark（27 个页面，如「生成 Watermark」）；译成中文时多写「水印」（8 个页面，如「数据源」一页），「水位线」只见于 CEP 一页。本站取水位线：它说的是事件时间推进到了哪里，而「水印」在中文里通常指图片或纸上的标记。',
  },
  {
    id: 'event-time',
    zh: '事件时间',
    en: 'Event Time',
    definition:
      '数据本身携带的发生时间；基于事件时间的结果不随处理快慢而变，但等待乱序数据的时间有限，迟到数据仍会让结果受到到达时机的影响。',
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
    definition: '算子（或算子链）的一个并行实例，是 Flink 运行时执行的基本工作单元。',
    note: '/docs/blogs/job-execution',
    zhDocs: '官方中文文档两种都用：英文 subtask（15 个页面）和「子任务」（11 个页面）。本站保留英文 Subtask。',
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
      'TaskManager 上资源调度的最小单位；默认允许同一作业的 Subtask 共享 Slot，所以一个 Slot 可以运行作业的一整条流水线。',
    note: '/docs/blogs/job-execution',
    variants: ['任务槽'],
    zhDocs:
      '官方中文文档多保留英文 task slot（6 个页面），State Backends 与「第一步」两页写作「任务槽」。本站保留英文 Task Slot。',
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
    definition: '真正执行 Subtask、持有状态和网络缓冲区的工作进程。',
    note: '/docs/blogs/memory-management#已经变化的部分',
    variants: ['任务管理器'],
    zhDocs:
      '官方中文文档几乎都保留英文 TaskManager，只有 State Backends 一页写作「任务管理器（TaskManager）」。本站保留英文。',
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
    definition:
      '由算子自己序列化成字节写进快照的状态，Flink 不了解其结构；改变并行度时只能按算子写出的分区整块重新分配（Raw Keyed State 按键组）。',
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
    zhDocs:
      '官方中文文档多直接写 TTL：DataStream「使用状态」一页的小节标题是「状态有效期 (TTL)」，SQL 的 SELECT DISTINCT 一页写「存活时间」，「流式概念」一页把 table.exec.state.ttl 称为「空闲状态维持时间」。本站统一写作状态有效期。',
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
    definition:
      '由 Flink 管理、在堆外分配的内存，供流作业的 RocksDB 状态后端，流和批作业的排序、哈希表与中间结果缓存，以及 Python 函数的进程使用。',
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
    definition:
      'FileSink 在输出目录下的一个子目录，由 BucketAssigner 决定；默认的 DateTimeBucketAssigner 按系统时间每小时建一个桶。',
    note: '/docs/practice/hive-file-sink#文件如何从写入到可见',
  },
  {
    id: 'cdc',
    zh: '变更数据捕获',
    en: 'CDC (Change Data Capture)',
    definition:
      '捕获数据库中的每一次插入、更新和删除，把它们作为变更事件流实时输出的技术，Debezium、Canal 都是这类工具。',
    note: '/docs/blogs/sql-changelog#cdc-数据源就是-changelog',
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
    definition:
      '到达时水位线已经越过其时间戳的数据；窗口算子默认丢弃在水位线越过窗口结束时间之后才到的数据，可以用 Allowed Lateness 和旁路输出处理。',
    note: '/docs/blogs/event-time-watermarks#迟到数据',
  },
  {
    id: 'allowed-lateness',
    zh: 'Allowed Lateness',
    en: 'Allowed Lateness',
    definition:
      '水位线越过窗口结束时间后窗口再保留的一段时间，期间到达的迟到数据仍会加入窗口，用默认的 EventTimeTrigger 时会让窗口再次触发；默认为 0，官方中文文档保留英文名。',
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
    definition:
      '让同一对齐组中水位线领先太多的 Source（1.17 起也可以是同一 Source 的分片）暂停读取，等其他的追上，避免下游算子在状态里缓存过多数据；只对 FLIP-27 的 Source 有效。',
    note: '/docs/blogs/event-time-watermarks#水位线对齐',
    zhDocs:
      '官方中文文档在「时间属性」一页写作「Watermark 对齐」，「数据源」一页写「水印对齐」，DataStream 的「生成 Watermark」一页保留英文。本站按水位线的译法写作水位线对齐。',
  },
  {
    id: 'retained-checkpoint',
    zh: '保留的检查点',
    en: 'Retained (Externalized) Checkpoint',
    definition:
      '作业结束后仍留在存储上的检查点，可以像保存点那样指定路径来恢复作业；保不保留由 execution.checkpointing.externalized-checkpoint-retention 决定：默认不保留，DELETE_ON_CANCELLATION 只在作业失败时保留，RETAIN_ON_CANCELLATION 在作业取消时也保留。',
    note: '/docs/blogs/savepoints-and-upgrades#保留检查点',
    aliases: ['Externalized Checkpoint', '外部化检查点'],
    zhDocs:
      '官方中文文档写作「保留 Checkpoint」「保留的 checkpoint」，也有「外部化的 Checkpoint」。本站按检查点的译法写作保留的检查点。',
  },
  {
    id: 'savepoint-format',
    zh: '保存点格式',
    en: 'Canonical / Native Format',
    definition:
      '保存点的两种格式：与状态后端无关的标准格式，和状态后端自己的原生格式（1.15 起），后者更快但不能换状态后端。',
    note: '/docs/blogs/savepoints-and-upgrades#保存点的两种格式与命令',
    aliases: ['canonical', 'native'],
    zhDocs:
      '官方中文文档的小节标题是「Savepoint 格式」，两种格式称「标准格式」和「原生格式」，与本站相同。本站按保存点的译法写作保存点格式。',
  },
  {
    id: 'operator-uid',
    zh: '算子 uid',
    en: 'Operator UID',
    definition:
      '算子的唯一标识，恢复时据此把保存点里的状态分配给对应算子；不手动设置时由作业结构生成，作业一改就可能变，所以官方建议用 uid(String) 给 DataStream 作业的每个算子都设置。',
    note: '/docs/blogs/savepoints-and-upgrades#uid让状态找到它的算子',
    aliases: ['uid', 'setUidHash'],
    zhDocs:
      '官方中文文档写作「算子 ID」（Savepoints 一页的「分配算子 ID」）。本站写作算子 uid，与设置它的方法 uid(String) 对应。',
  },
  {
    id: 'key-group',
    zh: '键组',
    en: 'Key Group',
    definition: 'Keyed State 重新分配的最小单位，key 经哈希后落入其中一个，键组个数就是最大并行度。',
    note: '/docs/blogs/savepoints-and-upgrades#最大并行度与键组',
    zhDocs:
      '官方中文文档只在「大状态与 Checkpoint 调优」一页写过一次「键组」，概念页保留英文 Key Group。本站写作键组。',
  },
  {
    id: 'max-parallelism',
    zh: '最大并行度',
    en: 'Max Parallelism',
    definition:
      '一个算子能扩到的并行度上限，也是键组的个数；从快照恢复时不能把它显式改成别的值（没有显式设置时，Flink 沿用快照中的值）。',
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
  },
  {
    id: 'idempotent-write',
    zh: '幂等写入',
    en: 'Idempotent Write',
    definition: '同一条记录写多少次结果都一样的写入方式，例如按主键覆盖；是事务之外实现端到端正确的另一条路。',
    note: '/docs/blogs/end-to-end-exactly-once#另一条路幂等写入',
    zhDocs: '官方中文文档说 Sink「幂等」（3 个页面），没有「幂等写入」这个词组。',
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
    definition: '动态表的变化以带行类型（+I、-U、+U、-D）的记录传递。',
    note: '/docs/blogs/sql-changelog#三种-changelog-编码',
    aliases: ['变更日志', 'RowKind'],
    zhDocs:
      '官方中文文档多保留英文 changelog（14 个页面，如「changelog 流」），Canal、Debezium、OGG 等格式页写作「变更日志」。本站保留英文。',
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
      '规划器为查询结果推导出的唯一键；与结果表主键不一致时，规划器默认在 Sink 前加 SinkUpsertMaterializer，2.3 起默认还要求写 ON CONFLICT（table.exec.sink.require-on-conflict），否则规划失败。',
    note: '/docs/blogs/sql-changelog#upsert-key-与主键从-sinkupsertmaterializer-到-on-conflict',
    aliases: ['ON CONFLICT', 'SinkUpsertMaterializer'],
    hubTerm: true,
  },
  {
    id: 'compiled-plan',
    zh: '编译计划',
    en: 'Compiled Plan',
    definition:
      '把 SQL 或 Table API 的 INSERT 经规划器优化后的结果（节点及其版本、状态有效期、所用配置）存成的 JSON 文件，用 EXECUTE PLAN 执行时不再重新优化；1.15 起提供，到 2.3 仍是实验性功能。',
    note: '/docs/blogs/sql-job-upgrades#编译计划compile-plan-与-execute-plan',
    aliases: ['CompiledPlan', 'COMPILE PLAN', 'EXECUTE PLAN', 'JSON plan', 'FLIP-190'],
    zhDocs:
      '官方中文文档保留英文 CompiledPlan，称它为「序列化后的执行计划」，没有专门的中文词。本站取编译计划，与 COMPILE PLAN 语句对应。',
    hubTerm: true,
  },
  {
    id: 'process-table-function',
    zh: 'Process Table Function',
    en: 'Process Table Function (PTF)',
    definition:
      '以表为参数、能使用托管状态、事件时间和定时器的用户自定义表函数，在 SQL 里按 PARTITION BY 分组调用；2.1 引入，2.3 的文档仍称它处于早期阶段。',
    note: '/docs/blogs/sql-2x-building-blocks#process-table-function-ptf',
    aliases: ['PTF', 'ProcessTableFunction'],
  },
  {
    id: 'materialized-table',
    zh: '物化表',
    en: 'Materialized Table',
    definition:
      '由一个查询和数据新鲜度定义的表，Flink 据此建好刷新作业：新鲜度短时是持续的流作业，长时由调度器周期性触发批作业；1.20 引入。',
    note: '/docs/blogs/sql-2x-building-blocks#物化表materialized-table',
    aliases: ['Materialized Table', 'CREATE MATERIALIZED TABLE'],
  },
  {
    id: 'delta-join',
    zh: 'Delta Join',
    en: 'Delta Join',
    definition:
      '规划器把符合条件的普通内连接改写成的算子：到对侧源表的存储里按索引查询，而不是把两侧输入存进状态；2.1 引入并默认启用，要求源表存储能按索引查询。',
    note: '/docs/blogs/sql-2x-building-blocks#delta-join-与-multijoin',
  },
  {
    id: 'multi-join',
    zh: 'MultiJoin',
    en: 'MultiJoin (multi-way join)',
    definition:
      '把多个共享连接键的普通连接合成一个算子、只保存各输入行而不存中间结果；2.1 引入，默认关闭，到 2.3 仍是实验性的，可能破坏跨版本的保存点兼容。',
    note: '/docs/blogs/sql-2x-building-blocks#delta-join-与-multijoin',
    aliases: ['多路连接', 'MULTI_JOIN', 'StreamingMultiJoinOperator'],
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
    zh: '缓冲消胀',
    en: 'Buffer Debloating',
    definition: '按实测吞吐动态调整缓冲的数据量，使在途数据能在目标时间内处理完，从而让反压下的检查点更快（1.14 起）。',
    note: '/docs/source-analysis/backpressure#反压与检查点',
    aliases: ['buffer-debloat'],
    variants: ['缓冲区去膨胀'],
    zhDocs:
      '官方中文文档在「网络内存调优指南」一页写作「缓冲消胀」，Checkpointing under backpressure 一页写「缓冲区 Debloating」。本站取缓冲消胀。',
  },
  {
    id: 'data-skew',
    zh: '数据倾斜',
    en: 'Data Skew',
    definition: '少数 key 或少数并行实例承担了远多于其他实例的数据，使个别 Subtask 一直繁忙、拖慢整个作业。',
    note: '/docs/source-analysis/backpressure#数据倾斜',
  },
  {
    id: 'disaggregated-state',
    zh: '存算分离',
    en: 'Disaggregated State Management',
    definition: 'Flink 2.0 起把远端存储作为状态的主存储、本地磁盘只作缓存的状态管理方式，到 2.3 仍是实验特性。',
    note: '/docs/source-analysis/forst-async-state',
    hubTerm: true,
  },
  {
    id: 'forst',
    zh: 'ForSt 状态后端',
    en: 'ForSt State Backend',
    definition: '为存算分离设计的状态后端（state.backend.type: forst），把 SST 文件放在远端存储上，总是做增量快照。',
    note: '/docs/source-analysis/forst-async-state#forst-状态后端',
    aliases: ['ForSt'],
    zhDocs: '官方中文文档讲 ForSt 的页面还是英文的（ForStStateBackend）。本站按状态后端的译法写作 ForSt 状态后端。',
  },
  {
    id: 'async-state',
    zh: '异步状态访问',
    en: 'Asynchronous State Access',
    definition: 'State V2 API 让状态访问返回 StateFuture，Task 在等待 I/O 时先处理其他记录；只有 ForSt 真正异步执行。',
    note: '/docs/source-analysis/forst-async-state#state-v2异步状态-api',
    aliases: ['State V2', 'enableAsyncState'],
    hubTerm: true,
  },
  {
    id: 'rescaling',
    zh: '扩缩容',
    en: 'Rescaling',
    definition:
      '改变作业的并行度：从检查点或保存点恢复，Keyed State 按键组、Operator State 按列表重新分给新的并行实例；并行度只能在最大并行度以内调整。',
    note: '/docs/source-analysis/elastic-scaling#状态怎样跟着并行度走',
    aliases: ['弹性扩缩容', 'Elastic Scaling', 'rescale', '扩容', '缩容'],
  },
  {
    id: 'adaptive-scheduler',
    zh: 'Adaptive 调度器',
    en: 'Adaptive Scheduler',
    definition:
      '流作业可选的调度器（jobmanager.scheduler: adaptive）：按实际拿到的 Slot 决定各算子的并行度，资源变化或通过 REST 接口改了资源需求时，以新的并行度重启作业并从最近的检查点恢复。',
    note: '/docs/source-analysis/elastic-scaling#adaptive-调度器',
    aliases: ['自适应调度器', 'AdaptiveScheduler', 'jobmanager.scheduler'],
    zhDocs:
      '官方中文文档的「弹性扩缩容」一页把小节标题写作「Adaptive 调度器」，正文仍是英文 Adaptive Scheduler，没有「自适应调度器」的写法。本站照那个小节标题写。',
  },
  {
    id: 'reactive-mode',
    zh: 'Reactive 模式',
    en: 'Reactive Mode',
    definition:
      'Adaptive 调度器的一种模式（scheduler-mode: reactive）：一个集群只跑一个作业，作业总是用满集群的全部 Slot，增减 TaskManager 就是扩缩容；只支持 Standalone 的 Application 部署，到 2.3 仍是实验功能。',
    note: '/docs/source-analysis/elastic-scaling#reactive-模式',
    aliases: ['Reactive Mode', 'scheduler-mode'],
  },
  {
    id: 'kubernetes-operator',
    zh: 'Flink Kubernetes Operator',
    en: 'Flink Kubernetes Operator',
    definition:
      'Apache Flink 社区维护的 Kubernetes Operator：把 Flink 集群和作业写成 FlinkDeployment、FlinkSessionJob 等自定义资源，由它负责部署、升级、保存点、故障恢复和自动扩缩容。',
    note: '/docs/practice/kubernetes-operator',
    aliases: [
      'Kubernetes Operator',
      'flink-kubernetes-operator',
      'FlinkDeployment',
      'FlinkSessionJob',
      'FlinkStateSnapshot',
    ],
  },
  {
    id: 'upgrade-mode',
    zh: '升级模式',
    en: 'Upgrade Mode',
    definition:
      'Flink Kubernetes Operator 中 job.upgradeMode 的取值，决定升级或挂起作业时怎样处理状态：stateless 用空状态，savepoint 先停止并做保存点，last-state 用最新的检查点；不写时是 stateless。',
    note: '/docs/practice/kubernetes-operator#升级模式statelesssavepointlast-state',
    aliases: ['upgradeMode', 'last-state', 'Upgrade Mode'],
    zhDocs:
      'Flink 主仓库的中文文档没有这个概念；Flink Kubernetes Operator 仓库的中文文档（Controller Flow 一页）写作「升级模式」，本站照用。',
  },
  {
    id: 'autoscaler',
    zh: 'Autoscaler',
    en: 'Autoscaler',
    definition:
      'Flink Kubernetes Operator 中的自动扩缩容模块（job.autoscaler.enabled，默认关闭）：按繁忙时间、处理速率和积压为每个 JobVertex 算出并行度，条件满足时通过 REST 接口就地扩缩容，否则按升级模式重新部署。',
    note: '/docs/practice/kubernetes-operator#autoscaler测什么怎么算',
    aliases: ['自动扩缩容', 'Job Autoscaler', 'job.autoscaler'],
    zhDocs:
      'Flink 主仓库的中文文档没有这个概念；Flink Kubernetes Operator 仓库的中文文档里，Autoscaler 一页还没有翻译，各处都写英文 Autoscaler。本站也保留英文。',
  },
  {
    id: 'async-io',
    zh: '异步 I/O',
    en: 'Async I/O',
    definition:
      'DataStream API 中查询外部系统的算子（AsyncDataStream）：一个 Subtask 同时挂着多条请求，用容量限制在途请求数，用超时和 1.16 起的重试处理慢请求或失败的请求。',
    note: '/docs/blogs/enrichment#异步-iodatastream-api',
    aliases: ['AsyncDataStream', 'AsyncFunction', 'Async IO'],
  },
  {
    id: 'lookup-join',
    zh: 'Lookup Join',
    en: 'Lookup Join',
    definition:
      'SQL 中按处理时间（FOR SYSTEM_TIME AS OF 处理时间属性）逐条到外部表查找来补全数据的连接；不保存连接状态，维表之后的变化不会改写已输出的结果。',
    note: '/docs/blogs/enrichment#sql-的-lookup-join',
    aliases: ['维表关联', 'lookup join', 'LOOKUP 提示', 'lookup.cache'],
  },
  {
    id: 'temporal-join',
    zh: 'Temporal Join',
    en: 'Temporal Join',
    definition:
      '按事件时间（FOR SYSTEM_TIME AS OF 事件时间属性）让每一行关联版本表中当时生效的版本，由两侧水位线触发输出，重放时结果相同。',
    note: '/docs/blogs/enrichment#事件时间-temporal-joinsql',
    aliases: ['temporal table join', '时态表 Join', 'FOR SYSTEM_TIME AS OF'],
  },
  {
    id: 'versioned-table',
    zh: '版本表',
    en: 'Versioned Table',
    definition:
      '有主键和事件时间属性、记得每个主键历史上各个版本的动态表；建表时写了主键和事件时间属性的 upsert-kafka 表或 CDC 格式的表就是版本表。',
    note: '/docs/blogs/enrichment#事件时间-temporal-joinsql',
    aliases: ['versioned table'],
  },
  {
    id: 'test-harness',
    zh: '测试工具',
    en: 'Test Harness',
    definition:
      '把一个算子放进模拟的 Task 里运行的测试类（如 KeyedOneInputStreamOperatorTestHarness），能送入记录和水位线、拨动处理时间、做快照再恢复；不属于 Flink 的公共 API。',
    note: '/docs/blogs/testing#第二层用测试工具驱动状态与定时器',
    aliases: [
      'test harness',
      'OneInputStreamOperatorTestHarness',
      'KeyedOneInputStreamOperatorTestHarness',
      'ProcessFunctionTestHarnesses',
    ],
  },
  {
    id: 'mini-cluster',
    zh: 'MiniCluster',
    en: 'MiniCluster',
    definition:
      '在测试进程里运行的轻量本地 Flink 集群，用来跑整个作业；JUnit 5 下由 MiniClusterExtension（@Experimental）为每个测试类启动一个。',
    note: '/docs/blogs/testing#第三层miniclusterextension-与-executeandcollect',
    aliases: ['MiniClusterExtension', 'MiniClusterWithClientResource', 'executeAndCollect'],
  },
  {
    id: 'cep',
    zh: '复杂事件处理',
    en: 'Complex Event Processing (CEP)',
    definition:
      '在事件流中按 key 检测符合某个模式的事件序列：FlinkCEP 把模式编译成非确定有限自动机，输出完整的匹配，也可以输出超时的部分匹配。',
    note: '/docs/blogs/cep',
    aliases: ['CEP', 'FlinkCEP', 'Pattern API'],
  },
  {
    id: 'strict-contiguity',
    zh: '严格连续',
    en: 'Strict Contiguity',
    definition:
      '模式中相邻两步之间不能夹着别的事件，夹进一个就丢弃这个部分匹配；对应 next()、循环模式的 consecutive()，以及 MATCH_RECOGNIZE 中相邻的变量。',
    note: '/docs/blogs/cep#组合模式连续性',
  },
  {
    id: 'relaxed-contiguity',
    zh: '松散连续',
    en: 'Relaxed Contiguity',
    definition: '跳过不满足条件的事件，只取下一个满足条件的事件；对应 followedBy()，也是循环模式内部的默认方式。',
    note: '/docs/blogs/cep#组合模式连续性',
  },
  {
    id: 'partial-match',
    zh: '部分匹配',
    en: 'Partial Match',
    definition:
      '已经匹配了模式开头几步、还在等后续事件的匹配；在 within 规定的时间内没有完成就超时，处理函数实现 TimedOutPartialMatchHandler 时可以把它写进旁路输出。',
    note: '/docs/blogs/cep#时间迟到与超时',
    aliases: ['TimedOutPartialMatchHandler'],
  },
  {
    id: 'after-match-skip-strategy',
    zh: '匹配后跳过策略',
    en: 'After Match Skip Strategy',
    definition:
      '输出一个匹配之后丢弃哪些与它重叠的部分匹配：默认的 NO_SKIP 全部保留，SKIP_PAST_LAST_EVENT 让每个事件最多属于一个匹配。',
    note: '/docs/blogs/cep#匹配后跳过策略',
    aliases: ['AfterMatchSkipStrategy', 'AFTER MATCH SKIP'],
  },
  {
    id: 'timer',
    zh: '定时器',
    en: 'Timer',
    definition:
      'KeyedProcessFunction 等为当前 key 注册的回调：事件时间定时器在水位线越过它时触发，处理时间定时器在机器时间到达时触发；同一 key、同一时间戳只保留一个，并随检查点保存。',
    note: '/docs/blogs/projects-2x-login-order#订单支付超时一个定时器',
    aliases: ['TimerService', 'onTimer'],
    zhDocs:
      '官方中文文档写中文时两种说法都有：「定时器」见于 9 个页面（如 Process Function 一页），「计时器」见于 7 个页面，其余多保留英文 timer。本站统一写作定时器。',
  },
  {
    id: 'interval-join',
    zh: '区间连接',
    en: 'Interval Join',
    definition:
      '按等值键和时间区间配对两条流，一侧的事件只与另一侧时间落在给定区间内的事件连接，状态随水位线清理；DataStream 上只有内连接，SQL 还支持外连接。',
    note: '/docs/blogs/projects-2x-reconciliation#区间连接只适合找对上的',
    aliases: ['intervalJoin'],
    hubTerm: true,
  },
  {
    id: 'window-tvf',
    zh: '窗口表值函数',
    en: 'Windowing TVF',
    definition:
      'Flink SQL 中把表按时间切成窗口的 TUMBLE、HOP、CUMULATE、SESSION 函数，给每行加上 window_start、window_end、window_time 三列，取代已弃用的分组窗口函数。',
    note: '/docs/blogs/projects-2x-pv-uv#按小时统计窗口表值函数',
    aliases: ['Window TVF', 'TUMBLE', 'HOP', 'CUMULATE'],
  },
];
