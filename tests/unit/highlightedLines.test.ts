import {describe, expect, it} from 'vitest';
import {highlightedLines, linesShown, plainLines} from '../../src/theme/CodeBlock/highlightedLines';

// What MDX hands the CodeBlock for a fence highlighted by plugins/prism-at-build:
// the fence's text and the two token props (plugins/prism-at-build/tokenCodec.ts).
const code = 'int x = 1\n// highlight-next-line\n\n.\n';
const encoded = {types: 'keyword,plain,operator,number,comment,class-name punctuation', tokens: 'a3b3c1b1d1e22f1'};

describe('highlightedLines', () => {
  it('reads each line, its text and its typed tokens from the props', () => {
    const lines = highlightedLines(code, encoded);
    expect(lines?.map((line) => line.text)).toEqual(['int x = 1', '// highlight-next-line', '', '.']);
    expect(lines?.[0].tokens).toEqual([
      {types: ['keyword'], content: 'int'},
      {types: ['plain'], content: ' x '},
      {types: ['operator'], content: '='},
      {types: ['plain'], content: ' '},
      {types: ['number'], content: '1'},
    ]);
    expect(lines?.[2].tokens).toEqual([]);
    expect(lines?.[3].tokens).toEqual([{types: ['class-name', 'punctuation'], content: '.'}]);
  });

  it('is null for a block without the props (a <CodeBlock> written as JSX)', () => {
    expect(highlightedLines(code, {})).toBeNull();
    expect(highlightedLines(code, {types: encoded.types})).toBeNull();
  });

  it('is null, so the block shows as plain code, when the props do not fit the text', () => {
    expect(highlightedLines(code, {...encoded, tokens: 'a3b3c1b1d1e22f2'})).toBeNull();
    expect(highlightedLines('int y = 2\n', encoded)).toBeNull();
    expect(highlightedLines(code, {types: encoded.types, tokens: '??'})).toBeNull();
  });
});

describe('linesShown', () => {
  const lines = highlightedLines(code, encoded) ?? [];

  it('keeps every line when the theme shows the code unchanged', () => {
    expect(linesShown(lines, 'int x = 1\n// highlight-next-line\n\n.')).toHaveLength(4);
  });

  it('drops the lines the theme removed as magic comments', () => {
    const shown = linesShown(lines, 'int x = 1\n\n.');
    expect(shown?.map((tokens) => tokens.map((token) => token.content).join(''))).toEqual(['int x = 1', '', '.']);
  });

  it('returns null when the code does not match the lines', () => {
    expect(linesShown(lines, 'int y = 2')).toBeNull();
  });
});

describe('plainLines', () => {
  it('splits code into one plain token per line', () => {
    expect(plainLines('a\nb')).toEqual([[{types: ['plain'], content: 'a'}], [{types: ['plain'], content: 'b'}]]);
  });
});
