import type {Element, Root} from 'hast';
import {Prism} from 'prism-react-renderer';
import {afterEach, describe, expect, it} from 'vitest';
import rehypePrism from '../rehypePrism';
import {decodeTokens, TOKEN_TYPES_PROP, TOKENS_PROP} from '../tokenCodec';

const additionalLanguages = ['java', 'scala', 'sql', 'bash', 'properties'];

// What Markdown makes of a fence: <pre><code class="language-x">text\n</code></pre>.
function fence(language: string | undefined, text: string): Root {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: language ? {className: [`language-${language}`]} : {},
    children: [{type: 'text', value: `${text}\n`}],
  };
  return {type: 'root', children: [{type: 'element', tagName: 'pre', properties: {}, children: [code]}]};
}

async function highlight(tree: Root): Promise<Element> {
  await rehypePrism({additionalLanguages})(tree, {path: 'docs/blogs/x.mdx'});
  const pre = tree.children[0] as Element;
  return pre.children[0] as Element;
}

/** The code element's text and the lines its props decode to, as [types, text] pairs per line. */
function read(code: Element) {
  expect(code.children).toHaveLength(1);
  const [text] = code.children;
  if (text.type !== 'text') throw new Error('the code element should hold only its text');
  const encoded = {types: String(code.properties[TOKEN_TYPES_PROP]), tokens: String(code.properties[TOKENS_PROP])};
  const decoded = decodeTokens(text.value, encoded);
  if (!decoded) throw new Error(`the props do not fit the text: ${JSON.stringify(encoded)}`);
  return {text: text.value, lines: decoded.map((line) => line.map((token) => [token.types.join(' '), token.content]))};
}

describe('rehypePrism', () => {
  it("keeps the fence's text, final line break included, and writes its tokens as props", async () => {
    const source = 'StateTtlConfig ttl = StateTtlConfig\n\n    .newBuilder(Duration.ofHours(24)) // 一天';
    const {text, lines} = read(await highlight(fence('java', source)));
    expect(text).toBe(`${source}\n`);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual([]);
    expect(lines[2]).toContainEqual(['function', 'newBuilder']);
    expect(lines[2]).toContainEqual(['number', '24']);
    expect(lines[2]).toContainEqual(['comment', '// 一天']);
  });

  it('keeps the line break of a one-line fence, so the theme does not show it inline', async () => {
    expect(read(await highlight(fence('sql', 'SELECT 1;'))).text).toBe('SELECT 1;\n');
  });

  it('turns CRLF and CR line breaks into LF, the one line break the props know', async () => {
    const {text, lines} = read(await highlight(fence('properties', 'a=1\r\n\r\nb=2\rc=3')));
    expect(text).toBe('a=1\n\nb=2\nc=3\n');
    expect(lines).toHaveLength(4);
  });

  it('uses the additional grammars (Scala here), which Prism only has after loading them', async () => {
    const {lines} = read(
      await highlight(fence('scala', 'val env = StreamExecutionEnvironment.getExecutionEnvironment')),
    );
    expect(lines[0]).toContainEqual(['keyword', 'val']);
  });

  it('keeps a fence without a language, or with an unknown one, as plain lines', async () => {
    for (const language of [undefined, 'no-such-language']) {
      const code = await highlight(fence(language, 'a < b\nc'));
      expect(read(code).lines).toEqual([[['plain', 'a < b']], [['plain', 'c']]]);
      expect(code.properties[TOKEN_TYPES_PROP]).toBe('plain');
    }
  });

  describe('a grammar whose token type the props cannot hold', () => {
    afterEach(() => {
      delete Prism.languages['bad-types'];
    });

    it('fails the build naming the file, the line and the fix', async () => {
      Prism.languages['bad-types'] = {'a,b': /x/};
      const tree = fence('bad-types', 'x');
      (tree.children[0] as Element).children[0].position = {start: {line: 12, column: 1}, end: {line: 14, column: 4}};
      await expect(highlight(tree)).rejects.toThrow(
        /^docs\/blogs\/x\.mdx 第 12 行的 bad-types 代码块：Prism 的 token 类型「a,b」.*请把围栏的语言改为 text/,
      );
    });
  });

  it('leaves inline code alone', async () => {
    const inline: Element = {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{type: 'text', value: 'state.clear()'}],
    };
    const tree: Root = {type: 'root', children: [{type: 'element', tagName: 'p', properties: {}, children: [inline]}]};
    await rehypePrism({additionalLanguages})(tree, {path: 'docs/blogs/x.mdx'});
    expect(inline).toEqual({
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{type: 'text', value: 'state.clear()'}],
    });
  });
});
