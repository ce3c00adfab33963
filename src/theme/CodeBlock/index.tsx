import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {HighlightedLinesContext, readHighlightedLines} from './highlightedLines';

type Props = WrapperProps<typeof CodeBlockType> & {'data-highlighted'?: boolean};

/**
 * Wrapped, not ejected. A fenced block highlighted at build time
 * (`plugins/prism-at-build`) arrives with its lines as elements, which the
 * theme would show as a bare `<pre>` without title or copy button. This hands
 * the theme the plain text instead, so its title, copy, word wrap, line
 * numbers and magic comments work as usual, and passes the highlighted lines
 * down to `CodeBlock/Content`, the one part replaced.
 */
export default function CodeBlockWrapper({'data-highlighted': highlighted, children, ...props}: Props) {
  if (!highlighted) return <CodeBlock {...props}>{children}</CodeBlock>;
  const lines = readHighlightedLines(children);
  return (
    <HighlightedLinesContext value={lines}>
      <CodeBlock {...props}>{lines.map((line) => line.text).join('\n')}</CodeBlock>
    </HighlightedLinesContext>
  );
}
