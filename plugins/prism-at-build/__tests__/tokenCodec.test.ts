import type {Token} from 'prism-react-renderer';
import {beforeAll, describe, expect, it} from 'vitest';
import {highlightableLanguages, tokenizeLines} from '../rehypePrism';
import {decodeTokens, encodeTokens} from '../tokenCodec';

const additionalLanguages = ['java', 'scala', 'sql', 'bash', 'properties'];

/** The lines Prism's renderer shows: its placeholder token on an empty line and empty tokens are not drawn. */
function shownLines(lines: Token[][]): Token[][] {
  return lines.map((line) =>
    line.filter((token) => !token.empty && token.content !== '').map(({types, content}) => ({types, content})),
  );
}

/** Encodes Prism's tokens of `code`, decodes them from the text a fence's <code> holds. */
function roundTrip(code: string, language: string) {
  const lines = tokenizeLines(code, language);
  const encoded = encodeTokens(lines);
  return {expected: shownLines(lines), decoded: decodeTokens(`${code}\n`, encoded), encoded};
}

// One sample per language the notes use, with the cases the format must
// carry: empty lines (first, inside, last), magic comments, Chinese text,
// tabs, comments and strings over several lines, and `,` and digits in the text.
const samples: Record<string, string> = {
  java: [
    '',
    'import org.apache.flink.api.common.state.StateTtlConfig;',
    '',
    '/**',
    ' * 状态的有效期，1 天',
    ' */',
    'StateTtlConfig ttl = StateTtlConfig',
    '    // highlight-next-line',
    '    .newBuilder(Duration.ofHours(24)) // 一天',
    '\t.build();',
    '',
  ].join('\n'),
  scala: 'val env = StreamExecutionEnvironment.getExecutionEnvironment\nenv.fromData(1, 2, 3).map(_ * 2) // 加倍',
  sql: [
    'CREATE TABLE orders (',
    "  id BIGINT COMMENT '订单号, 主键',",
    '  ts TIMESTAMP(3),',
    '  -- highlight-next-line',
    "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND",
    ") WITH ('connector' = 'kafka');",
  ].join('\n'),
  yaml: 'execution:\n  checkpointing:\n    interval: 30s # 每 30 秒\n\nstate.backend.type: rocksdb\ndesc: |\n  第一行\n  第二行',
  bash: '# 提交作业\n./bin/flink run \\\n  -Dparallelism.default=4 \\\n\t./examples/streaming/WordCount.jar --input "a,b"',
  python: 'def f(x):\n    """多行\n    字符串"""\n    return x + 1  # 加一\n',
  xml: '<dependency>\n  <!-- 测试依赖 -->\n  <artifactId>flink-test-utils</artifactId>\n</dependency>',
  properties: '# 检查点\nexecution.checkpointing.interval=30s\n\nstate.backend.type = forst',
  text: 'Caused by: java.lang.IllegalStateException: 已取消\n\n\tat org.apache.flink.Foo.bar(Foo.java:42)',
};

describe('tokenCodec', () => {
  beforeAll(() => highlightableLanguages(additionalLanguages));

  for (const [language, code] of Object.entries(samples)) {
    it(`decodes what it encoded from Prism's ${language} tokens`, () => {
      const {expected, decoded} = roundTrip(code, language);
      expect(decoded).toEqual(expected);
      expect(expected.map((line) => line.map((token) => token.content).join('')).join('\n')).toBe(code);
      if (language !== 'text') expect(expected.flat().some((token) => token.types[0] !== 'plain')).toBe(true);
    });
  }

  it('keeps a one-line fence, and an empty one, as one line', () => {
    expect(roundTrip('SELECT 1;', 'sql').decoded).toHaveLength(1);
    expect(roundTrip('', 'java')).toEqual({expected: [[]], decoded: [[]], encoded: {types: '', tokens: ''}});
  });

  it('writes one entry for a token over several lines and none for the text', () => {
    const {encoded} = roundTrip('/*\n * 第一行，2 行\n */', 'java');
    expect(encoded).toEqual({types: 'comment', tokens: 'a17'});
  });

  it('writes plain text as one entry, however many lines', () => {
    expect(roundTrip(samples.text, 'text').encoded).toEqual({types: 'plain', tokens: `a${samples.text.length}`});
  });

  it('cuts a multi-line token at each line break, as Prism splits it', () => {
    const encoded = {types: 'plain,comment', tokens: 'a2b11'};
    expect(decodeTokens('x \n/* a\n\n b */\n', encoded)).toEqual([
      [{types: ['plain'], content: 'x '}],
      [{types: ['comment'], content: '/* a'}],
      [],
      [{types: ['comment'], content: ' b */'}],
    ]);
  });

  it('gives lists past the 26th a longer index, still read back', () => {
    const lines: Token[][] = [Array.from({length: 700}, (_, i) => ({types: [`t${i}`], content: 'x'}))];
    const encoded = encodeTokens(lines);
    expect(encoded.tokens.startsWith('a1b1c1')).toBe(true);
    expect(encoded.tokens).toContain('z1Ba1Bb1');
    expect(encoded.tokens).toContain('Zz1BAa1');
    expect(encoded.tokens.endsWith('BAx1')).toBe(true);
    expect(decodeTokens(`${'x'.repeat(700)}\n`, encoded)).toEqual(lines);
  });

  it('refuses a type name it could not write', () => {
    for (const types of [['a,b'], ['a b'], [''], []]) {
      expect(() => encodeTokens([[{types, content: 'x'}]])).toThrow('写不进 data-token-types');
    }
  });

  describe('props that do not fit the text decode to null, never to wrong lines', () => {
    const code = 'int x;\n';
    const cases: [string, string, string][] = [
      ['an index with no list', 'keyword,plain', 'a3c1a1a1'],
      ['a token past the end', 'keyword,plain', 'a3b1a3'],
      ['a token of length 0', 'keyword', 'a0a6'],
      ['text left uncovered (one short)', 'keyword,plain', 'a3b1a1'],
      ['an entry without a length', 'keyword', 'a'],
      ['a character outside the format', 'keyword', 'a3,b1'],
      ['an empty type', 'keyword,,plain', 'a3b2a1'],
      ['tokens but no types', '', 'a6'],
    ];
    it('accepts the well-formed props these cases spoil', () => {
      expect(decodeTokens(code, {types: 'keyword,plain', tokens: 'a3b2a1'})).toEqual([
        [
          {types: ['keyword'], content: 'int'},
          {types: ['plain'], content: ' x'},
          {types: ['keyword'], content: ';'},
        ],
      ]);
    });
    for (const [what, types, tokens] of cases) {
      it(what, () => expect(decodeTokens(code, {types, tokens})).toBeNull());
    }
  });
});
