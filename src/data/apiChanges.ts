/**
 * What 2.x removed, renamed or deprecated that 1.x code, config and tutorials
 * still use, one entry each, with its replacement and the source that says
 * so. One list, several uses:
 * - the migration checker (/migrate) reports readers' code that uses an
 *   entry, as "breaks on 2.x" (`removedIn`) or as a warning (still works on
 *   the latest release, deprecated);
 * - the docs rules fail when a note's code block uses an entry, unless the
 *   block is marked as the old way (```java title="…" legacy), and when a
 *   page names one in prose without naming its replacement;
 * - the table on /docs/learning-sites/flink-2-changes is rendered from it
 *   (<ApiChangesTable />), one row and anchor per entry;
 * - search treats each old name as an alias of its replacement.
 * Checker and docs rules match code with the same module,
 * src/migrate/findApiUses.ts.
 *
 * Rules for an entry:
 * - `id` is the row's anchor (lower-case kebab-case, never renamed);
 * - `removedIn` only when the latest release no longer has it (read its
 *   source, not a blog): a deprecated class or key that still exists must
 *   never be reported as broken. Without `removedIn` the entry is a warning;
 * - `old` and `replacement` are what readers see (`backticks` become code);
 * - `names` are the identifiers or keys as user code and articles write
 *   them; `usage` overrides how code is searched when a name alone would
 *   match too much (e.g. `Time`); `unless` skips a file that shows it already
 *   uses the 2.x form of a moved class;
 * - `example` is a short 2.x replacement the checker shows;
 * - `source` is where the change is documented, pinned to a commit;
 * - config entries group keys for the table; each key's status must agree
 *   with src/data/flinkConfig.generated.ts (read from Flink's option
 *   classes), which a unit test checks.
 * The sources were re-read against the release-2.3 branch in December 2026:
 * reviews/2026-12-api-changes.md records what changed and why.
 */
export type ApiKind = 'api' | 'class' | 'method' | 'config' | 'deployment';

export interface ApiChange {
  id: string;
  kind: ApiKind;
  /** The old way, as 1.x tutorials write it. */
  old: string;
  deprecatedIn?: string;
  /** The Flink release that removed it; absent when it still works on the latest release, deprecated. */
  removedIn?: string;
  /** When a connector's own release removed it, that release (shown instead of the Flink version). */
  removedWith?: string;
  /** The status as shown, when the old way is neither removed nor marked deprecated. */
  statusLabel?: string;
  /** The way that works on Flink 2.x. */
  replacement: string;
  /** A few lines of the 2.x way, for the migration checker. */
  example?: {lang: 'java' | 'yaml' | 'sql' | 'bash'; code: string};
  names: string[];
  /** Names of the replacement: a page that names the old API must name one of these too. */
  replacementNames: string[];
  usage?: RegExp[];
  /** Skip a file that matches one of these (it already uses the moved class, or shows the new form). */
  unless?: RegExp[];
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

/** Whether the old way fails on the latest release (removed) or still works there with a deprecation warning. */
export const isRemoved = (change: ApiChange) => change.removedIn !== undefined;

/** "1.13 弃用，2.0 移除", or "1.20 起弃用，2.x 仍可用" for an old name that still works. */
export function changeStatus(change: ApiChange): string {
  if (change.statusLabel) return change.statusLabel;
  const deprecated = change.deprecatedIn ? `${change.deprecatedIn} 弃用` : '';
  if (change.removedIn) {
    return [deprecated, `${change.removedWith ?? change.removedIn} 移除`].filter(Boolean).join('，');
  }
  return change.deprecatedIn ? `${change.deprecatedIn} 起弃用，2.x 仍可用` : '已弃用，2.x 仍可用';
}

// Release notes and sources, pinned to the release-2.3 branch of apache/flink
// that was read (commit f3953d2a), unless an entry needs another commit.
const FLINK_2_3 = 'f3953d2a141929a5266593fa8071a273c3808209';
const flinkFile = (path: string, title: string, commit = FLINK_2_3) => ({
  title,
  url: `https://github.com/apache/flink/blob/${commit}/${path}`,
});
const RN = (version: string) =>
  flinkFile(`docs/content/release-notes/flink-${version}.md`, `Flink ${version} 发布说明`);
const RN_2_0 = RN('2.0');
const RN_1_12 = RN('1.12');
const RN_1_19 = RN('1.19');
const CHECKPOINTING_OPTIONS = flinkFile(
  'flink-core/src/main/java/org/apache/flink/configuration/CheckpointingOptions.java',
  'CheckpointingOptions.java（2.3）：新键名及其弃用的旧键名',
);

// The RocksDB classes 2.0 still ships in the old package, as deprecated
// subclasses of the moved ones (flink-statebackend-rocksdb, release-2.3).
const ROCKSDB_KEPT =
  'EmbeddedRocksDBStateBackend|EmbeddedRocksDBStateBackendFactory|RocksDBOptionsFactory|ConfigurableRocksDBOptionsFactory|RocksDBConfigurableOptions|RocksDBOptions|RocksDBNativeMetricOptions';

export const apiChanges: ApiChange[] = [
  // ---- 整套 API ----
  {
    id: 'dataset-api',
    kind: 'api',
    old: 'DataSet API (`ExecutionEnvironment` / `DataSet`)',
    deprecatedIn: '1.18',
    removedIn: '2.0',
    replacement: 'DataStream API 的批执行模式，或 Table API / SQL',
    example: {
      lang: 'java',
      code: 'StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();\nenv.setRuntimeMode(RuntimeExecutionMode.BATCH);',
    },
    names: ['DataSet API'],
    replacementNames: ['DataStream', 'Table API'],
    usage: [
      /org\.apache\.flink\.api\.java\.(ExecutionEnvironment|DataSet|operators\.)\b/,
      /(?<![\w.])ExecutionEnvironment\.getExecutionEnvironment\(/,
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
    source: RN_2_0,
  },
  {
    id: 'source-function',
    kind: 'api',
    old: '`SourceFunction` / `RichSourceFunction` / `RichParallelSourceFunction`（包 `org.apache.flink.streaming.api.functions.source`）',
    deprecatedIn: '1.18',
    removedIn: '2.0',
    replacement:
      'FLIP-27 的 `Source`（如 `KafkaSource`、`FileSource`、`DataGeneratorSource`），用 `env.fromSource(source, watermarkStrategy, name)` 接入',
    example: {
      lang: 'java',
      code: 'DataStream<String> lines = env.fromSource(\n    FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path("/data/in")).build(),\n    WatermarkStrategy.noWatermarks(),\n    "file-source");',
    },
    names: ['SourceFunction', 'RichSourceFunction', 'RichParallelSourceFunction', 'ParallelSourceFunction'],
    replacementNames: ['fromSource', 'FLIP-27'],
    usage: [
      /org\.apache\.flink\.streaming\.api\.functions\.source\.(Rich)?(Parallel)?SourceFunction\b/,
      /\b(extends|implements)\s+(Rich)?(Parallel)?SourceFunction\b/,
    ],
    // 2.x keeps these interfaces for its own legacy sources, in an internal package.
    unless: [/functions\.source\.legacy\./],
    source: RN_2_0,
  },
  {
    id: 'add-source',
    kind: 'method',
    old: '`env.addSource(...)`',
    deprecatedIn: '1.18',
    replacement:
      '`env.fromSource(source, watermarkStrategy, name)`。2.3 仍保留 `addSource`，但它只接受已移到内部 `legacy` 包的 `SourceFunction`，2.0 发布说明要求不要再用',
    example: {
      lang: 'java',
      code: 'KafkaSource<String> source = KafkaSource.<String>builder()\n    .setBootstrapServers("broker:9092")\n    .setTopics("events")\n    .setValueOnlyDeserializer(new SimpleStringSchema())\n    .build();\nDataStream<String> events = env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka");',
    },
    names: ['addSource'],
    replacementNames: ['fromSource'],
    usage: [/\.addSource\(/],
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.java',
      'StreamExecutionEnvironment.java（2.3）：addSource 标为 @Deprecated，改用 fromSource',
    ),
  },
  {
    id: 'sink-function',
    kind: 'api',
    old: '`SinkFunction` / `RichSinkFunction` / `TwoPhaseCommitSinkFunction`（包 `org.apache.flink.streaming.api.functions.sink`）',
    deprecatedIn: '1.20',
    removedIn: '2.0',
    replacement:
      'Sink V2（`org.apache.flink.api.connector.sink2.Sink`），用 `stream.sinkTo(sink)` 接入；两阶段提交用 `SupportsCommitter`',
    example: {
      lang: 'java',
      code: 'stream.sinkTo(\n    FileSink.forRowFormat(new Path("/data/out"), new SimpleStringEncoder<String>()).build());',
    },
    names: ['SinkFunction', 'RichSinkFunction', 'TwoPhaseCommitSinkFunction'],
    replacementNames: ['sinkTo', 'Sink V2'],
    usage: [
      /org\.apache\.flink\.streaming\.api\.functions\.sink\.(Rich|TwoPhaseCommit)?SinkFunction\b/,
      /\b(extends|implements)\s+(Rich|TwoPhaseCommit)?SinkFunction\b/,
    ],
    unless: [/functions\.sink\.legacy\./],
    source: RN_2_0,
  },
  {
    id: 'add-sink',
    kind: 'method',
    old: '`stream.addSink(...)`',
    statusLabel: '2.x 仍在，但只接受内部的旧接口',
    replacement:
      '`stream.sinkTo(sink)`，传入 Sink V2。2.3 仍保留 `addSink`，但它只接受已移到内部 `legacy` 包的 `SinkFunction`，连接器的 2.x 版本也不再提供这类 Sink',
    example: {
      lang: 'java',
      code: 'KafkaSink<String> sink = KafkaSink.<String>builder()\n    .setBootstrapServers("broker:9092")\n    .setRecordSerializer(KafkaRecordSerializationSchema.builder()\n        .setTopic("out")\n        .setValueSerializationSchema(new SimpleStringSchema())\n        .build())\n    .build();\nstream.sinkTo(sink);',
    },
    names: ['addSink'],
    replacementNames: ['sinkTo'],
    usage: [/\.addSink\(/],
    source: RN_2_0,
  },
  {
    id: 'sink-v1',
    kind: 'api',
    old: '1.x 的 Sink V1 接口：`org.apache.flink.api.connector.sink.Sink` / `SinkWriter` / `Committer` / `GlobalCommitter`',
    removedIn: '2.0',
    replacement: '2.x 的 Sink V2 接口：`org.apache.flink.api.connector.sink2.*`',
    names: ['Sink V1'],
    replacementNames: ['Sink V2', 'sink2'],
    usage: [/org\.apache\.flink\.api\.connector\.sink\.(Sink|SinkWriter|Committer|GlobalCommitter)\b/],
    source: RN_2_0,
  },
  {
    id: 'sink2-stateful-two-phase',
    kind: 'class',
    old: '`StatefulSink` / `TwoPhaseCommittingSink`（Sink V2 在 1.x 的接口）',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`Sink` 加混入接口 `SupportsWriterState`（有状态的 Writer）与 `SupportsCommitter`（两阶段提交）',
    names: ['StatefulSink', 'TwoPhaseCommittingSink'],
    replacementNames: ['SupportsWriterState', 'SupportsCommitter'],
    source: RN_2_0,
    note: '/docs/blogs/end-to-end-exactly-once',
  },
  {
    id: 'legacy-table-source-sink',
    kind: 'api',
    old: '旧的 `TableSource` / `TableSink`（`StreamTableSource`、`AppendStreamTableSink` 等）及其 `TableSourceFactory` / `TableSinkFactory`',
    removedIn: '2.0',
    replacement: '`DynamicTableSource` / `DynamicTableSink` 与 `DynamicTableSourceFactory` / `DynamicTableSinkFactory`',
    names: [
      'TableSource',
      'TableSink',
      'StreamTableSource',
      'AppendStreamTableSink',
      'RetractStreamTableSink',
      'UpsertStreamTableSink',
    ],
    replacementNames: ['DynamicTableSource', 'DynamicTableSink'],
    usage: [
      /org\.apache\.flink\.table\.(sources|sinks)\.\w+/,
      /org\.apache\.flink\.table\.factories\.(Stream)?Table(Source|Sink)Factory\b/,
    ],
    source: RN_2_0,
  },
  {
    id: 'table-schema',
    kind: 'class',
    old: '`org.apache.flink.table.api` 包里的 `TableSchema` / `TableColumn`',
    removedIn: '2.0',
    replacement: '`org.apache.flink.table.api.Schema` 与 `org.apache.flink.table.catalog.Column`',
    names: ['TableSchema', 'TableColumn'],
    replacementNames: ['Schema', 'Column'],
    usage: [/org\.apache\.flink\.table\.api\.Table(Schema|Column)\b/, /\bTableSchema\.builder\(/],
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
    example: {
      lang: 'yaml',
      code: 'state.backend.type: hashmap\nexecution.checkpointing.storage: filesystem\nexecution.checkpointing.dir: hdfs:///flink/checkpoints',
    },
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
    example: {
      lang: 'yaml',
      code: 'state.backend.type: rocksdb\nexecution.checkpointing.incremental: true\nexecution.checkpointing.dir: hdfs:///flink/checkpoints',
    },
    names: ['RocksDBStateBackend'],
    replacementNames: ['EmbeddedRocksDBStateBackend', 'state.backend.type'],
    source: {
      title: 'FLINK-36323：移除已弃用的 FsStateBackend 与 RocksDBStateBackend（apache/flink 提交 36c3d778）',
      url: 'https://github.com/apache/flink/commit/36c3d778b4570e5445fcfe1d33ea79554a5011f1',
    },
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'rocksdb-package',
    kind: 'class',
    old: 'RocksDB 相关类的旧包 `org.apache.flink.contrib.streaming.state`（如 `PredefinedOptions`）',
    removedIn: '2.0',
    replacement:
      '包名改为 `org.apache.flink.state.rocksdb`（如 `org.apache.flink.state.rocksdb.PredefinedOptions`）；旧包只留下少数弃用的类，见下一行',
    names: ['org.apache.flink.contrib.streaming.state'],
    replacementNames: ['org.apache.flink.state.rocksdb'],
    usage: [new RegExp(`org\\.apache\\.flink\\.contrib\\.streaming\\.state\\.(?!(?:${ROCKSDB_KEPT})\\b)[A-Z]\\w*`)],
    source: flinkFile(
      'flink-state-backends/flink-statebackend-rocksdb/src/main/java/org/apache/flink/state/rocksdb/EmbeddedRocksDBStateBackend.java',
      'flink-statebackend-rocksdb（2.3）：RocksDB 的类在 org.apache.flink.state.rocksdb 包中',
    ),
  },
  {
    id: 'rocksdb-package-kept',
    kind: 'class',
    old: '旧包中的 `org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend`、`RocksDBOptionsFactory`、`RocksDBConfigurableOptions` 等',
    deprecatedIn: '2.0',
    replacement: '同名类在 `org.apache.flink.state.rocksdb` 包中；旧包里的这几个类在 2.x 仍可用，但已弃用',
    names: ['org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend'],
    replacementNames: ['org.apache.flink.state.rocksdb'],
    usage: [new RegExp(`org\\.apache\\.flink\\.contrib\\.streaming\\.state\\.(?:${ROCKSDB_KEPT})\\b`)],
    source: flinkFile(
      'flink-state-backends/flink-statebackend-rocksdb/src/main/java/org/apache/flink/contrib/streaming/state/EmbeddedRocksDBStateBackend.java',
      'contrib/streaming/state/EmbeddedRocksDBStateBackend.java（2.3）：旧包中保留的弃用子类',
    ),
    note: '/docs/blogs/state-backends',
  },
  {
    id: 'streaming-file-sink',
    kind: 'class',
    old: '`StreamingFileSink`',
    deprecatedIn: '1.16',
    removedIn: '2.0',
    replacement: '`org.apache.flink.connector.file.sink.FileSink`，用 `stream.sinkTo(sink)` 接入',
    example: {
      lang: 'java',
      code: 'FileSink<String> sink = FileSink\n    .forRowFormat(new Path("/data/out"), new SimpleStringEncoder<String>("UTF-8"))\n    .build();\nstream.sinkTo(sink);',
    },
    names: ['StreamingFileSink'],
    replacementNames: ['FileSink'],
    unless: [/sink\.filesystem\.legacy\.StreamingFileSink/],
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
    example: {
      lang: 'java',
      code: 'stream.keyBy(e -> e.userId)\n    .window(TumblingEventTimeWindows.of(Duration.ofSeconds(5)))',
    },
    names: ['org.apache.flink.streaming.api.windowing.time.Time', 'org.apache.flink.api.common.time.Time'],
    replacementNames: ['Duration'],
    usage: [
      /(?<![\w.])Time\.(milliseconds|seconds|minutes|hours|days|of)\(/,
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
    source: RN_1_12,
  },
  {
    id: 'periodic-watermark-assigners',
    kind: 'method',
    old: '`AssignerWithPeriodicWatermarks` / `AssignerWithPunctuatedWatermarks`，以及旧位置的 `org.apache.flink.streaming.api.functions.AscendingTimestampExtractor`',
    removedIn: '2.0',
    replacement:
      '`WatermarkStrategy`，如 `WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(5))`，数据源最好在 `fromSource` 时就给出。`functions.timestamps` 包里的 `BoundedOutOfOrdernessTimestampExtractor` 与 `AscendingTimestampExtractor` 在 2.3 仍在，构造参数改为 `Duration`',
    example: {
      lang: 'java',
      code: 'WatermarkStrategy<Event> strategy = WatermarkStrategy\n    .<Event>forBoundedOutOfOrderness(Duration.ofSeconds(5))\n    .withTimestampAssigner((event, ts) -> event.timestamp);',
    },
    names: ['AssignerWithPeriodicWatermarks', 'AssignerWithPunctuatedWatermarks'],
    replacementNames: ['WatermarkStrategy'],
    usage: [
      /\bAssignerWith(Periodic|Punctuated)Watermarks\b/,
      /org\.apache\.flink\.streaming\.api\.functions\.AscendingTimestampExtractor\b/,
    ],
    source: RN_2_0,
    note: '/docs/blogs/event-time-watermarks',
  },
  {
    id: 'execution-checkpointing-options',
    kind: 'class',
    old: '`ExecutionCheckpointingOptions`',
    deprecatedIn: '1.20',
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
    example: {lang: 'yaml', code: 'execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION'},
    names: ['ExternalizedCheckpointCleanup', 'enableExternalizedCheckpoints', 'setExternalizedCheckpointCleanup'],
    replacementNames: ['ExternalizedCheckpointRetention', 'externalized-checkpoint-retention'],
    source: RN_2_0,
    note: '/docs/blogs/savepoints-and-upgrades',
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
      '配置 `restart-strategy.type`（`fixed-delay` / `failure-rate` / `exponential-delay` 或 `none`；开启检查点而未配置时默认 `exponential-delay`）',
    example: {
      lang: 'yaml',
      code: 'restart-strategy.type: fixed-delay\nrestart-strategy.fixed-delay.attempts: 3\nrestart-strategy.fixed-delay.delay: 10 s',
    },
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
    usage: [/org\.apache\.flink\.api\.java\.utils\.(Multiple)?ParameterTool\b/],
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
    usage: [/org\.apache\.flink\.streaming\.util\.serialization\.\w+/],
    source: RN_2_0,
  },
  {
    id: 'flink-kafka-consumer',
    kind: 'class',
    old: '`FlinkKafkaConsumer` / `FlinkKafkaProducer`',
    removedIn: '2.0',
    removedWith: 'Kafka 连接器 4.0（第一个支持 Flink 2.x 的版本）',
    replacement: '`KafkaSource` 与 `KafkaSink`（Kafka 连接器 4.0 起只有它们）',
    example: {
      lang: 'java',
      code: 'KafkaSource<String> source = KafkaSource.<String>builder()\n    .setBootstrapServers("broker:9092")\n    .setTopics("events")\n    .setGroupId("my-group")\n    .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))\n    .setValueOnlyDeserializer(new SimpleStringSchema())\n    .build();',
    },
    names: ['FlinkKafkaConsumer', 'FlinkKafkaProducer'],
    replacementNames: ['KafkaSource', 'KafkaSink'],
    usage: [/\bFlinkKafka(Consumer|Producer)(Base)?\b/],
    source: {
      title: 'FLINK-36848：Kafka 连接器移除已弃用的类（apache/flink-connector-kafka 提交 2fdb66d5，4.0.0 起生效）',
      url: 'https://github.com/apache/flink-connector-kafka/commit/2fdb66d5886e97bedcf30d77a485393a6eb53c04',
    },
    note: '/docs/blogs/end-to-end-exactly-once',
  },
  {
    id: 'flink-kafka-versioned',
    kind: 'class',
    old: '按 Kafka 版本命名的旧类：`FlinkKafkaConsumer011` / `FlinkKafkaProducer011` / `FlinkKafkaConsumer010` / `FlinkKafkaConsumer09` 等',
    removedIn: '1.12',
    replacement:
      '通用 Kafka 连接器的 `KafkaSource` 与 `KafkaSink`（0.8、0.9 的连接器在 1.11 移除，0.10、0.11 的在 1.12 移除）',
    names: [
      'FlinkKafkaConsumer011',
      'FlinkKafkaProducer011',
      'FlinkKafkaConsumer010',
      'FlinkKafkaProducer010',
      'FlinkKafkaConsumer09',
    ],
    replacementNames: ['KafkaSource', 'KafkaSink'],
    usage: [/\bFlinkKafka(Consumer|Producer)0\d+\b/],
    source: RN_1_12,
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
    example: {
      lang: 'java',
      code: 'stream.keyBy(e -> e.itemId)\n    .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))\n    .aggregate(new CountAgg());',
    },
    names: ['timeWindow', 'timeWindowAll'],
    replacementNames: ['TumblingEventTimeWindows', 'TumblingProcessingTimeWindows'],
    usage: [/\.timeWindow(All)?\(/],
    source: RN_1_12,
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
    example: {lang: 'java', code: 'KeyedStream<Event, String> byUser = events.keyBy(event -> event.userId);'},
    names: ['keyBy(0)', 'keyBy(int'],
    replacementNames: ['KeySelector', 'keyBy(event ->'],
    usage: [/\.keyBy\(\s*(\d+|"[^"]*")\s*\)/],
    source: RN_2_0,
  },
  {
    id: 'connected-key-by-position',
    kind: 'method',
    old: '两个参数的 `keyBy(0, 1)` / `keyBy("a", "b")`',
    replacement:
      '`keyBy(KeySelector, KeySelector)`。在 `ConnectedStreams` 上，这两个参数的写法 2.3 仍可用但已弃用；在 `DataStream` 上，按多个位置分组的 `keyBy(int...)` 已在 2.0 移除',
    example: {
      lang: 'java',
      code: 'orders.connect(payments)\n    .keyBy(order -> order.orderId, payment -> payment.orderId)',
    },
    names: ['keyBy(0, 1)'],
    replacementNames: ['KeySelector'],
    usage: [/\.keyBy\(\s*(\d+|"[^"]*")\s*,\s*(\d+|"[^"]*")\s*\)/],
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/streaming/api/datastream/ConnectedStreams.java',
      'ConnectedStreams.java（2.3）：keyBy(int, int) 与 keyBy(String, String) 标为 @Deprecated',
    ),
  },
  {
    id: 'runtime-context-task-info',
    kind: 'method',
    old: '`getRuntimeContext().getIndexOfThisSubtask()` / `getNumberOfParallelSubtasks()` / `getAttemptNumber()`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement: '`getRuntimeContext().getTaskInfo().getIndexOfThisSubtask()` 等，这些信息都移到了 `TaskInfo`',
    example: {lang: 'java', code: 'int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();'},
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
    replacement: '`open(OpenContext openContext)`（不加 `@Override` 的旧签名能编译，但再也不会被调用）',
    example: {
      lang: 'java',
      code: '@Override\npublic void open(OpenContext openContext) {\n    counter = getRuntimeContext().getMetricGroup().counter("events");\n}',
    },
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
    example: {
      lang: 'java',
      code: 'Configuration config = new Configuration();\nconfig.set(StateBackendOptions.STATE_BACKEND, "rocksdb");\nStreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);',
    },
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
    example: {
      lang: 'java',
      code: 'config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");\nconfig.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "hdfs:///flink/checkpoints");',
    },
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
    old: '`ExecutionConfig` 上的 `addDefaultKryoSerializer(...)` / `registerTypeWithKryoSerializer(...)` / `registerKryoType(...)` / `registerPojoType(...)`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '配置 `pipeline.serialization-config`（以及 `pipeline.force-kryo` / `pipeline.generic-types` 等）；2.0 同时把 Kryo 升级到 5.6',
    example: {
      lang: 'yaml',
      code: 'pipeline.serialization-config:\n  - org.example.Event: {type: kryo, kryo-type: registered, class: org.example.EventSerializer}',
    },
    names: ['addDefaultKryoSerializer', 'registerTypeWithKryoSerializer', 'registerKryoType', 'registerPojoType'],
    replacementNames: ['pipeline.serialization-config'],
    usage: [
      /^(?!.*getSerializerConfig\(\)).*\.(addDefaultKryoSerializer|registerTypeWithKryoSerializer|registerKryoType|registerPojoType)\(/m,
    ],
    source: RN_1_19,
  },
  // ---- 配置项 ----
  {
    id: 'old-memory-keys',
    kind: 'config',
    old: '`taskmanager.heap.size` / `jobmanager.heap.size` / `taskmanager.network.numberOfBuffers` 等 1.10 之前的内存配置',
    removedIn: '2.0',
    replacement:
      '1.10 起的内存模型：`taskmanager.memory.process.size`（容器部署）或 `taskmanager.memory.flink.size`（独立集群），`jobmanager.memory.process.size` 或 `jobmanager.memory.heap.size`',
    example: {lang: 'yaml', code: 'taskmanager.memory.process.size: 4096m\njobmanager.memory.process.size: 1600m'},
    names: [
      'taskmanager.heap.size',
      'taskmanager.heap.mb',
      'jobmanager.heap.size',
      'jobmanager.heap.mb',
      'taskmanager.network.numberOfBuffers',
    ],
    replacementNames: ['taskmanager.memory.process.size', 'taskmanager.memory.flink.size'],
    source: RN_2_0,
    note: '/docs/blogs/memory-management',
  },
  {
    id: 'network-memory-keys',
    kind: 'config',
    old: '`taskmanager.network.memory.fraction` / `.min` / `.max`',
    replacement:
      '`taskmanager.memory.network.fraction` / `.min` / `.max`。2.0 发布说明把旧键列为已移除，指的是旧的选项常量；2.3 的 `TaskManagerOptions` 仍把它们当作弃用的旧键名读取',
    names: ['taskmanager.network.memory.fraction', 'taskmanager.network.memory.min', 'taskmanager.network.memory.max'],
    replacementNames: ['taskmanager.memory.network.fraction'],
    source: flinkFile(
      'flink-core/src/main/java/org/apache/flink/configuration/TaskManagerOptions.java',
      'TaskManagerOptions.java（2.3）：taskmanager.memory.network.* 及其弃用的旧键名',
    ),
    note: '/docs/blogs/memory-management',
  },
  {
    id: 'reporter-class',
    kind: 'config',
    old: '`metrics.reporter.<name>.class`（按类名反射加载 Reporter）',
    deprecatedIn: '1.16',
    removedIn: '1.17',
    replacement: '`metrics.reporter.<name>.factory.class`，指定 Reporter 的工厂类',
    example: {
      lang: 'yaml',
      code: 'metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory\nmetrics.reporter.prom.port: 9249',
    },
    names: ['metrics.reporter.<name>.class'],
    replacementNames: ['factory.class'],
    usage: [/metrics\.reporter\.[^.\s]+\.class\b/],
    source: {...RN('1.17'), title: 'Flink 1.17 发布说明：FLINK-24235，不再支持按类名配置 Reporter'},
    note: '/docs/source-analysis/metrics',
  },
  {
    id: 'legacy-state-backend-names',
    kind: 'config',
    old: '状态后端取值 `jobmanager` / `filesystem`（如 `state.backend: filesystem`）',
    deprecatedIn: '1.13',
    removedIn: '2.0',
    replacement:
      '`state.backend.type: hashmap`，检查点存在哪里另由 `execution.checkpointing.storage`（`jobmanager` 或 `filesystem`）决定；2.3 的 `StateBackendLoader` 只认 `hashmap`、`rocksdb`、`forst` 或工厂类名',
    example: {
      lang: 'yaml',
      code: 'state.backend.type: hashmap\nexecution.checkpointing.storage: filesystem\nexecution.checkpointing.dir: hdfs:///flink/checkpoints',
    },
    names: ['state.backend: filesystem', 'state.backend: jobmanager'],
    replacementNames: ['hashmap'],
    usage: [/\bstate\.backend(?:\.type)?['"]?\s*[:=,]\s*['"]?(?:filesystem|jobmanager)\b/i],
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/runtime/state/StateBackendLoader.java',
      'StateBackendLoader.java（2.3）：可用的状态后端名称',
    ),
    note: '/docs/blogs/state-backends',
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
    deprecatedIn: '1.20',
    replacement:
      '`execution.state-recovery.from-local`（默认 `false`）。2.0 发布说明把旧键列为已移除，但 2.3 的 `StateRecoveryOptions` 仍把它当作弃用的旧键名读取',
    names: ['state.backend.local-recovery'],
    replacementNames: ['execution.state-recovery.from-local'],
    source: flinkFile(
      'flink-core/src/main/java/org/apache/flink/configuration/StateRecoveryOptions.java',
      'StateRecoveryOptions.java（2.3）：execution.state-recovery.from-local 及其弃用的旧键名',
    ),
  },
  {
    id: 'state-backend-key',
    kind: 'config',
    old: '`state.backend`',
    deprecatedIn: '1.17',
    replacement: '`state.backend.type`（默认 `hashmap`）',
    names: ['state.backend'],
    replacementNames: ['state.backend.type'],
    source: flinkFile(
      'flink-core/src/main/java/org/apache/flink/configuration/StateBackendOptions.java',
      'StateBackendOptions.java（2.3）：state.backend.type 及其弃用的旧键名',
    ),
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
    source: CHECKPOINTING_OPTIONS,
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
    source: CHECKPOINTING_OPTIONS,
  },
  {
    id: 'state-savepoints-dir',
    kind: 'config',
    old: '`state.savepoints.dir`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.savepoint-dir`',
    names: ['state.savepoints.dir'],
    replacementNames: ['execution.checkpointing.savepoint-dir'],
    source: CHECKPOINTING_OPTIONS,
  },
  {
    id: 'state-checkpoint-storage',
    kind: 'config',
    old: '`state.checkpoint-storage`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.storage`',
    names: ['state.checkpoint-storage'],
    replacementNames: ['execution.checkpointing.storage'],
    source: CHECKPOINTING_OPTIONS,
  },
  {
    id: 'state-checkpoints-num-retained',
    kind: 'config',
    old: '`state.checkpoints.num-retained`',
    deprecatedIn: '1.20',
    replacement: '`execution.checkpointing.num-retained`',
    names: ['state.checkpoints.num-retained'],
    replacementNames: ['execution.checkpointing.num-retained'],
    source: CHECKPOINTING_OPTIONS,
  },
  {
    id: 'unaligned-key',
    kind: 'config',
    old: '`execution.checkpointing.unaligned`',
    deprecatedIn: '1.17',
    replacement: '`execution.checkpointing.unaligned.enabled`',
    names: ['execution.checkpointing.unaligned'],
    replacementNames: ['execution.checkpointing.unaligned.enabled'],
    usage: [/execution\.checkpointing\.unaligned['"]?\s*[:=]/],
    source: CHECKPOINTING_OPTIONS,
    note: '/docs/source-analysis/checkpoint-principles',
  },
  {
    id: 'alignment-timeout-key',
    kind: 'config',
    old: '`execution.checkpointing.alignment-timeout`',
    deprecatedIn: '1.14',
    replacement: '`execution.checkpointing.aligned-checkpoint-timeout`',
    names: ['execution.checkpointing.alignment-timeout'],
    replacementNames: ['aligned-checkpoint-timeout'],
    source: CHECKPOINTING_OPTIONS,
    note: '/docs/source-analysis/checkpoint-principles',
  },
  // ---- 部署与配置文件 ----
  {
    id: 'flink-conf-yaml',
    kind: 'deployment',
    old: '`flink-conf.yaml`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '`config.yaml`（标准 YAML 1.2 语法，1.19 起为默认配置文件；官方提供迁移脚本 `bin/migrate-config-file.sh`）',
    names: ['flink-conf.yaml'],
    replacementNames: ['config.yaml'],
    source: RN_2_0,
  },
  {
    id: 'per-job-mode',
    kind: 'deployment',
    old: 'per-job 部署模式（如 `-t yarn-per-job`）',
    deprecatedIn: '1.15',
    removedIn: '2.0',
    replacement: 'Application 模式（如 `-t yarn-application`）',
    example: {lang: 'bash', code: './bin/flink run -t yarn-application ./my-job.jar'},
    names: ['per-job', 'yarn-per-job'],
    replacementNames: ['Application 模式', 'Application'],
    usage: [/\byarn-per-job\b/, /-m\s+yarn-cluster\b/],
    source: RN_2_0,
  },
];
