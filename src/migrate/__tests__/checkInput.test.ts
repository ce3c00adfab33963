import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {checkInput, MAX_INPUT_BYTES} from '../checkInput';
import {parseLegacyConfig, parseStandardConfig} from '../configFiles';
import {convertLegacyConfig} from '../convertConfig';
import {kindFromContent, kindFromName} from '../detectKind';
import {concernsVersion, toMarkdown} from '../report';
import type {FileKind} from '../types';

const report = (text: string, kind: FileKind, name = 'x') => {
  const result = checkInput({name, text, kind});
  if (!result.ok) throw new Error(result.message);
  return result.report;
};
const rules = (text: string, kind: FileKind) => report(text, kind).findings.map((f) => `${f.severity}:${f.rule}`);

describe('bad input gets a clear answer, never a crash', () => {
  it.each([
    ['empty', '  \n ', /内容是空的/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /二进制文件/],
    ['too large', 'a'.repeat(MAX_INPUT_BYTES + 1), /超过了 5 MB/],
  ])('%s', (_, text, message) => {
    const result = checkInput({name: 'in.java', text});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('an unknown file type names the kinds it knows', () => {
    const result = checkInput({name: 'job.rb', text: 'puts 1'});
    expect(!result.ok && result.message).toMatch(/不认识这种文件（job\.rb）。能检查的有：Java、Scala/);
  });

  it('a one-line minified file gets short excerpts with the column', () => {
    const line = `${'x();'.repeat(20_000)}env.setStateBackend(new FsStateBackend("hdfs:///cp"));${'y();'.repeat(20_000)}`;
    const [first] = report(line, 'java').findings;
    expect(first.line).toBe(1);
    expect(first.column).toBe(80_004); // the match starts at ".setStateBackend("
    expect(first.excerpt.before.length + first.excerpt.after.length).toBeLessThan(120);
  });

  it('unclosed comments and strings do not stop the check', () => {
    expect(rules('env.setStateBackend(x); /* never closed FsStateBackend', 'java')).toEqual([
      'breaks:set-state-backend',
    ]);
    expect(rules('String s = "never closed\nenv.setStateBackend(x);', 'java')).toEqual(['breaks:set-state-backend']);
  });
});

describe('code', () => {
  it('reports config keys written as strings in code, once', () => {
    const code =
      'conf.setString("state.checkpoints.dir", "hdfs:///cp");\nconf.setString("taskmanager.heap.size", "1g");';
    expect(rules(code, 'java')).toEqual(['warning:state-checkpoints-dir', 'breaks:old-memory-keys']);
  });

  it('clean 2.3 code gives no finding', () => {
    const code = [
      'StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();',
      'env.fromSource(source, WatermarkStrategy.noWatermarks(), "src")',
      '    .keyBy(e -> e.userId)',
      '    .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))',
      '    .sinkTo(sink);',
      'config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "hdfs:///cp");',
    ].join('\n');
    expect(rules(code, 'java')).toEqual([]);
  });
});

// Flink's own docs list what differs between the two files
// (docs/content/docs/deployment/config.md, "Migrate from flink-conf.yaml to config.yaml", release-2.3).
describe('configuration files', () => {
  it('reads flink-conf.yaml as Flink 1.x did: # starts a comment anywhere, ": " separates, the last duplicate wins', () => {
    const parsed = parseLegacyConfig('a.b: 1 # one\nbad line\nurl: http://x#frag\na.b: 2\n');
    expect(parsed.entries.map((e) => [e.key, e.value])).toEqual([
      ['url', 'http://x'],
      ['a.b', '2'],
    ]);
    expect(parsed.problems).toEqual([
      expect.stringMatching(/^第 2 行不是「key: value」/),
      expect.stringMatching(/^第 3 行的「#」之后被 flink-conf\.yaml 当作注释/),
      expect.stringMatching(/^第 4 行重复设置了 a\.b（第 1 行已设置过）/),
    ]);
  });

  it('reports YAML errors in config.yaml with their line: tabs and duplicate keys', () => {
    expect(parseStandardConfig('a:\n\tb: 1\n').problems[0]).toMatch(/^第 2 行/);
    expect(parseStandardConfig('a: 1\na: 2\n').problems).toEqual([expect.stringMatching(/^第 2 行：重复的键/)]);
  });

  it('flattens nested config.yaml and follows anchors', () => {
    const parsed = parseStandardConfig(
      'execution:\n  checkpointing:\n    dir: &d hdfs:///cp\nstate.checkpoints.dir: *d\n',
    );
    expect(parsed.entries.map((e) => [e.key, e.value])).toEqual([
      ['execution.checkpointing.dir', 'hdfs:///cp'],
      ['state.checkpoints.dir', '*d'],
    ]);
    expect(rules('state.checkpoints.dir: hdfs:///cp', 'config-yaml')).toEqual(['warning:state-checkpoints-dir']);
  });

  it('a flink-conf.yaml itself is reported, with its removed and renamed keys and old backend names', () => {
    expect(rules('taskmanager.heap.size: 1g\nstate.backend: filesystem\nweb.port: 8081\n', 'flink-conf')).toEqual([
      'breaks:flink-conf-yaml',
      'breaks:old-memory-keys',
      'warning:state-backend-key',
      'breaks:legacy-state-backend-names',
      'warning:config:web.port',
    ]);
  });
});

describe('flink-conf.yaml → config.yaml', () => {
  const legacy = [
    '# cluster',
    'jobmanager.rpc.address: localhost',
    'state.checkpoints.dir: hdfs:///flink/checkpoints',
    'state.backend.incremental: true',
    'taskmanager.heap.size: 1024m',
    'env.java.opts: -XX:+UseG1GC -Dkey=a:b',
    'high-availability.zookeeper.quorum: zk1:2181,zk2:2181',
    'pipeline.name: "quoted" name',
    'weird.value: yes',
    'number.like: 1e3',
    'tricky: a: b',
    'execution.checkpointing.interval: 10 s',
  ].join('\n');

  // The round trip: a YAML 1.2 parser reads back exactly the key → value map the conversion meant.
  it('writes valid YAML 1.2 that reads back as the intended key → value map', () => {
    const converted = convertLegacyConfig(legacy);
    const read = parseYaml(converted.yaml, {uniqueKeys: true}) as Record<string, unknown>;
    expect(Object.fromEntries(Object.entries(read).map(([k, v]) => [k, String(v)]))).toEqual(converted.values);
    expect(converted.values).toEqual({
      'jobmanager.rpc.address': 'localhost',
      'execution.checkpointing.dir': 'hdfs:///flink/checkpoints',
      'execution.checkpointing.incremental': 'true',
      'env.java.opts.all': '-XX:+UseG1GC -Dkey=a:b',
      'high-availability.zookeeper.quorum': 'zk1:2181,zk2:2181',
      'pipeline.name': '"quoted" name',
      'weird.value': 'yes',
      'number.like': '1e3',
      tricky: 'a: b',
      'execution.checkpointing.interval': '10 s',
    });
  });

  it('renames, and keeps removed keys as comments with their value', () => {
    const converted = convertLegacyConfig(legacy);
    expect(converted.renamed).toEqual([
      {from: 'state.checkpoints.dir', to: 'execution.checkpointing.dir'},
      {from: 'state.backend.incremental', to: 'execution.checkpointing.incremental'},
      {from: 'env.java.opts', to: 'env.java.opts.all'},
    ]);
    expect(converted.removed.map((r) => r.key)).toEqual(['taskmanager.heap.size']);
    expect(converted.yaml).toContain('# taskmanager.heap.size: 1024m');
    expect(converted.yaml).toContain('# cluster');
  });

  it('lets a new key win over its old name, as Flink does', () => {
    const converted = convertLegacyConfig(
      'state.checkpoints.dir: hdfs:///old\nexecution.checkpointing.dir: hdfs:///new\n',
    );
    expect(converted.values).toEqual({'execution.checkpointing.dir': 'hdfs:///new'});
    expect(converted.removed[0].reason).toMatch(/Flink 以新键为准/);
  });
});

describe('build files', () => {
  const pom = `<project>
  <properties>
    <flink.version>1.17.1</flink.version>
    <scala.binary.version>2.12</scala.binary.version>
    <maven.compiler.source>1.8</maven.compiler.source>
  </properties>
  <dependencies>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-java_\${scala.binary.version}</artifactId><version>\${flink.version}</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-scala_2.12</artifactId><version>\${flink.version}</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-kafka</artifactId><version>3.2.0-1.19</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-clients</artifactId><version>\${flink.version}</version></dependency>
  </dependencies>
</project>`;

  it('flags Scala suffixes, removed artifacts, 1.x connectors, Java 8 and the 1.x version', () => {
    expect(rules(pom, 'pom')).toEqual([
      'info:build:flink-version',
      'breaks:build:java-version',
      'breaks:build:scala-suffix:flink-streaming-java_2.12',
      'breaks:build:removed:flink-streaming-scala_2.12',
      'breaks:build:connector:flink-connector-kafka',
    ]);
  });

  it('reads Gradle, Groovy and Kotlin', () => {
    const gradle = `def flinkVersion = '1.18.1'
java { sourceCompatibility = JavaVersion.VERSION_1_8 }
dependencies {
  implementation "org.apache.flink:flink-java:\${flinkVersion}"
  implementation("org.apache.flink:flink-connector-kafka:3.1.0-1.18")
  implementation "org.apache.flink:flink-streaming-java:\${flinkVersion}"
}`;
    expect(rules(gradle, 'gradle')).toEqual([
      'info:build:flink-version',
      'breaks:build:java-version',
      'breaks:build:removed:flink-java',
      'breaks:build:connector:flink-connector-kafka',
    ]);
  });

  it('passes a clean 2.3 build file', () => {
    const clean = `<project><properties><flink.version>2.3.0</flink.version><maven.compiler.release>17</maven.compiler.release></properties>
<dependencies><dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-java</artifactId><version>\${flink.version}</version></dependency>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-kafka</artifactId><version>4.0.1-2.0</version></dependency></dependencies></project>`;
    expect(rules(clean, 'pom')).toEqual([]);
  });
});

describe('file kinds', () => {
  it.each([
    ['flink-conf.yaml', 'flink-conf'],
    ['conf/config.yaml', 'config-yaml'],
    ['pom.xml', 'pom'],
    ['build.gradle.kts', 'gradle'],
    ['Job.java', 'java'],
    ['job.py', 'python'],
    ['q.sql', 'sql'],
  ])('%s → %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });

  it.each([
    ['<project><dependencies><dependency>', 'pom'],
    ['from pyflink.datastream import StreamExecutionEnvironment', 'python'],
    ['import org.apache.flink.api.common.eventtime.WatermarkStrategy;\npublic class Job {}', 'java'],
    ["SET 'parallelism.default' = '2';\nSELECT 1;", 'sql'],
    ['taskmanager.numberOfTaskSlots: 4', 'flink-conf'],
    ['execution:\n  checkpointing:\n    dir: x', 'config-yaml'],
  ])('pasted %j → %s', (text, kind) => {
    expect(kindFromContent(text)).toBe(kind);
  });
});

describe('the reader’s version and the Markdown report', () => {
  const reports = [
    report('env.setStateBackend(x);\nconf.setString("state.backend.async", "true");', 'java', 'Job.java'),
  ];
  it('hides what changed before the reader’s version', () => {
    const [finding] = reports[0].findings;
    expect(concernsVersion(finding, '1.17')).toBe(true);
    expect(concernsVersion(finding, '2.0')).toBe(false);
    expect(concernsVersion(finding, null)).toBe(true);
  });

  it('writes every finding with its line, status, replacement and source', () => {
    const markdown = toMarkdown(reports, '1.17');
    expect(markdown).toMatch(/^## Flink 1\.17 → 2\.3 迁移检查/);
    expect(markdown).toContain('会出错 2 处');
    expect(markdown).toMatch(
      /- \*\*会出错\*\* 第 1 行第 4 列：`env\.setStateBackend\(\.\.\.\)`（1\.19 弃用，2\.0 移除）/,
    );
  });
});
