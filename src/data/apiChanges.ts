/**
 * What Flink 2.0 removed or renamed (and the 1.x renames a 2.x reader still
 * meets), one entry each, with its replacement and the source that says so.
 * One list, three uses:
 * - the docs rules fail when a note's code block uses an old API, unless the
 *   block is marked as the old way (```java title="…" legacy), and when a
 *   page names one in prose without naming its replacement;
 * - the table on /docs/learning-sites/flink-2-changes is rendered from it
 *   (<ApiChangesTable />), one row and anchor per entry;
 * - search treats each old name as an alias of its replacement.
 *
 * Rules: `id` is the row's anchor (lower-case kebab-case, never renamed);
 * `old` and `replacement` are what readers see (`backticks` become code);
 * `names` are the exact identifiers or keys as user code and articles write
 * them; `usage` overrides how code is searched when a name alone would match
 * too much (e.g. `Time`); `source` is where the change is documented.
 */
export type ApiKind = 'api' | 'class' | 'method' | 'config' | 'deployment';

export interface ApiChange {
  id: string;
  kind: ApiKind;
  /** The old way, as 1.x tutorials write it. */
  old: string;
  deprecatedIn?: string;
  /** The release that removed it; absent when the old way still works in 2.x but is deprecated. */
  removedIn?: string;
  /** The way that works on Flink 2.x. */
  replacement: string;
  names: string[];
  /** Names of the replacement: a page that names the old API must name one of these too. */
  replacementNames: string[];
  usage?: RegExp[];
  source: {title: string; url: string};
  /** Hub note with the details. */
  note?: string;
}

export const API_KIND_LABELS: Record<ApiKind, string> = {
  api: '整套 API',
  class: '类与接口',
  method: '方法',
  config: '配置项',
  deployment: '部署与配置文件',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name as a whole word: `FsStateBackend` but not `MyFsStateBackend`, and
 * `state.backend` but not `state.backend.type` or `x.state.backend`. A plain
 * identifier may follow a dot (`env.setStateBackend`); a dotted key may not.
 */
export function nameRegExp(name: string): RegExp {
  const before = name.includes('.') ? '(?<![\\w$.-])' : '(?<![\\w$-])';
  return new RegExp(`${before}${escape(name)}(?![\\w$-]|\\.\\w)`);
}

/** How code using the old API looks. */
export function usagePatterns(change: ApiChange): RegExp[] {
  return change.usage ?? change.names.map(nameRegExp);
}

/** "1.13 弃用，2.0 移除", or "1.20 起弃用，2.x 仍可用" for an old name that still works. */
export function changeStatus(change: ApiChange): string {
  const deprecated = change.deprecatedIn ? `${change.deprecatedIn} 弃用` : '';
  if (change.removedIn) return [deprecated, `${change.removedIn} 移除`].filter(Boolean).join('，');
  return change.deprecatedIn ? `${change.deprecatedIn} 起弃用，2.x 仍可用` : '已弃用，2.x 仍可用';
}

// Where each change is documented. Release notes are linked at the commit that was read.
const RN = (version: string, commit: string) => ({
  title: `Flink ${version} 发布说明`,
  url: `https://github.com/apache/flink/blob/${commit}/docs/content/release-notes/flink-${version}.md`,
});
const RN_2_0 = RN('2.0', '826660556e4cebed37469b44e741d98252f8d621');
const RN_1_19 = RN('1.19', '0decabfec8c2e746f63eb7296855da696740dcb3');
const CHECKPOINT_KEYS_1_20 = {
  title: 'FLINK-34255：在 1.20 中把检查点相关配置整理到 execution.checkpointing.*',
  url: 'https://issues.apache.org/jira/browse/FLINK-34255',
};

export const apiChanges: ApiChange[] = [
  // ---- 整套 API ----
  {
    id: 'dataset-api',
    kind: 'api',
    old: 'DataSet API (`ExecutionEnvironment` / `DataSet`)',
    deprecatedIn: '1.18',
    removedIn: '2.0',
    replacement: 'DataStream API 的批执行模式，或 Table API / SQL',
    names: ['DataSet API'],
    replacementNames: ['DataStream', 'Table API'],
    usage: [
      /org\.apache\.flink\.api\.java\.(ExecutionEnvironment|DataSet)\b/,
      /(?<!Stream)ExecutionEnvironment\.getExecutionEnvironment\(/,
    ],
    source: RN_2_0,
  },
  {
    id: 'scala-api',
    kind: 'api',
    old: 'Scala DataStream / DataSet API (`org.apache.flink.streaming.api.scala`)',
    deprecatedIn: '1.17',
    removedIn: '2.0',
    replacement: 'Java DataStream API（社区的 `flink-extended/flink-scala-api` 是第三方封装）',
    names: ['Scala API', 'Scala DataStream API', 'org.apache.flink.streaming.api.scala'],
    replacementNames: ['Java DataStream API', 'Java API'],
    usage: [/org\.apache\.flink\.(streaming\.)?api\.scala\b/],
    source: {
      title: 'FLIP-265：弃用并移除 Scala API',
      url: 'https://cwiki.apache.org/confluence/display/FLINK/FLIP-265+Deprecate+and+remove+Scala+API+support',
    },
  },
  {
    id: 'source-function',
    kind: 'api',
    old: '`SourceFunction` / `addSource(...)`',
    removedIn: '2.0',
    replacement: 'FLIP-27 的 `Source`，用 `env.fromSource(source, watermarkStrategy, name)` 接入',
    names: ['SourceFunction', 'RichSourceFunction', 'RichParallelSourceFunction', 'addSource'],
    replacementNames: ['fromSource', 'FLIP-27'],
    usage: [/\.addSource\(/, /\b(Rich)?(Parallel)?SourceFunction\b/],
    source: RN_2_0,
  },
  {
    id: 'sink-function',
    kind: 'api',
    old: '`SinkFunction` / `RichSinkFunction` / `TwoPhaseCommitSinkFunction` / `addSink(...)`',
    deprecatedIn: '1.20',
    removedIn: '2.0',
    replacement: 'Sink V2（`org.apache.flink.api.connector.sink2.Sink`），用 `stream.sinkTo(sink)` 接入',
    names: ['SinkFunction', 'RichSinkFunction', 'TwoPhaseCommitSinkFunction', 'addSink'],
    replacementNames: ['sinkTo', 'Sink V2'],
    usage: [/\.addSink\(/, /\b(Rich|TwoPhaseCommit)?SinkFunction\b/],
    source: RN_2_0,
  },
  {
    id: 'sink-v1',
    kind: 'api',
    old: 'Sink V1 (`org.apache.flink.api.connector.sink.*`)',
    removedIn: '2.0',
    replacement: 'Sink V2 (`org.apache.flink.api.connector.sink2.*`)',
    names: ['Sink V1'],
    replacementNames: ['Sink V2', 'sink2'],
    usage: [/org\.apache\.flink\.api\.connector\.sink\./],
    source: RN_2_0,
  },
  // ---- 类与接口 ----
  {
    id: 'fs-memory-state-backend',
    kind: 'class',
    old: '`FsStateBackend` / `MemoryStateBackend`',
    deprecatedIn: '1.13',
    removedIn: '2.0',
    replacement:
      '`HashMapStateBackend` 加检查点存储（`execution.checkpointing.storage`：`jobmanager` 或 `filesystem`）',
    names: ['FsStateBackend', 'MemoryStateBackend'],
    replacementNames: ['HashMapStateBackend'],
    source: RN_2_0,
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'rocksdb-state-backend',
    kind: 'class',
    old: '`RocksDBStateBackend`',
    deprecatedIn: '1.13',
    removedIn: '2.0',
    replacement: '`EmbeddedRocksDBStateBackend`，或配置 `state.backend.type: rocksdb`',
    names: ['RocksDBStateBackend'],
    replacementNames: ['EmbeddedRocksDBStateBackend'],
    source: {
      title: 'FLINK-36323：移除已弃用的 MemoryStateBackend、FsStateBackend 与 RocksDBStateBackend',
      url: 'https://github.com/apache/flink/pull/25421',
    },
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'rocksdb-package',
    kind: 'class',
    old: 'RocksDB 相关类的包 `org.apache.flink.contrib.streaming.state`',
    removedIn: '2.0',
    replacement:
      '包名改为 `org.apache.flink.state.rocksdb`（如 `org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend`）',
    names: ['org.apache.flink.contrib.streaming.state'],
    replacementNames: ['org.apache.flink.state.rocksdb'],
    usage: [/org\.apache\.flink\.contrib\.streaming\.state\./],
    source: {
      title: 'FLIP-349：把 RocksDB 状态后端的类移到 o.a.f.state.rocksdb 包',
      url: 'https://cwiki.apache.org/confluence/display/FLINK/FLIP-349%3A+Move+RocksDB+statebackend+classes+to+o.a.f.state.rocksdb+package',
    },
  },
  {
    id: 'streaming-file-sink',
    kind: 'class',
    old: '`StreamingFileSink`',
    deprecatedIn: '1.16',
    removedIn: '2.0',
    replacement: '`org.apache.flink.connector.file.sink.FileSink`，用 `stream.sinkTo(sink)` 接入',
    names: ['StreamingFileSink'],
    replacementNames: ['FileSink'],
    source: RN_2_0,
    note: '/docs/practice/hive-file-sink',
  },
  {
    id: 'time-class',
    kind: 'class',
    old: '`Time`（`org.apache.flink.streaming.api.windowing.time.Time` 与 `org.apache.flink.api.common.time.Time`），如 `Time.seconds(5)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`java.time.Duration`，所有接收 `Time` 的方法都有 `Duration` 版本，如 `Duration.ofSeconds(5)`',
    names: ['org.apache.flink.streaming.api.windowing.time.Time', 'org.apache.flink.api.common.time.Time'],
    replacementNames: ['Duration'],
    usage: [
      /\bTime\.(milliseconds|seconds|minutes|hours|days|of)\(/,
      /org\.apache\.flink\.(streaming\.api\.windowing\.time|api\.common\.time)\.Time\b/,
    ],
    source: RN_2_0,
  },
  {
    id: 'time-characteristic',
    kind: 'class',
    old: '`TimeCharacteristic` / `env.setStreamTimeCharacteristic(...)`',
    deprecatedIn: '1.12',
    removedIn: '2.0',
    replacement: '不再需要：1.12 起默认就是事件时间，按窗口分配器或定时器选择事件时间或处理时间',
    names: ['TimeCharacteristic', 'setStreamTimeCharacteristic'],
    replacementNames: ['WatermarkStrategy', '事件时间'],
    source: RN_2_0,
  },
  {
    id: 'periodic-watermark-assigners',
    kind: 'method',
    old: '`assignTimestampsAndWatermarks(AssignerWithPeriodicWatermarks / AssignerWithPunctuatedWatermarks)` / `BoundedOutOfOrdernessTimestampExtractor` / `AscendingTimestampExtractor`',
    removedIn: '2.0',
    replacement:
      '`assignTimestampsAndWatermarks(WatermarkStrategy)`，如 `WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(5))`；数据源最好在 `fromSource` 时就给出 `WatermarkStrategy`',
    names: [
      'AssignerWithPeriodicWatermarks',
      'AssignerWithPunctuatedWatermarks',
      'BoundedOutOfOrdernessTimestampExtractor',
      'AscendingTimestampExtractor',
    ],
    replacementNames: ['WatermarkStrategy'],
    source: RN_2_0,
  },
  {
    id: 'execution-checkpointing-options',
    kind: 'class',
    old: '`ExecutionCheckpointingOptions`',
    removedIn: '2.0',
    replacement: '`org.apache.flink.configuration.CheckpointingOptions`（1.20 起已包含全部检查点配置）',
    names: ['ExecutionCheckpointingOptions'],
    replacementNames: ['CheckpointingOptions'],
    source: RN_2_0,
  },
  {
    id: 'externalized-checkpoint-cleanup',
    kind: 'class',
    old: '`enableExternalizedCheckpoints(...)` / `setExternalizedCheckpointCleanup(...)` / `ExternalizedCheckpointCleanup`',
    removedIn: '2.0',
    replacement:
      '配置 `execution.checkpointing.externalized-checkpoint-retention`（枚举 `ExternalizedCheckpointRetention`，默认 `NO_EXTERNALIZED_CHECKPOINTS`）',
    names: ['ExternalizedCheckpointCleanup', 'enableExternalizedCheckpoints', 'setExternalizedCheckpointCleanup'],
    replacementNames: ['ExternalizedCheckpointRetention', 'externalized-checkpoint-retention'],
    source: RN_2_0,
  },
  {
    id: 'restore-mode',
    kind: 'class',
    old: '`RestoreMode`',
    removedIn: '2.0',
    replacement: '`RecoveryClaimMode`，配置项 `execution.state-recovery.claim-mode`',
    names: ['RestoreMode'],
    replacementNames: ['RecoveryClaimMode', 'claim-mode'],
    source: RN_2_0,
  },
  {
    id: 'restart-strategies',
    kind: 'class',
    old: '`RestartStrategies` / `env.setRestartStrategy(...)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '配置 `restart-strategy.type`（`fixed-delay` / `failure-rate` / `exponential-delay` 或 `none`；1.19 起默认 `exponential-delay`）',
    names: ['RestartStrategies', 'setRestartStrategy'],
    replacementNames: ['restart-strategy.type'],
    source: RN_2_0,
  },
  {
    id: 'parameter-tool-package',
    kind: 'class',
    old: '`org.apache.flink.api.java.utils.ParameterTool`',
    removedIn: '2.0',
    replacement: '`org.apache.flink.util.ParameterTool`（类名不变，换包）',
    names: ['org.apache.flink.api.java.utils.ParameterTool'],
    replacementNames: ['org.apache.flink.util.ParameterTool'],
    source: RN_2_0,
  },
  {
    id: 'simple-string-schema-package',
    kind: 'class',
    old: '`org.apache.flink.streaming.util.serialization.SimpleStringSchema`',
    removedIn: '2.0',
    replacement: '`org.apache.flink.api.common.serialization.SimpleStringSchema`（类名不变，换包）',
    names: ['org.apache.flink.streaming.util.serialization.SimpleStringSchema'],
    replacementNames: ['org.apache.flink.api.common.serialization'],
    usage: [/org\.apache\.flink\.streaming\.util\.serialization\./],
    source: RN_2_0,
  },
  {
    id: 'flink-kafka-consumer',
    kind: 'class',
    old: '`FlinkKafkaConsumer` / `FlinkKafkaProducer`',
    removedIn: 'Kafka 连接器 4.0',
    replacement: '`KafkaSource` 与 `KafkaSink`（Kafka 连接器 4.0 起只有它们，对应 Flink 2.x）',
    names: ['FlinkKafkaConsumer', 'FlinkKafkaProducer'],
    replacementNames: ['KafkaSource', 'KafkaSink'],
    source: {
      title: 'FLINK-36832：Kafka 连接器移除已弃用的类',
      url: 'https://issues.apache.org/jira/browse/FLINK-36832',
    },
  },
  // ---- 方法 ----
  {
    id: 'time-window',
    kind: 'method',
    old: '`KeyedStream#timeWindow(...)` / `timeWindowAll(...)`',
    deprecatedIn: '1.12',
    removedIn: '2.0',
    replacement:
      '`window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))`，或处理时间的 `TumblingProcessingTimeWindows`',
    names: ['timeWindow', 'timeWindowAll'],
    replacementNames: ['TumblingEventTimeWindows', 'TumblingProcessingTimeWindows'],
    usage: [/\.timeWindow(All)?\(/],
    source: RN_2_0,
  },
  {
    id: 'time-parameters',
    kind: 'method',
    old: '接收 `Time` 的重载：`allowedLateness(Time)` / `between(Time, Time)` / `withGap(Time)` / `StateTtlConfig.newBuilder(Time)` 等',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '同名方法的 `Duration` 版本，如 `allowedLateness(Duration.ofMinutes(1))` / `StateTtlConfig.newBuilder(Duration.ofHours(24))`',
    names: ['allowedLateness(Time', 'newBuilder(Time'],
    replacementNames: ['Duration'],
    usage: [/\b(allowedLateness|between|withGap|newBuilder|setTtl|of)\(\s*Time\b/],
    source: RN_2_0,
  },
  {
    id: 'key-by-position',
    kind: 'method',
    old: '`keyBy(0)` / `keyBy("field")`（按位置或字段名分组）',
    removedIn: '2.0',
    replacement: '`keyBy(KeySelector)`，如 `keyBy(event -> event.userId)`',
    names: ['keyBy(0)', 'keyBy(int'],
    replacementNames: ['KeySelector', 'keyBy(event ->'],
    usage: [/\.keyBy\(\s*(\d|")/],
    source: RN_2_0,
  },
  {
    id: 'runtime-context-task-info',
    kind: 'method',
    old: '`getRuntimeContext().getIndexOfThisSubtask()` / `getNumberOfParallelSubtasks()` / `getAttemptNumber()`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`getRuntimeContext().getTaskInfo().getIndexOfThisSubtask()` 等，这些信息都移到了 `TaskInfo`',
    names: ['getIndexOfThisSubtask', 'getNumberOfParallelSubtasks'],
    replacementNames: ['getTaskInfo'],
    usage: [
      /getRuntimeContext\(\)\s*\.\s*(getIndexOfThisSubtask|getNumberOfParallelSubtasks|getMaxNumberOfParallelSubtasks|getAttemptNumber|getTaskName)\(/,
    ],
    source: RN_2_0,
  },
  {
    id: 'open-configuration',
    kind: 'method',
    old: '`RichFunction#open(Configuration)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`open(OpenContext openContext)`',
    names: ['open(Configuration'],
    replacementNames: ['OpenContext'],
    usage: [/\bopen\(\s*(final\s+)?Configuration\b/],
    source: RN_2_0,
    note: '/docs/source-analysis/metrics',
  },
  {
    id: 'set-state-backend',
    kind: 'method',
    old: '`env.setStateBackend(...)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '在 `Configuration` 或 `config.yaml` 中设置 `state.backend.type`（`hashmap` / `rocksdb` 或 `forst`）',
    names: ['setStateBackend'],
    replacementNames: ['state.backend.type'],
    usage: [/\.setStateBackend\(/],
    source: RN_2_0,
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'set-checkpoint-storage',
    kind: 'method',
    old: '`CheckpointConfig#setCheckpointStorage(...)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '配置 `execution.checkpointing.storage` 与 `execution.checkpointing.dir`（`CheckpointingOptions.CHECKPOINT_STORAGE` / `CHECKPOINTS_DIRECTORY`）',
    names: ['setCheckpointStorage'],
    replacementNames: ['execution.checkpointing.dir', 'CHECKPOINTS_DIRECTORY'],
    usage: [/\.setCheckpointStorage\(/],
    source: RN_2_0,
  },
  {
    id: 'set-alignment-timeout',
    kind: 'method',
    old: '`CheckpointConfig#setAlignmentTimeout(...)`',
    removedIn: '2.0',
    replacement: '配置 `execution.checkpointing.aligned-checkpoint-timeout`',
    names: ['setAlignmentTimeout'],
    replacementNames: ['aligned-checkpoint-timeout'],
    usage: [/\.setAlignmentTimeout\(/],
    source: RN_2_0,
  },
  {
    id: 'file-read-write-methods',
    kind: 'method',
    old: '`readTextFile(...)` / `readFileStream(...)` / `writeAsText(...)` / `writeAsCsv(...)`',
    removedIn: '2.0',
    replacement: '读用 `FileSource` 加 `fromSource`，写用 `FileSink` 加 `sinkTo`；`print()` 仍可用',
    names: ['readTextFile', 'readFileStream', 'writeAsText', 'writeAsCsv'],
    replacementNames: ['FileSource', 'FileSink'],
    usage: [/\.(readTextFile|readFileStream|writeAsText|writeAsCsv)\(/],
    source: RN_2_0,
  },
  {
    id: 'iterate',
    kind: 'method',
    old: '`DataStream#iterate()`',
    removedIn: '2.0',
    replacement: 'DataStream 中没有直接替代；需要迭代计算时在作业外部或用 Table API 重新设计',
    names: ['iterate()'],
    replacementNames: ['没有直接替代'],
    usage: [/\.iterate\(/],
    source: RN_2_0,
  },
  {
    id: 'kryo-registration',
    kind: 'method',
    old: '`addDefaultKryoSerializer(...)` / `registerTypeWithKryoSerializer(...)` / `registerKryoType(...)` / `registerPojoType(...)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '配置 `pipeline.serialization-config`（以及 `pipeline.force-kryo` / `pipeline.generic-types` 等）；2.0 同时把 Kryo 升级到 5.6',
    names: ['addDefaultKryoSerializer', 'registerTypeWithKryoSerializer', 'registerKryoType', 'registerPojoType'],
    replacementNames: ['pipeline.serialization-config'],
    source: RN_2_0,
  },
  // ---- 配置项 ----
  {
    id: 'old-memory-keys',
    kind: 'config',
    old: '`taskmanager.heap.size` / `jobmanager.heap.size` / `taskmanager.network.memory.fraction` 等旧内存配置',
    removedIn: '2.0',
    replacement:
      '1.10 起的内存模型：`taskmanager.memory.process.size` / `taskmanager.memory.flink.size` / `jobmanager.memory.process.size` / `taskmanager.memory.network.fraction` 等',
    names: [
      'taskmanager.heap.size',
      'taskmanager.heap.mb',
      'jobmanager.heap.size',
      'jobmanager.heap.mb',
      'taskmanager.network.memory.fraction',
      'taskmanager.network.memory.min',
      'taskmanager.network.memory.max',
      'taskmanager.network.numberOfBuffers',
    ],
    replacementNames: ['taskmanager.memory.process.size', 'taskmanager.memory.flink.size'],
    source: RN_2_0,
    note: '/docs/blogs/memory-management',
  },
  {
    id: 'reporter-class',
    kind: 'config',
    old: '`metrics.reporter.<name>.class`（按类名反射加载 Reporter）',
    deprecatedIn: '1.16',
    removedIn: '1.17',
    replacement: '`metrics.reporter.<name>.factory.class`，指定 Reporter 的工厂类',
    names: ['metrics.reporter.<name>.class'],
    replacementNames: ['factory.class'],
    usage: [/metrics\.reporter\.[^.\s]+\.class\b/],
    source: {
      title: 'FLINK-24235：不再支持按类名配置 Reporter（1.17）',
      url: 'https://issues.apache.org/jira/browse/FLINK-24235',
    },
    note: '/docs/source-analysis/metrics',
  },
  {
    id: 'state-backend-async',
    kind: 'config',
    old: '`state.backend.async`',
    deprecatedIn: '1.13',
    removedIn: '2.0',
    replacement: '无需配置：快照总是异步的',
    names: ['state.backend.async'],
    replacementNames: ['总是异步'],
    source: RN_2_0,
  },
  {
    id: 'state-backend-local-recovery',
    kind: 'config',
    old: '`state.backend.local-recovery`',
    removedIn: '2.0',
    replacement: '`execution.state-recovery.from-local`（默认 `false`）',
    names: ['state.backend.local-recovery'],
    replacementNames: ['execution.state-recovery.from-local'],
    source: RN_2_0,
  },
  {
    id: 'state-backend-key',
    kind: 'config',
    old: '`state.backend`',
    replacement: '`state.backend.type`（默认 `hashmap`）',
    names: ['state.backend'],
    replacementNames: ['state.backend.type'],
    source: {
      title: 'StateBackendOptions.java：state.backend.type 及其弃用的旧键',
      url: 'https://github.com/apache/flink/blob/1a0227f86d34f43d414f9f48e3e0cb7d7124dbcf/flink-core/src/main/java/org/apache/flink/configuration/StateBackendOptions.java',
    },
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'state-backend-incremental',
    kind: 'config',
    old: '`state.backend.incremental`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.incremental`（默认 `false`，要增量检查点必须显式打开）',
    names: ['state.backend.incremental'],
    replacementNames: ['execution.checkpointing.incremental'],
    source: CHECKPOINT_KEYS_1_20,
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'state-checkpoints-dir',
    kind: 'config',
    old: '`state.checkpoints.dir`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.dir`',
    names: ['state.checkpoints.dir'],
    replacementNames: ['execution.checkpointing.dir'],
    source: CHECKPOINT_KEYS_1_20,
  },
  {
    id: 'state-savepoints-dir',
    kind: 'config',
    old: '`state.savepoints.dir`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.savepoint-dir`',
    names: ['state.savepoints.dir'],
    replacementNames: ['execution.checkpointing.savepoint-dir'],
    source: CHECKPOINT_KEYS_1_20,
  },
  {
    id: 'state-checkpoint-storage',
    kind: 'config',
    old: '`state.checkpoint-storage`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.storage`',
    names: ['state.checkpoint-storage'],
    replacementNames: ['execution.checkpointing.storage'],
    source: CHECKPOINT_KEYS_1_20,
  },
  {
    id: 'state-checkpoints-num-retained',
    kind: 'config',
    old: '`state.checkpoints.num-retained`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.num-retained`',
    names: ['state.checkpoints.num-retained'],
    replacementNames: ['execution.checkpointing.num-retained'],
    source: CHECKPOINT_KEYS_1_20,
  },
  {
    id: 'unaligned-key',
    kind: 'config',
    old: '`execution.checkpointing.unaligned` / `execution.checkpointing.alignment-timeout`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.unaligned.enabled` / `execution.checkpointing.aligned-checkpoint-timeout`',
    names: ['execution.checkpointing.unaligned', 'execution.checkpointing.alignment-timeout'],
    replacementNames: ['execution.checkpointing.unaligned.enabled', 'aligned-checkpoint-timeout'],
    usage: [/execution\.checkpointing\.unaligned['"]?\s*[:=]/, /execution\.checkpointing\.alignment-timeout/],
    source: CHECKPOINT_KEYS_1_20,
    note: '/docs/source-analysis/checkpoint-principles',
  },
  // ---- 部署与配置文件 ----
  {
    id: 'flink-conf-yaml',
    kind: 'deployment',
    old: '`flink-conf.yaml`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`config.yaml`（标准 YAML 语法，1.19 起为默认配置文件；官方提供迁移脚本）',
    names: ['flink-conf.yaml'],
    replacementNames: ['config.yaml'],
    source: RN_1_19,
  },
  {
    id: 'per-job-mode',
    kind: 'deployment',
    old: 'per-job 部署模式（如 `-t yarn-per-job`）',
    removedIn: '2.0',
    replacement: 'Application 模式',
    names: ['per-job', 'yarn-per-job'],
    replacementNames: ['Application 模式', 'Application'],
    source: RN_2_0,
  },
];
