/**
 * What the accuracy corpus (tests/fixtures/migrate/) found wrong in the
 * checker, one case each, so a fix cannot quietly come undone. The sources
 * behind each fact are in src/data/apiChanges.ts and connectorReleases.ts.
 */
import {describe, expect, it} from 'vitest';
import {apiChanges} from '../../data/apiChanges';
import {checkInput} from '../checkInput';
import {findApiMentions} from '../findApiUses';
import {kindFromContent, kindFromName} from '../detectKind';
import {concernsVersion} from '../report';
import type {FileKind} from '../types';

const findings = (text: string, kind: FileKind) => {
  const result = checkInput({name: 'x', text, kind});
  if (!result.ok) throw new Error(result.message);
  return result.report.findings;
};
const rules = (text: string, kind: FileKind) => findings(text, kind).map((f) => `${f.line} ${f.severity}:${f.rule}`);

describe('PyFlink is read as PyFlink', () => {
  it('keeps pyflink.common.Time, which 2.3 window assigners and StateTtlConfig still take', () => {
    const code = [
      'from pyflink.common import Time',
      'ds.window(TumblingEventTimeWindows.of(Time.seconds(10)))',
      'StateTtlConfig.new_builder(Time.days(1))',
    ].join('\n');
    expect(rules(code, 'python')).toEqual([]);
    // The same line in Java uses the Time class 2.0 removed.
    expect(rules('ds.window(TumblingEventTimeWindows.of(Time.seconds(10)));', 'java')).toEqual([
      '1 breaks:time-parameters',
      '1 breaks:time-class',
    ]);
  });

  it('reports the snake_case setters 2.0 removed, citing the commit that removed them from PyFlink', () => {
    const code = [
      'from pyflink.common.restart_strategy import RestartStrategies',
      'env.set_restart_strategy(RestartStrategies.fixed_delay_restart(3, 10000))',
      'env.set_state_backend(HashMapStateBackend())',
      'env.set_stream_time_characteristic(TimeCharacteristic.EventTime)',
      'env.get_checkpoint_config().enable_externalized_checkpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)',
      'lines = env.read_text_file("/tmp/in.txt")',
    ].join('\n');
    const found = findings(code, 'python');
    expect(found.map((f) => `${f.line} ${f.severity}:${f.rule}`)).toEqual([
      '2 breaks:restart-strategies',
      '3 breaks:set-state-backend',
      '4 breaks:time-characteristic',
      '5 breaks:externalized-checkpoint-cleanup',
      '6 breaks:file-read-write-methods',
    ]);
    expect(found[1].source.url).toMatch(/\/commit\/950fceb43e628d50fb9f96973badc05cff34afa0$/);
    // A PyFlink reader is shown the PyFlink way, not the Java one.
    expect(found[1].example).toEqual({
      lang: 'python',
      code: expect.stringContaining('config.set_string("state.backend.type"'),
    });
  });

  it('reports the FlinkKafkaConsumer wrapper, which 2.3 still ships but whose Java class Kafka connector 4.0 removed', () => {
    const [finding] = findings('consumer = FlinkKafkaConsumer("t", SimpleStringSchema(), props)', 'python');
    expect(finding.rule).toBe('flink-kafka-consumer');
    expect(finding.source.url).toMatch(/flink-python\/pyflink\/datastream\/connectors\/kafka\.py$/);
  });

  it('reports the table environment methods PyFlink removed in 2.0, which Java keeps deprecated', () => {
    const python = [
      'from pyflink.table.sources import CsvTableSource',
      't_env.register_function("add_one", add_one)',
      'words = t_env.scan("words")',
      't_env.create_temporary_system_function("add_one", add_one)',
    ].join('\n');
    expect(rules(python, 'python')).toEqual([
      '1 breaks:pyflink-table-env-methods',
      '2 breaks:pyflink-table-env-methods',
      '3 breaks:pyflink-table-env-methods',
    ]);
    expect(rules('tableEnv.registerFunction("add_one", new AddOne());', 'java')).toEqual([
      '1 warning:table-env-register-methods',
    ]);
  });
});

describe('Java and Scala', () => {
  it('reads a class name followed by a member in code, but not a file name in prose', () => {
    expect(rules('env.setStreamTimeCharacteristic(TimeCharacteristic.EventTime);', 'java')).toEqual([
      '1 breaks:time-characteristic',
    ]);
    expect(
      rules(
        'cfg.enableExternalizedCheckpoints(\n  CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);',
        'java',
      ),
    ).toEqual(['1 breaks:externalized-checkpoint-cleanup', '2 breaks:externalized-checkpoint-cleanup']);
    expect(findApiMentions('源码见 FsStateBackend.java。')).toEqual([]);
  });

  it('reports the Scala DataSet environment, called without parentheses', () => {
    expect(rules('val env = ExecutionEnvironment.getExecutionEnvironment', 'scala')).toEqual(['1 breaks:dataset-api']);
    expect(rules('val env = StreamExecutionEnvironment.getExecutionEnvironment', 'scala')).toEqual([]);
  });

  it('reports the removed RocksDBStateBackend once, not also as a moved class', () => {
    expect(rules('import org.apache.flink.contrib.streaming.state.RocksDBStateBackend;', 'java')).toEqual([
      '1 breaks:rocksdb-state-backend',
    ]);
  });

  it('tells the Configuration accessors 2.0 removed from those it kept, and from other classes’ methods of the same name', () => {
    const code = [
      'conf.setInteger(RestOptions.PORT, 8081);',
      'conf.setBoolean("execution.checkpointing.unaligned", true);',
      'int parallelism = conf.getInteger("parallelism.default", 1);',
      'conf.setBoolean(ConfigConstants.LOCAL_START_WEBSERVER, true);',
      'conf.setString("rest.address", "localhost");',
      'statement.setLong(1, value.f1);',
      'int n = Integer.getInteger("threads", 4);',
      'long ts = json.getLong("ts"); int age = json.getInteger("age");',
      'hbaseConf.setBoolean("hbase.cluster.distributed", true); hadoopConf.setLong("dfs.blocksize", 134217728L);',
    ].join('\n');
    expect(rules(code, 'java')).toEqual([
      '1 breaks:configuration-typed-accessors',
      '2 breaks:configuration-typed-accessors',
      '2 warning:unaligned-key',
      '3 breaks:configuration-typed-accessors',
      '4 breaks:configuration-typed-accessors',
    ]);
  });

  it('tells a table environment’s execute from the stream environment’s', () => {
    expect(
      rules('tEnv.sqlUpdate("INSERT INTO t SELECT 1");\ntEnv.execute("job");\nenv.execute("job");', 'java'),
    ).toEqual(['1 breaks:table-env-sql-update', '2 breaks:table-env-sql-update']);
  });

  it('warns about what 2.3 keeps deprecated, and breaks on what it removed', () => {
    const code = [
      'import org.apache.flink.streaming.api.CheckpointingMode;',
      'env.fromElements(1, 2, 3);',
      'tableEnv.toRetractStream(result, Row.class);',
      'tableEnv.registerDataStream("clicks", clicks);',
      'getRuntimeContext().getExecutionConfig().getGlobalJobParameters();',
      'EnvironmentSettings.newInstance().useBlinkPlanner().inStreamingMode().build();',
      'tableEnv.getConfig().setIdleStateRetentionTime(Time.hours(12), Time.hours(24));',
    ].join('\n');
    expect(rules(code, 'java')).toEqual([
      '1 warning:streaming-checkpointing-mode',
      '2 warning:from-elements',
      '3 warning:to-append-stream',
      '4 breaks:register-data-stream',
      '5 breaks:runtime-context-execution-config',
      '6 breaks:use-blink-planner',
      '7 breaks:idle-state-retention-time',
      '7 breaks:time-class',
    ]);
  });

  it('reports a moved class where it is imported: its uses read the same in 2.x', () => {
    const code = [
      'import org.apache.flink.streaming.api.CheckpointingMode;',
      'import org.apache.flink.api.java.utils.ParameterTool;',
      'env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);',
      'ParameterTool params = ParameterTool.fromArgs(args);',
    ].join('\n');
    expect(rules(code, 'java')).toEqual(['1 warning:streaming-checkpointing-mode', '2 breaks:parameter-tool-package']);
  });

  it('does not read config keys in comments', () => {
    expect(rules('// conf.setString("state.backend", "filesystem");\nint x = 1;', 'java')).toEqual([]);
  });
});

describe('SQL', () => {
  it('reads SET keys quoted or not, dotted or not, and not in comments', () => {
    const sql = [
      'SET table.planner = blink;',
      "SET 'state.checkpoints.dir' = 'hdfs:///ck';",
      'SET restart-strategy = fixed-delay;',
      '-- SET pipeline.time-characteristic = EventTime;',
      "SET 'table.exec.state.ttl' = '1 d';",
    ].join('\n');
    expect(rules(sql, 'sql')).toEqual([
      '1 breaks:table-planner-key',
      '2 warning:state-checkpoints-dir',
      '3 warning:config:restart-strategy',
    ]);
  });

  it("reports the 'connector.type' properties 1.14 removed, once per table", () => {
    const ddl =
      "CREATE TABLE t (a INT) WITH (\n  'connector.type' = 'kafka',\n  'connector.topic' = 't',\n  'format.type' = 'json'\n);";
    expect(rules(ddl, 'sql')).toEqual(['2 breaks:legacy-connector-options']);
    expect(rules("CREATE TABLE t (a INT) WITH ('connector' = 'kafka', 'topic' = 't')", 'sql')).toEqual([]);
  });
});

describe('configuration files', () => {
  it('judges old values in a nested config.yaml like the flat line they mean', () => {
    expect(rules('state:\n  backend: filesystem\n', 'config-yaml')).toEqual([
      '2 warning:state-backend-key',
      '2 breaks:legacy-state-backend-names',
    ]);
  });

  // AdaptiveScheduler on release-2.3 reads min-parallelism-increase only to log
  // that it is not used; nothing reads scaling-interval.max.
  it('reports keys 2.x still declares but no longer reads as breaking, from the release that stopped reading them', () => {
    const [finding] = findings('jobmanager.adaptive-scheduler.scaling-interval.max: 5 min', 'config-yaml');
    expect(finding.severity).toBe('breaks');
    expect(finding.status).toBe('2.0 弃用，2.0 起不再起作用');
    expect(concernsVersion(finding, '1.20')).toBe(true);
    expect(concernsVersion(finding, '2.0')).toBe(false);
    const entry = apiChanges.find((change) => change.id === 'adaptive-scheduler-ignored-keys')!;
    expect(entry.removedIn).toBeUndefined();
  });
});

describe('build files', () => {
  it('reads Scala 2.11 builds of 1.x modules, connectors with a suffix, and the Blink planner renamed in 1.14', () => {
    const pom = `<project><properties><scala.binary.version>2.11</scala.binary.version><flink.version>1.11.2</flink.version></properties><dependencies>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-java_\${scala.binary.version}</artifactId><version>\${flink.version}</version></dependency>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-kafka_\${scala.binary.version}</artifactId><version>\${flink.version}</version></dependency>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-table-planner-blink_\${scala.binary.version}</artifactId><version>\${flink.version}</version></dependency>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-cassandra_2.12</artifactId><version>3.2.0-1.18</version></dependency>
</dependencies></project>`;
    const found = findings(pom, 'pom');
    expect(found.map((f) => `${f.line} ${f.severity}:${f.rule}`)).toEqual([
      '1 info:build:flink-version',
      '2 breaks:build:scala-suffix:flink-streaming-java_2.11',
      '3 breaks:build:connector:flink-connector-kafka_2.11',
      '4 breaks:build:removed:flink-table-planner-blink_2.11',
      '5 breaks:build:connector:flink-connector-cassandra_2.12',
    ]);
    expect(found[3].replacement).toMatch(/flink-table-planner_2\.12/);
  });

  it('knows the externalized connectors: a 1.x build breaks, a 2.x build passes, one without a 2.x release always breaks', () => {
    const gradle = [
      'implementation("org.apache.flink:flink-connector-jdbc:3.1.2-1.17")',
      'implementation("org.apache.flink:flink-connector-jdbc-core:4.0.0-2.0")',
      'implementation("org.apache.flink:flink-connector-elasticsearch7:4.0.0-2.0")',
      'implementation("org.apache.flink:flink-connector-aws-kinesis-streams:6.0.0-2.0")',
      'implementation("org.apache.flink:flink-connector-kinesis:5.0.0-1.20")',
      'implementation("org.apache.flink:flink-connector-mongodb:2.0.0-1.20")',
    ].join('\n');
    expect(rules(gradle, 'gradle')).toEqual([
      '1 breaks:build:connector:flink-connector-jdbc',
      '5 breaks:build:connector:flink-connector-kinesis',
      '6 breaks:build:connector:flink-connector-mongodb',
    ]);
  });

  it('reads a Gradle version catalog and Kotlin’s `by extra`, JvmTarget and toolchains', () => {
    const toml = [
      '[versions]',
      'flink = "1.17.2"',
      'kafka-connector = "3.0.1-1.17"',
      '[libraries]',
      'flink-java = { module = "org.apache.flink:flink-java", version.ref = "flink" }',
      'flink-connector-kafka = { module = "org.apache.flink:flink-connector-kafka", version.ref = "kafka-connector" }',
    ].join('\n');
    expect(rules(toml, 'gradle')).toEqual([
      '2 info:build:flink-version',
      '5 breaks:build:removed:flink-java',
      '6 breaks:build:connector:flink-connector-kafka',
    ]);
    expect(kindFromName('gradle/libs.versions.toml')).toBe('gradle');
    expect(kindFromContent(toml)).toBe('gradle');
    const kts =
      'val flinkVersion: String by extra("1.20.1")\nkotlin { compilerOptions { jvmTarget.set(JvmTarget.JVM_1_8) } }';
    expect(rules(kts, 'gradle')).toEqual(['1 info:build:flink-version', '2 breaks:build:java-version']);
  });
});
