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
 * - `ignoredIn` instead of `removedIn` when the latest release still
 *   declares the key or method but no longer acts on it (a setting that is
 *   silently dropped breaks a job as surely as a removed one);
 * - `names` are the identifiers or keys as user code and articles write
 *   them; `usage` overrides how code is searched when a name alone would
 *   match too much (e.g. `Time`); `unless` skips a file that shows it already
 *   uses the 2.x form of a moved class; `python` says how PyFlink code uses
 *   it, where that differs (snake_case names, or classes PyFlink kept);
 * - `example` is a short 2.x replacement the checker shows;
 * - `source` is where the change is documented, pinned to a commit;
 * - config entries group keys for the table; each key's status must agree
 *   with src/data/flinkConfig.generated.ts (read from Flink's option
 *   classes), which a unit test checks.
 * The sources were re-read against the release-2.3 branch in December 2026:
 * reviews/2026-12-api-changes.md records what changed and why.
 */
export type ApiKind = 'api' | 'class' | 'method' | 'config' | 'deployment';

export interface CodeExample {
  lang: 'java' | 'python' | 'yaml' | 'sql' | 'bash';
  code: string;
}

export interface ApiChange {
  id: string;
  kind: ApiKind;
  /** The old way, as 1.x tutorials write it. */
  old: string;
  deprecatedIn?: string;
  /** The Flink release that removed it; absent when it still works on the latest release, deprecated. */
  removedIn?: string;
  /**
   * The release from which Flink still declares it but no longer reads it
   * (at most a warning in the log): it breaks like a removal, silently.
   */
  ignoredIn?: string;
  /** When a connector's own release removed it, that release (shown instead of the Flink version). */
  removedWith?: string;
  /** The status as shown, when neither "removed" nor "still works" describes the old way. */
  statusLabel?: string;
  /** The way that works on Flink 2.x. */
  replacement: string;
  /** A few lines of the 2.x way, for the migration checker. */
  example?: CodeExample;
  names: string[];
  /** Names of the replacement: a page that names the old API must name one of these too. */
  replacementNames: string[];
  usage?: RegExp[];
  /**
   * How PyFlink code uses the old API, where that differs from `usage`:
   * PyFlink names methods in snake_case, and keeps some classes Java removed
   * (its own `pyflink.common.Time`), so `usage: []` says PyFlink still has
   * it. `source` is the record of PyFlink's change, when it has its own;
   * `example` the 2.x way in PyFlink, shown instead of the Java one.
   */
  python?: {usage: RegExp[]; source?: {title: string; url: string}; example?: CodeExample};
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

/** Whether the latest release no longer has the old way (removed). */
export const isRemoved = (change: ApiChange) => change.removedIn !== undefined;

/** Whether the old way fails on the latest release: removed, or still declared but ignored. */
export const breaksOnLatest = (change: ApiChange) => isRemoved(change) || change.ignoredIn !== undefined;

/** "1.13 弃用，2.0 移除", "2.0 弃用，2.0 起不再起作用", or "1.20 起弃用，2.x 仍可用" for an old name that still works. */
export function changeStatus(change: ApiChange): string {
  if (change.statusLabel) return change.statusLabel;
  const deprecated = change.deprecatedIn ? `${change.deprecatedIn} 弃用` : '';
  if (change.removedIn) {
    return [deprecated, `${change.removedWith ?? change.removedIn} 移除`].filter(Boolean).join('，');
  }
  if (change.ignoredIn) return [deprecated, `${change.ignoredIn} 起不再起作用`].filter(Boolean).join('，');
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

// A commit of apache/flink that made the change, for changes no release note records.
const flinkCommit = (sha: string, title: string) => ({title, url: `https://github.com/apache/flink/commit/${sha}`});
const PYFLINK_DEPRECATED_REMOVED = flinkCommit(
  'fc3ace9bd652a8035c3a3d5a1b2cd580f4566a57',
  'FLINK-36307：PyFlink 移除已弃用的 API（apache/flink 提交 fc3ace9b，2.0 起生效）',
);
const BLINK_PLANNER_REMOVED = flinkCommit(
  '92eb824ba1e3ac4a6ee28ab4a68e508766236dab',
  'FLINK-26434：移除 table.planner 配置项与 Blink planner 的选择方法（apache/flink 提交 92eb824b，1.15 起生效）',
);

const JOB_MANAGER_OPTIONS = flinkFile(
  'flink-core/src/main/java/org/apache/flink/configuration/JobManagerOptions.java',
  'JobManagerOptions.java（2.3）：Adaptive 调度器的新键名、弃用的旧键名与不再使用的说明',
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
      // Scala calls it without parentheses.
      /(?<![\w.])ExecutionEnvironment\.getExecutionEnvironment\b/,
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
    python: {
      usage: [/\.add_source\(/],
      source: flinkFile(
        'flink-python/pyflink/datastream/stream_execution_environment.py',
        'PyFlink 2.3 的 stream_execution_environment.py：add_source 仍在，只接受 SourceFunction',
      ),
    },
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
    python: {
      usage: [/\.add_sink\(/],
      source: flinkFile(
        'flink-python/pyflink/datastream/data_stream.py',
        'PyFlink 2.3 的 data_stream.py：add_sink 仍在，sink_to 接收 Sink V2',
      ),
    },
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
  {
    id: 'legacy-connector-options',
    kind: 'api',
    old: "旧的连接器描述：DDL 里的 `'connector.type' = 'kafka'` 一类属性，以及 `tableEnv.connect(new Kafka()...)`",
    removedIn: '1.14',
    replacement:
      "新的连接器选项 `'connector' = 'kafka'`（各选项改名，如 `'topic'`、`'properties.bootstrap.servers'`、`'format' = 'json'`），或 `createTemporaryTable(path, TableDescriptor.forConnector(...))`。Kafka 与 Elasticsearch 的旧描述在 1.14 移除，JDBC 的在 1.15",
    example: {
      lang: 'sql',
      code: "CREATE TABLE user_log (\n  user_id STRING,\n  ts TIMESTAMP(3)\n) WITH (\n  'connector' = 'kafka',\n  'topic' = 'user_behavior',\n  'properties.bootstrap.servers' = 'localhost:9092',\n  'scan.startup.mode' = 'earliest-offset',\n  'format' = 'json'\n);",
    },
    names: ['connector.type'],
    replacementNames: ["'connector' = ", 'TableDescriptor'],
    usage: [/['"]connector\.type['"]\s*=/, /\.connect\(\s*new\s+(?:Kafka|FileSystem|Elasticsearch|HBase)\s*\(/],
    python: {usage: [/['"]connector\.type['"]\s*=/, /\.connect\(\s*(?:Kafka|FileSystem|Elasticsearch|HBase)\s*\(/]},
    source: {
      ...RN('1.14'),
      title: 'Flink 1.14 发布说明：FLINK-23513、FLINK-23063，移除旧的连接器描述与 TableEnvironment#connect',
    },
  },
  {
    id: 'table-env-sql-update',
    kind: 'api',
    old: '`tableEnv.sqlUpdate(...)` / `fromTableSource(...)` / `tableEnv.execute(...)`（FLIP-84 之前的提交方式）',
    removedIn: '1.15',
    replacement:
      '`tableEnv.executeSql(...)` 立即提交一条语句；多条 INSERT 放进 `createStatementSet()` 一起提交；`Table` 用 `executeInsert(...)`',
    example: {
      lang: 'java',
      code: 'tableEnv.executeSql("CREATE TABLE user_log (...) WITH (...)");\nStatementSet inserts = tableEnv.createStatementSet();\ninserts.addInsertSql("INSERT INTO pv_sink SELECT ...");\ninserts.addInsertSql("INSERT INTO uv_sink SELECT ...");\ninserts.execute();',
    },
    names: ['sqlUpdate', 'fromTableSource'],
    replacementNames: ['executeSql', 'StatementSet'],
    // tableEnv.execute(...) is told from env.execute(...) only by the variable names tutorials use.
    usage: [
      /\.(?:sqlUpdate|fromTableSource)\(/,
      /\b(?:tEnv|tableEnv|tableEnvironment|bsTableEnv|bsEnv|stEnv|fsTableEnv)\.execute\(/,
    ],
    python: {usage: [/\.sql_update\(/, /\b(?:t_env|table_env|st_env|bt_env)\.execute\(/]},
    source: {...RN('1.15'), title: 'Flink 1.15 发布说明：FLINK-26090，移除 FLIP-84 之前的方法'},
  },
  {
    id: 'register-data-stream',
    kind: 'method',
    old: '`tableEnv.registerDataStream(name, stream)`',
    removedIn: '2.0',
    replacement: '`tableEnv.createTemporaryView(name, stream)`，或 `fromDataStream(stream)` 得到 `Table`',
    example: {lang: 'java', code: 'tableEnv.createTemporaryView("clicks", clickStream);'},
    names: ['registerDataStream'],
    replacementNames: ['createTemporaryView'],
    usage: [/\.registerDataStream\(/],
    source: flinkCommit(
      '1d934c14e8968ad2479206c43af2f3e876083fbd',
      'FLINK-36486：移除 StreamTableEnvironment#registerDataStream（apache/flink 提交 1d934c14，2.0 起生效）',
    ),
  },
  {
    id: 'table-env-register-methods',
    kind: 'method',
    old: '`tableEnv.registerFunction(...)` / `registerTable(...)` / `scan(...)`',
    statusLabel:
      '已弃用，2.x 仍可用；StreamTableEnvironment 上接收 TableFunction、AggregateFunction 的 registerFunction 已在 2.0 移除',
    replacement:
      '`createTemporarySystemFunction(name, MyFunction.class)`、`createTemporaryView(name, table)` 与 `from(path)`。2.3 的 `TableEnvironment` 仍保留这三个方法（弃用），但注册表函数、聚合函数的 `registerFunction` 重载随 `StreamTableEnvironment` 的那几个方法在 2.0 移除了',
    example: {
      lang: 'java',
      code: 'tableEnv.createTemporarySystemFunction("to_hour", ToHour.class);\ntableEnv.createTemporaryView("orders_view", orders);\nTable recent = tableEnv.from("orders_view");',
    },
    names: ['registerFunction', 'registerTable'],
    replacementNames: ['createTemporarySystemFunction', 'createTemporaryView'],
    usage: [/\.(?:registerFunction|registerTable)\(/, /\b(?:tEnv|tableEnv|tableEnvironment|bsTableEnv|stEnv)\.scan\(/],
    python: {usage: []},
    source: flinkFile(
      'flink-table/flink-table-api-java/src/main/java/org/apache/flink/table/api/TableEnvironment.java',
      'TableEnvironment.java（2.3）：registerFunction、registerTable、scan 标为 @Deprecated',
    ),
  },
  {
    id: 'to-append-stream',
    kind: 'method',
    old: '`tableEnv.toAppendStream(...)` / `toRetractStream(...)`',
    deprecatedIn: '1.14',
    replacement: '`toDataStream(table)`（只有插入的表）或 `toChangelogStream(table)`（有更新的表，每行带 `RowKind`）',
    example: {
      lang: 'java',
      code: 'DataStream<Row> changes = tableEnv.toChangelogStream(result);\nchanges.print();',
    },
    names: ['toAppendStream', 'toRetractStream'],
    replacementNames: ['toDataStream', 'toChangelogStream'],
    usage: [/\.(?:toAppendStream|toRetractStream)\(/],
    // PyFlink 2.3 keeps to_append_stream / to_retract_stream without marking them deprecated.
    python: {usage: []},
    source: flinkFile(
      'flink-table/flink-table-api-java-bridge/src/main/java/org/apache/flink/table/api/bridge/java/StreamTableEnvironment.java',
      'StreamTableEnvironment.java（2.3）：toAppendStream、toRetractStream 标为 @Deprecated',
    ),
  },
  {
    id: 'pyflink-table-env-methods',
    kind: 'api',
    old: 'PyFlink 的 `register_function` / `register_java_function` / `register_table` / `scan` / `register_table_source` / `register_table_sink` / `from_table_source`，以及 `pyflink.table.sources`、`pyflink.table.sinks`（`CsvTableSource`、`CsvTableSink`）',
    removedIn: '2.0',
    replacement:
      '`create_temporary_system_function` / `create_java_temporary_system_function`、`create_temporary_view`、`from_path`；表用 `execute_sql` 的 DDL 或 `create_temporary_table(path, TableDescriptor...)` 定义',
    names: ['register_table_source', 'register_table_sink', 'register_java_function', 'CsvTableSource', 'CsvTableSink'],
    replacementNames: ['create_temporary_system_function', 'create_temporary_table', 'execute_sql'],
    example: {
      lang: 'python',
      code: "t_env.execute_sql(\"CREATE TABLE words (word STRING, num BIGINT) WITH ('connector' = 'filesystem', 'path' = '/tmp/words.csv', 'format' = 'csv')\")\nt_env.create_temporary_system_function(\"add_one\", add_one)\nwords = t_env.from_path(\"words\")",
    },
    // Java keeps its own methods of these names (deprecated): this entry is PyFlink's.
    usage: [],
    python: {
      usage: [
        /\.(?:register_function|register_java_function|register_table|register_table_source|register_table_sink|from_table_source)\(/,
        /\b(?:t_env|table_env|st_env|bt_env)\.scan\(/,
        /\bpyflink\.table\.(?:sources|sinks)\b/,
      ],
    },
    source: PYFLINK_DEPRECATED_REMOVED,
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
    python: {
      usage: [/\b(?:Fs|Memory)StateBackend\b/],
      source: flinkCommit(
        '5a448f253d103824abe1cf81676493f3ec273b35',
        'FLINK-36323：PyFlink 移除 MemoryStateBackend、FsStateBackend、RocksDBStateBackend（apache/flink 提交 5a448f25）',
      ),
    },
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
    python: {
      usage: [/\bRocksDBStateBackend\b/],
      source: flinkCommit(
        '5a448f253d103824abe1cf81676493f3ec273b35',
        'FLINK-36323：PyFlink 移除 MemoryStateBackend、FsStateBackend、RocksDBStateBackend（apache/flink 提交 5a448f25）',
      ),
    },
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
    // RocksDBStateBackend itself was removed, not moved: its own entry reports it.
    usage: [
      new RegExp(
        `org\\.apache\\.flink\\.contrib\\.streaming\\.state\\.(?!(?:${ROCKSDB_KEPT}|RocksDBStateBackend)\\b)[A-Z]\\w*`,
      ),
    ],
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
    // PyFlink keeps its own pyflink.common.Time, and its window assigners and
    // StateTtlConfig still take it (flink-python/pyflink/common/time.py, 2.3).
    python: {usage: []},
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
    python: {
      usage: [/\bTimeCharacteristic\b/, /\.set_stream_time_characteristic\(/],
      source: flinkCommit(
        'd7c87f23fa32addfbc2ae21dd9645dd29f5684b8',
        'FLINK-36355：移除已弃用的 TimeCharacteristic，PyFlink 一并移除（apache/flink 提交 d7c87f23）',
      ),
    },
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
    python: {
      usage: [
        /\bExternalizedCheckpointCleanup\b/,
        /\.(?:enable_externalized_checkpoints|set_externalized_checkpoint_cleanup)\(/,
      ],
      example: {
        lang: 'python',
        code: 'env.get_checkpoint_config().set_externalized_checkpoint_retention(\n    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)',
      },
      source: flinkCommit(
        '5d463de174a8f7e5df79ff5734f7b75639671c95',
        'FLINK-36274：移除已弃用的 ExternalizedCheckpointCleanup，PyFlink 一并移除（apache/flink 提交 5d463de1）',
      ),
    },
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
    // PyFlink 2.3 still has RestartStrategies (pyflink.common.restart_strategy),
    // but nothing takes it any more: the setters are what breaks.
    python: {
      usage: [/\.set_restart_strategy\(/],
      example: {
        lang: 'python',
        code: 'config = Configuration()\nconfig.set_string("restart-strategy.type", "fixed-delay")\nconfig.set_string("restart-strategy.fixed-delay.attempts", "3")\nenv = StreamExecutionEnvironment.get_execution_environment(config)',
      },
      source: flinkCommit(
        '4e825107c34d4163edb0691332877be2004b28e3',
        'FLINK-36249：移除以 Java 对象设置重启策略的方法，PyFlink 一并移除（apache/flink 提交 4e825107）',
      ),
    },
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
    python: {
      usage: [/\bFlinkKafka(?:Consumer|Producer)(?:Base)?\b/],
      example: {
        lang: 'python',
        code: 'source = KafkaSource.builder() \\\n    .set_bootstrap_servers("broker:9092") \\\n    .set_topics("events") \\\n    .set_group_id("my-group") \\\n    .set_starting_offsets(KafkaOffsetsInitializer.earliest()) \\\n    .set_value_only_deserializer(SimpleStringSchema()) \\\n    .build()\nevents = env.from_source(source, WatermarkStrategy.no_watermarks(), "kafka")',
      },
      source: flinkFile(
        'flink-python/pyflink/datastream/connectors/kafka.py',
        'PyFlink 2.3 的 kafka.py：FlinkKafkaConsumer 仍在，但它调用的 Java 类 Kafka 连接器 4.0 起已没有',
      ),
    },
    source: {
      title:
        'apache/flink-connector-kafka 提交 2fdb66d5：移除已弃用的类（FlinkKafkaConsumer、FlinkKafkaProducer 等，4.0.0 起生效）',
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
    id: 'streaming-checkpointing-mode',
    kind: 'class',
    old: '`org.apache.flink.streaming.api.CheckpointingMode`',
    deprecatedIn: '1.20',
    replacement: '`org.apache.flink.core.execution.CheckpointingMode`（取值相同：`EXACTLY_ONCE`、`AT_LEAST_ONCE`）',
    names: ['org.apache.flink.streaming.api.CheckpointingMode'],
    replacementNames: ['org.apache.flink.core.execution.CheckpointingMode'],
    // The class moved package: the import is what to change (CheckpointingMode.EXACTLY_ONCE
    // reads the same with either). PyFlink has its own CheckpointingMode.
    usage: [/org\.apache\.flink\.streaming\.api\.CheckpointingMode\b/],
    python: {usage: []},
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/streaming/api/CheckpointingMode.java',
      'CheckpointingMode.java（2.3，streaming.api 包）：标为 @Deprecated，已移到 org.apache.flink.core.execution',
    ),
  },
  {
    id: 'configuration-typed-accessors',
    kind: 'method',
    old: '`Configuration` 的 `setInteger` / `setLong` / `setBoolean` / `setFloat` / `setDouble` 及对应的 `get…`，以及接收 `ConfigOption` 的 `setString` / `getString`',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '`config.set(RestOptions.PORT, 8081)` / `config.get(option)`；只有键名时用 `setString(key, value)`（2.3 仍保留），或 `ConfigOptions.key(...)` 建一个带类型的选项',
    example: {
      lang: 'java',
      code: 'Configuration config = new Configuration();\nconfig.set(RestOptions.PORT, 8081);\nconfig.set(CheckpointingOptions.ENABLE_UNALIGNED, true);',
    },
    names: ['setInteger', 'setBoolean'],
    replacementNames: ['config.set(', 'ConfigOption'],
    // Other classes have methods of these names: JDBC's PreparedStatement#setLong(1, x),
    // fastjson's JSONObject#getInteger("age"), Hadoop's Configuration#setBoolean("dfs.…", b),
    // Integer.getInteger(…). Flink's are told apart by their first argument: an option
    // constant, a key under one of Flink's own prefixes, or (getInteger) a key and a default.
    usage: [
      /(?<!\b(?:Integer|Long|Boolean))\.setInteger\(/,
      /(?<!\b(?:Integer|Long|Boolean))\.getInteger\(\s*(?:"[^"]*"\s*,|(?:[A-Z]\w*Options|ConfigConstants)\.[A-Z_]+\b)/,
      /\.(?:set|get)(?:Long|Boolean|Float|Double|String)\(\s*(?:[A-Z]\w*Options|ConfigConstants)\.[A-Z_]+\b/,
      /\.(?:set|get)(?:Long|Boolean|Float|Double)\(\s*"(?:execution|state|taskmanager|jobmanager|rest|web|pipeline|table|high-availability|metrics|akka|pekko|restart-strategy|parallelism|kubernetes|cluster|slot|blob|heartbeat|classloader|python|sql-client|historyserver)\./,
    ],
    python: {usage: []},
    source: flinkCommit(
      '16b8ed3fabc64fef387b641695472a972533cf35',
      'FLINK-34082：移除 Configuration 的已弃用方法（apache/flink 提交 16b8ed3f，2.0 起生效）',
    ),
  },
  {
    id: 'runtime-context-execution-config',
    kind: 'method',
    old: '`getRuntimeContext().getExecutionConfig()`（如 `.getExecutionConfig().getGlobalJobParameters()`）',
    deprecatedIn: '1.19',
    removedIn: '2.0',
    replacement:
      '直接用 `RuntimeContext` 的方法：`getGlobalJobParameters()`（返回 `Map<String, String>`）、`isObjectReuseEnabled()`、`createSerializer(typeInfo)`',
    example: {
      lang: 'java',
      code: 'Map<String, String> params = getRuntimeContext().getGlobalJobParameters();\nString blocked = params.getOrDefault("blocked", "");',
    },
    names: ['getExecutionConfig().getGlobalJobParameters'],
    replacementNames: ['getGlobalJobParameters()', 'RuntimeContext'],
    usage: [/getRuntimeContext\(\)\s*\.\s*getExecutionConfig\(/, /getRuntimeContext\s*\.\s*getExecutionConfig\b/],
    source: {...RN_2_0, title: 'Flink 2.0 发布说明：用户函数不再能拿到完整的 ExecutionConfig'},
  },
  {
    id: 'from-elements',
    kind: 'method',
    old: '`env.fromElements(...)`',
    deprecatedIn: '1.19',
    replacement: '`env.fromData(...)`（1.19 起有；测试数据量大或要并行时用 `DataGeneratorSource`）',
    example: {lang: 'java', code: 'DataStream<String> names = env.fromData("alice", "bob", "carol");'},
    names: ['fromElements'],
    replacementNames: ['fromData'],
    usage: [/\.fromElements\(/],
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.java',
      'StreamExecutionEnvironment.java（2.3）：fromElements 标为 @Deprecated，改用 fromData',
    ),
  },
  {
    id: 'use-blink-planner',
    kind: 'method',
    old: '`EnvironmentSettings.newInstance().useBlinkPlanner()` / `useOldPlanner()` / `useAnyPlanner()`',
    removedIn: '1.15',
    replacement: '删掉这一步：只剩一个 planner 了，写 `EnvironmentSettings.inStreamingMode()` 或 `inBatchMode()` 即可',
    example: {
      lang: 'java',
      code: 'TableEnvironment tableEnv = TableEnvironment.create(EnvironmentSettings.inStreamingMode());',
    },
    names: ['useBlinkPlanner', 'useOldPlanner'],
    replacementNames: ['inStreamingMode', 'EnvironmentSettings'],
    usage: [/\.use(?:Blink|Old|Any)Planner\(/],
    python: {usage: [/\.use_(?:blink|old|any)_planner\(/]},
    source: BLINK_PLANNER_REMOVED,
  },
  {
    id: 'idle-state-retention-time',
    kind: 'method',
    old: '`TableConfig#setIdleStateRetentionTime(min, max)`，PyFlink 中为 `set_idle_state_retention_time`',
    removedIn: '2.0',
    replacement:
      '`tableConfig.setIdleStateRetention(Duration.ofHours(12))`，或配置 `table.exec.state.ttl`（PyFlink：`set_idle_state_retention`）',
    example: {lang: 'sql', code: "SET 'table.exec.state.ttl' = '12 h';"},
    names: ['setIdleStateRetentionTime', 'set_idle_state_retention_time'],
    replacementNames: ['setIdleStateRetention', 'table.exec.state.ttl'],
    usage: [/\.setIdleStateRetentionTime\(/],
    python: {usage: [/\.set_idle_state_retention_time\(/]},
    source: flinkCommit(
      'c2c028067b3055e41ea24c6247f01fcc6a6bd5b5',
      'FLINK-36480：移除 TableConfig 的已弃用方法（apache/flink 提交 c2c02806，2.0 起生效）',
    ),
  },
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
    python: {usage: []},
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
    replacement:
      '`getRuntimeContext().getTaskInfo().getIndexOfThisSubtask()` 等，这些信息都移到了 `TaskInfo`；`getJobId()` 移到了 `getJobInfo()`',
    example: {lang: 'java', code: 'int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();'},
    names: ['getIndexOfThisSubtask', 'getNumberOfParallelSubtasks'],
    replacementNames: ['getTaskInfo'],
    usage: [
      /getRuntimeContext\(\)\s*\.\s*(getIndexOfThisSubtask|getNumberOfParallelSubtasks|getMaxNumberOfParallelSubtasks|getAttemptNumber|getTaskName|getTaskNameWithSubtasks|getJobId)\(/,
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
    python: {
      usage: [/\.set_state_backend\(/],
      example: {
        lang: 'python',
        code: 'config = Configuration()\nconfig.set_string("state.backend.type", "rocksdb")\nenv = StreamExecutionEnvironment.get_execution_environment(config)',
      },
      source: flinkCommit(
        '950fceb43e628d50fb9f96973badc05cff34afa0',
        'FLINK-36251：移除以 Java 对象设置状态后端的方法，PyFlink 一并移除（apache/flink 提交 950fceb4）',
      ),
    },
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
    python: {
      usage: [/\.set_checkpoint_storage(?:_dir)?\(/],
      source: flinkCommit(
        'df412add3895e5fa88a54c26b67f188940345d0c',
        'FLINK-36250：移除以 Java 对象设置检查点存储的方法，PyFlink 一并移除（apache/flink 提交 df412add）',
      ),
    },
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
    python: {
      usage: [/\.read_text_file\(/],
      source: flinkCommit(
        '4e6dc79e785ff18920c15a38ba50f57111bf7623',
        'FLINK-36336：移除 DataSet API 相关的方法，PyFlink 的 read_text_file 一并移除（apache/flink 提交 4e6dc79e）',
      ),
    },
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
    python: {
      usage: [
        /\.(?:add_default_kryo_serializer|register_type_with_kryo_serializer|register_kryo_type|register_pojo_type|register_type)\(/,
      ],
      source: PYFLINK_DEPRECATED_REMOVED,
    },
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
  {
    id: 'adaptive-scheduler-timeout-keys',
    kind: 'config',
    old: '`jobmanager.adaptive-scheduler.resource-wait-timeout` / `.resource-stabilization-timeout` / `.scaling-interval.min`',
    deprecatedIn: '2.0',
    replacement:
      '`jobmanager.adaptive-scheduler.submission.resource-wait-timeout` / `.submission.resource-stabilization-timeout` / `.executing.cooldown-after-rescaling`，旧键名仍会被读取',
    example: {
      lang: 'yaml',
      code: 'jobmanager.adaptive-scheduler.submission.resource-wait-timeout: 5 min\njobmanager.adaptive-scheduler.executing.cooldown-after-rescaling: 30 s',
    },
    names: [
      'jobmanager.adaptive-scheduler.resource-wait-timeout',
      'jobmanager.adaptive-scheduler.resource-stabilization-timeout',
      'jobmanager.adaptive-scheduler.scaling-interval.min',
    ],
    replacementNames: [
      'jobmanager.adaptive-scheduler.submission.resource-wait-timeout',
      'jobmanager.adaptive-scheduler.submission.resource-stabilization-timeout',
      'jobmanager.adaptive-scheduler.executing.cooldown-after-rescaling',
    ],
    source: JOB_MANAGER_OPTIONS,
    note: '/docs/source-analysis/elastic-scaling#配置项2x-的名字',
  },
  {
    id: 'adaptive-scheduler-ignored-keys',
    kind: 'config',
    old: '`jobmanager.adaptive-scheduler.min-parallelism-increase` / `.scaling-interval.max`',
    deprecatedIn: '2.0',
    // Both keys are still declared in 2.3, so they are not "removed"; but from
    // 2.0 the scheduler reads min-parallelism-increase only to log that it is
    // not used any more, and nothing reads scaling-interval.max: a config that
    // sets them silently loses the setting, which breaks like a removal.
    ignoredIn: '2.0',
    replacement:
      '`jobmanager.adaptive-scheduler.executing.resource-stabilization-timeout` 与 `.executing.cooldown-after-rescaling`：2.0 起 Adaptive 调度器不再读取这两个旧键',
    example: {
      lang: 'yaml',
      code: 'jobmanager.adaptive-scheduler.executing.resource-stabilization-timeout: 60 s\njobmanager.adaptive-scheduler.executing.cooldown-after-rescaling: 30 s',
    },
    names: [
      'jobmanager.adaptive-scheduler.min-parallelism-increase',
      'jobmanager.adaptive-scheduler.scaling-interval.max',
    ],
    replacementNames: ['jobmanager.adaptive-scheduler.executing.resource-stabilization-timeout'],
    source: flinkFile(
      'flink-runtime/src/main/java/org/apache/flink/runtime/scheduler/adaptive/AdaptiveScheduler.java',
      'AdaptiveScheduler.java（2.3）：min-parallelism-increase 只用来记一条「已不再使用」的警告',
    ),
    note: '/docs/source-analysis/elastic-scaling#配置项2x-的名字',
  },
  {
    id: 'table-planner-key',
    kind: 'config',
    old: '`table.planner`（如 `SET table.planner = blink`）',
    removedIn: '1.15',
    replacement: '删掉这一行：只剩一个 planner 了，不再需要选择',
    names: ['table.planner'],
    replacementNames: ['只剩一个 planner'],
    source: BLINK_PLANNER_REMOVED,
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
