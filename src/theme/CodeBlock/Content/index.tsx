/**
 * The theme's code block content, coloured without a highlighter in the browser: from the runs
 * the build made (`tokens`), or, for a command a component renders from a lab manifest, by the
 * bash and PowerShell grammars alone (src/highlight/runtime.ts). Tokens carry Prism's class names;
 * their colours are CSS rules of both colour modes (src/plugins/code-highlight).
 */
import {forwardRef, useContext, useMemo, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import type {LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {TokensContext} from '@site/src/highlight/TokensContext';
import {highlightAtRuntime} from '@site/src/highlight/runtime';
import {decodeRuns, toLines} from '@site/src/highlight/tokens';
import styles from './styles.module.css';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  // A focusable block can be scrolled with the keyboard.
  return <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
});

function getLineProps({className}: LineInputProps): LineOutputProps {
  return {className: clsx('token-line', className)};
}

function getTokenProps({token}: TokenInputProps): TokenOutputProps {
  return {className: clsx('token', ...token.types), children: token.content};
}

export default function CodeBlockContent({className}: {className?: string}): ReactNode {
  const {metadata, wordWrap: {codeBlockRef}} = useCodeBlockContext();
  const tokens = useContext(TokensContext);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const lines = useMemo(() => toLines((tokens !== undefined ? decodeRuns(code, tokens) : undefined) ?? highlightAtRuntime(code, language)), [code, language, tokens]);
  const numbered = lineNumbersStart !== undefined;
  return (
    <Pre ref={codeBlockRef} className={clsx(className, 'prism-code', `language-${language}`)}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined}>
        {lines.map((line, i) => (
          <Line key={i} line={[...line]} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers={numbered} />
        ))}
      </code>
    </Pre>
  );
}
