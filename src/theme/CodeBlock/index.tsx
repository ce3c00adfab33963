import CodeBlock from '@theme-original/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {TOKEN_TYPES_PROP, TOKENS_PROP} from '@site/plugins/prism-at-build/tokenCodec';
import {HighlightedLinesContext, highlightedLines} from './highlightedLines';
import {isLegacyFence} from './legacyFence';
import styles from './styles.module.css';

type Props = WrapperProps<typeof CodeBlockType> & {[TOKEN_TYPES_PROP]?: string; [TOKENS_PROP]?: string};

/**
 * Depends on Docusaurus internals: see MAINTAINERS.md (依赖 Docusaurus 内部实现的地方).
 *
 * Wrapped, not ejected. A fenced block highlighted at build time
 * (`plugins/prism-at-build`) arrives as its text plus two props that say
 * where its tokens are (`tokenCodec.ts`). This gives the text to the
 * theme's own string renderer, so title, copy, word wrap, line numbers and
 * magic comments work as usual, and passes the decoded lines down to
 * `CodeBlock/Content`, the one part replaced. Props that do not fit the
 * text leave the block plain, as a block the build did not highlight.
 *
 * It calls that renderer directly rather than through the original, which
 * renders every block a second time after hydration to swap in the dark
 * Prism theme; here the colours are CSS, so that second render is not needed.
 *
 * A block marked `legacy` shows an old API on purpose (to compare with the
 * 2.x way); it gets a label so that no reader copies it by mistake.
 */
export default function CodeBlockWrapper({
  [TOKEN_TYPES_PROP]: types,
  [TOKENS_PROP]: tokens,
  children,
  ...props
}: Props) {
  const lines = typeof children === 'string' ? highlightedLines(children, {types, tokens}) : null;
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
