import {Children, createContext, isValidElement, type ReactNode} from 'react';
import type {Token} from 'prism-react-renderer';

/** One line of a code block as `plugins/prism-at-build` highlighted it. */
export interface HighlightedLine {
  readonly text: string;
  readonly tokens: Token[];
}

type ElementProps = {className?: string; children?: ReactNode};

/** Lines of the block being rendered; null for blocks the build did not highlight. */
export const HighlightedLinesContext = createContext<readonly HighlightedLine[] | null>(null);

function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => (isValidElement<ElementProps>(child) ? textOf(child.props.children) : String(child)))
    .join('');
}

function tokenOf(child: ReactNode): Token {
  if (!isValidElement<ElementProps>(child)) return {types: ['plain'], content: String(child)};
  const types = (child.props.className ?? '').split(' ').filter((name) => name !== '' && name !== 'token');
  return {types, content: textOf(child.props.children)};
}

/**
 * Reads back the `span.token-line` / `span.token` elements the build wrote
 * into a fenced block's `<code>` (MDX hands them over as React elements).
 */
export function readHighlightedLines(children: ReactNode): HighlightedLine[] {
  return Children.toArray(children)
    .filter(isValidElement<ElementProps>)
    .map((line) => {
      const tokens = Children.toArray(line.props.children).map(tokenOf);
      return {text: tokens.map((token) => token.content).join(''), tokens};
    });
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
