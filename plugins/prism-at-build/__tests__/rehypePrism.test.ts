import type {Element, ElementContent, Root} from 'hast';
import {toString} from 'hast-util-to-string';
import {describe, expect, it} from 'vitest';
import rehypePrism, {HIGHLIGHTED_PROP} from '../rehypePrism';

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
  await rehypePrism({additionalLanguages})(tree);
  const pre = tree.children[0] as Element;
  return pre.children[0] as Element;
}

const elements = (nodes: ElementContent[]) => nodes.filter((node): node is Element => node.type === 'element');
const classesOf = (node: Element) => (node.properties.className as string[]).join(' ');

describe('rehypePrism', () => {
  it('writes one span.token-line per line and typed token spans, keeping the exact text', async () => {
    const source = 'StateTtlConfig ttl = StateTtlConfig\n\n    .newBuilder(Duration.ofHours(24)) // 一天';
    const code = await highlight(fence('java', source));
    const lines = elements(code.children);
    expect(lines.map(classesOf)).toEqual(['token-line', 'token-line', 'token-line']);
    expect(toString(code)).toBe(source);
    expect(lines[1].children).toEqual([]);
    const tokens = elements(lines[2].children).map((token) => [classesOf(token), toString(token)]);
    expect(tokens).toContainEqual(['token function', 'newBuilder']);
    expect(tokens).toContainEqual(['token number', '24']);
    expect(tokens).toContainEqual(['token comment', '// 一天']);
    expect(code.properties[HIGHLIGHTED_PROP]).toBe(true);
  });

  it('uses the additional grammars (Scala here), which Prism only has after loading them', async () => {
    const code = await highlight(fence('scala', 'val env = StreamExecutionEnvironment.getExecutionEnvironment'));
    const [line] = elements(code.children);
    expect(elements(line.children).map((token) => [classesOf(token), toString(token)])).toContainEqual([
      'token keyword',
      'val',
    ]);
  });

  it('keeps a fence without a language, or with an unknown one, as plain lines', async () => {
    for (const language of [undefined, 'no-such-language']) {
      const code = await highlight(fence(language, 'a < b\nc'));
      const lines = elements(code.children);
      expect(lines).toHaveLength(2);
      expect(lines.flatMap((line) => elements(line.children))).toEqual([]);
      expect(toString(code)).toBe('a < b\nc');
    }
  });

  it('leaves inline code alone', async () => {
    const inline: Element = {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{type: 'text', value: 'state.clear()'}],
    };
    const tree: Root = {type: 'root', children: [{type: 'element', tagName: 'p', properties: {}, children: [inline]}]};
    await rehypePrism({additionalLanguages})(tree);
    expect(inline.children).toEqual([{type: 'text', value: 'state.clear()'}]);
    expect(inline.properties[HIGHLIGHTED_PROP]).toBeUndefined();
  });
});
