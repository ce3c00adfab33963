import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {linesShown, plainLines, readHighlightedLines} from '../../src/theme/CodeBlock/highlightedLines';

// What MDX hands the CodeBlock for a fence highlighted by plugins/prism-at-build.
const span = (className: string, ...children: unknown[]) => createElement('span', {className}, ...(children as []));
const children = [
  span('token-line', span('token keyword', 'int'), ' x ', span('token operator', '='), ' ', span('token number', '1')),
  '\n',
  span('token-line', span('token comment', '// highlight-next-line')),
  '\n',
  span('token-line'),
  '\n',
  span('token-line', span('token class-name punctuation', '.')),
];

describe('readHighlightedLines', () => {
  it('reads back each line, its text and its typed tokens', () => {
    const lines = readHighlightedLines(children);
    expect(lines.map((line) => line.text)).toEqual(['int x = 1', '// highlight-next-line', '', '.']);
    expect(lines[0].tokens).toEqual([
      {types: ['keyword'], content: 'int'},
      {types: ['plain'], content: ' x '},
      {types: ['operator'], content: '='},
      {types: ['plain'], content: ' '},
      {types: ['number'], content: '1'},
    ]);
    expect(lines[2].tokens).toEqual([]);
    expect(lines[3].tokens).toEqual([{types: ['class-name', 'punctuation'], content: '.'}]);
  });
});

describe('linesShown', () => {
  const lines = readHighlightedLines(children);

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
