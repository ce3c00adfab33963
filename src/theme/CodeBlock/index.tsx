import CodeBlock from '@theme-original/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {HighlightedLinesContext, readHighlightedLines} from './highlightedLines';

type Props = WrapperProps<typeof CodeBlockType> & {'data-highlighted'?: boolean};

/**
 * Depends on Docusaurus internals: see MAINTAINERS.md (依赖 Docusaurus 内部实现的地方).
 *
 * Wrapped, not ejected. A fenced block highlighted at build time
 * (`plugins/prism-at-build`) arrives with its lines as elements, which the
 * original would show as a bare `<pre>` without title or copy button. This
 * gives the theme's own string renderer the plain text instead, so title,
 * copy, word wrap, line numbers and magic comments work as usual, and passes
 * the highlighted lines down to `CodeBlock/Content`, the one part replaced.
 *
 * It calls that renderer directly rather than through the original, which
 * renders every block a second time after hydration to swap in the dark
 * Prism theme; here the colours are CSS, so that second render is not needed.
 */
export default function CodeBlockWrapper({'data-highlighted': highlighted, children, ...props}: Props) {
  if (!highlighted) return <CodeBlock {...props}>{children}</CodeBlock>;
  const lines = readHighlightedLines(children);
  return (
    <HighlightedLinesContext value={lines}>
      <StringContent {...props}>{lines.map((line) => line.text).join('\n')}</StringContent>
    </HighlightedLinesContext>
  );
}
