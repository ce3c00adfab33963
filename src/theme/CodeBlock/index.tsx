import CodeBlock from '@theme-original/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {HighlightedLinesContext, readHighlightedLines} from './highlightedLines';
import {isLegacyFence} from './legacyFence';
import styles from './styles.module.css';

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
 *
 * A block marked `legacy` shows an old API on purpose (to compare with the
 * 2.x way); it gets a label so that no reader copies it by mistake.
 */
export default function CodeBlockWrapper({'data-highlighted': highlighted, children, ...props}: Props) {
  const lines = highlighted ? readHighlightedLines(children) : undefined;
  const block = lines ? (
    <HighlightedLinesContext value={lines}>
      <StringContent {...props}>{lines.map((line) => line.text).join('\n')}</StringContent>
    </HighlightedLinesContext>
  ) : (
    <CodeBlock {...props}>{children}</CodeBlock>
  );
  if (!isLegacyFence(props.metastring)) return block;
  return (
    <div className={styles.legacy}>
      <p className={styles.legacyLabel}>旧写法：仅作对照，Flink 2.x 中请勿照抄</p>
      {block}
    </div>
  );
}
