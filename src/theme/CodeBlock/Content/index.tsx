import {useContext, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import type {Props} from '@theme/CodeBlock/Content';
import type {LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {HighlightedLinesContext, linesShown, plainLines} from '../highlightedLines';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import styles from './styles.module.css';

// The class names prism-react-renderer's <Highlight> gives lines and tokens;
// the colours come from the stylesheet plugins/prism-at-build writes.
function getLineProps({className}: LineInputProps): LineOutputProps {
  return {className: clsx('token-line', className)};
}

function getTokenProps({token}: TokenInputProps): TokenOutputProps {
  return {className: clsx('token', token.types), children: token.content};
}

/**
 * Depends on Docusaurus internals: see MAINTAINERS.md (依赖 Docusaurus 内部实现的地方).
 *
 * Replaces (rather than wraps) the theme's CodeBlock/Content: the original
 * imports prism-react-renderer's <Highlight>, which is what puts Prism
 * (~110 KB) in every page's main bundle. This renders the lines the build
 * already highlighted, with the theme's own Line component and the same
 * markup and classes as the original.
 *
 * The lines are static: on the page the reader opened, they keep the
 * server-rendered markup rather than being hydrated token by token (code
 * was two thirds of the elements of the longest note).
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const highlighted = useContext(HighlightedLinesContext);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const lines = (highlighted && linesShown(highlighted, code)) ?? plainLines(code);
  const numbered = lineNumbersStart !== undefined;
  const {id, html} = useServerRenderedHtml();
  const content =
    html !== null
      ? {dangerouslySetInnerHTML: {__html: html}}
      : {
          children: lines.map((line, index) => (
            <Line
              key={index}
              line={line}
              getLineProps={getLineProps}
              getTokenProps={getTokenProps}
              classNames={lineClassNames[index]}
              showLineNumbers={numbered}
            />
          )),
        };
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // A scrollable region: reachable with the keyboard, as in the original.
      tabIndex={0}
      className={clsx(className, 'prism-code', `language-${language}`, styles.codeBlock, 'thin-scrollbar')}>
      <code
        id={id}
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined}
        {...content}
      />
    </pre>
  );
}
