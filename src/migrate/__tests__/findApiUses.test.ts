import {describe, expect, it} from 'vitest';
import {findApiMentions, findApiUses, type CodeLanguage} from '../findApiUses';
import {maskComments} from '../maskComments';

const ids = (code: string, language: CodeLanguage = 'java') =>
  findApiUses(code, {language}).map((use) => (use.kind === 'change' ? use.change.id : `class:${use.className}`));

describe('maskComments', () => {
  it('blanks comments but keeps strings, offsets and line breaks', () => {
    const code = 'a(); // FsStateBackend\nb("// not a comment"); /* x\ny */ c();';
    const masked = maskComments(code, 'c');
    expect(masked).toHaveLength(code.length);
    expect(masked).not.toContain('FsStateBackend');
    expect(masked).toContain('"// not a comment"');
    expect(masked.split('\n')).toHaveLength(3);
    expect(masked).toContain('c();');
  });

  it('keeps Windows line ends and every offset when it copies the text between comments', () => {
    const code = 'a(); // FsStateBackend\r\nb(); /* x\r\ny */ c();\r\n';
    const masked = maskComments(code, 'c');
    expect(masked).toBe('a();                  \r\nb();     \r\n     c();\r\n');
    expect(masked).toHaveLength(code.length);
  });

  it('runs an unclosed comment or string to the end without throwing', () => {
    expect(maskComments('x(); /* never closed FsStateBackend', 'c')).not.toContain('FsStateBackend');
    expect(() => maskComments('s = "never closed', 'c')).not.toThrow();
  });

  it('takes a Python docstring for prose, but not a string that is an argument or a value', () => {
    const code = [
      '"""Old jobs used FlinkKafkaConsumer."""',
      'def main():',
      "    '''TimeCharacteristic is gone.'''",
      '    t_env.execute_sql(',
      '        """CREATE TABLE t WITH (FlinkKafkaConsumer)""")',
      '    sql = """',
      '    TimeCharacteristic',
      '    """',
      '    x = 1',
      '    """a bare string after a statement: prose too, FsStateBackend"""',
    ].join('\n');
    const masked = maskComments(code, 'hash');
    expect(masked).toHaveLength(code.length);
    expect(masked.split('\n')[0].trim()).toBe('');
    expect(masked.split('\n')[2].trim()).toBe('');
    expect(masked.split('\n')[4]).toContain('FlinkKafkaConsumer');
    expect(masked.split('\n')[6]).toContain('TimeCharacteristic');
    expect(masked).not.toContain('FsStateBackend');
    // Java text blocks are strings, never prose.
    expect(maskComments('String s =\n    """\n    FsStateBackend""";', 'c')).toContain('FsStateBackend');
  });

  it('knows Python, SQL and YAML comments', () => {
    expect(maskComments('env = x  # FlinkKafkaConsumer', 'hash')).not.toContain('Flink');
    expect(maskComments("SET 'a' = 'b'; -- state.backend", 'sql')).not.toContain('state');
  });
});

describe('findApiUses: the matcher behind the docs rules and the migration checker', () => {
  it('finds uses in the order they appear, not in comments', () => {
    const code = [
      '// FsStateBackend was the 1.x way',
      'env.setStateBackend(new FsStateBackend("hdfs:///cp"));',
      'stream.keyBy(0).timeWindow(Time.seconds(5));',
    ].join('\n');
    expect(ids(code)).toEqual([
      'set-state-backend',
      'fs-memory-state-backend',
      'key-by-position',
      'time-window',
      'time-class',
    ]);
  });

  // Issue #21, finding 6: 1.x Chinese tutorials use the versioned Kafka classes.
  it.each(['FlinkKafkaConsumer011', 'FlinkKafkaConsumer010', 'FlinkKafkaProducer011'])('reports %s', (name) => {
    expect(ids(`new ${name}<>("topic", new SimpleStringSchema(), props)`)).toEqual(['flink-kafka-versioned']);
  });

  it('reports the universal FlinkKafkaConsumer as removed with the Kafka connector 4.0', () => {
    const [use] = findApiUses('new FlinkKafkaConsumer<>("t", schema, props)');
    expect(use.kind === 'change' && use.change.removedWith).toMatch(/Kafka 连接器 4\.0/);
  });

  // The 2.3 sources still ship these, deprecated: never report them as broken.
  it('tells deprecated-but-present from removed', () => {
    const uses = findApiUses(
      [
        'import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;',
        'import org.apache.flink.contrib.streaming.state.PredefinedOptions;',
        'connected.keyBy(0, 1);',
        'stream.addSink(sink);',
      ].join('\n'),
    );
    const status = uses.map((use) => (use.kind === 'change' ? [use.change.id, Boolean(use.change.removedIn)] : []));
    expect(status).toEqual([
      ['rocksdb-package-kept', false],
      ['rocksdb-package', true],
      ['connected-key-by-position', false],
      ['add-sink', false],
    ]);
  });

  it('does not report what 2.3 keeps: the Duration-based timestamp extractors and the SerializerConfig', () => {
    expect(
      ids(
        [
          'import org.apache.flink.streaming.api.functions.timestamps.BoundedOutOfOrdernessTimestampExtractor;',
          'new BoundedOutOfOrdernessTimestampExtractor<Event>(Duration.ofSeconds(5)) {};',
          'env.getConfig().getSerializerConfig().registerKryoType(Event.class);',
          'stream.keyBy(e -> e.id).window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)));',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('leaves a file alone that already uses the legacy (internal) SourceFunction, apart from addSource', () => {
    const code =
      'import org.apache.flink.streaming.api.functions.source.legacy.SourceFunction;\nclass S implements SourceFunction<String> {}\nenv.addSource(new S());';
    expect(ids(code)).toEqual(['add-source']);
  });

  it('reports an import of a class the 2.0 release notes removed, when no curated entry covers it', () => {
    expect(ids('import org.apache.flink.api.common.ExecutionMode;')).toEqual([
      'class:org.apache.flink.api.common.ExecutionMode',
    ]);
    // Covered by a curated entry: reported once, with its replacement.
    expect(ids('import org.apache.flink.table.api.TableSchema;')).toEqual(['table-schema']);
  });

  it('reads Python comments as comments', () => {
    expect(ids('# env.set_parallelism(1); FlinkKafkaConsumer is gone\nenv.execute()', 'python')).toEqual([]);
  });
});

describe('findApiMentions', () => {
  it('finds old names in prose once per change', () => {
    expect(
      findApiMentions('旧文章用 FsStateBackend 和 MemoryStateBackend，以及 state.checkpoints.dir。').map(
        (m) => m.change.id,
      ),
    ).toEqual(['fs-memory-state-backend', 'state-checkpoints-dir']);
  });

  it('does not confuse a key with a longer key', () => {
    expect(findApiMentions('state.backend.type: rocksdb').map((m) => m.change.id)).toEqual([]);
  });
});
