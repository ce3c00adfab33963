import {createContext} from 'react';
import type {Token} from 'prism-react-renderer';
import {decodeTokens, type EncodedTokens} from '@site/plugins/prism-at-build/tokenCodec';

/** One line of a code block as `plugins/prism-at-build` highlighted it. */
export interface HighlightedLine {
  readonly text: string;
  readonly tokens: Token[];
}

/** Lines of the block being rendered; null for blocks the build did not highlight. */
export const HighlightedLinesContext = createContext<readonly HighlightedLine[] | null>(null);

/**
 * The lines of a fenced block from the text and token props the build
 * wrote (`tokenCodec.ts`). Null when the block has no such props (a
 * `<CodeBlock>` written as JSX) or they do not fit its text: that block is
 * then shown as plain, unhighlighted code rather than breaking the page.
 */
export function highlightedLines(code: string, {types, tokens}: Partial<EncodedTokens>): HighlightedLine[] | null {
  if (typeof types !== 'string' || typeof tokens !== 'string') return null;
  const lines = decodeTokens(code, {types, tokens});
  return lines && lines.map((line) => ({text: line.map((token) => token.content).join(''), tokens: line}));
}

/**
 * The theme removes magic-comment lines (`// highlight-next-line`…) from the
 * code it shows. The build highlighted every line, so this keeps, in order,
 * the lines that are still there. Returns null if they do not line up.
 */
export function linesShown(lines: readonly HighlightedLine[], code: string): Token[][] | null {
  const shown = code.split('\n');
  const kept: Token[][] = [];
  for (const line of lines) {
    if (kept.length < shown.length && line.text === shown[kept.length]) kept.push(line.tokens);
  }
  return kept.length === shown.length ? kept : null;
}

/** A block the build did not highlight (e.g. `<CodeBlock>` written as JSX): plain lines. */
export function plainLines(code: string): Token[][] {
  return code.split('\n').map((content) => [{types: ['plain'], content}]);
}
