/**
 * The theme's code block content, coloured without a highlighter in the browser: from the runs
 * the build made (`tokens`), or, for a command a component renders from a lab manifest, by the
 * bash and PowerShell grammars alone (src/highlight/runtime.ts). Tokens carry Prism's class names;
 * their colours are CSS rules of both colour modes (src/plugins/code-highlight).
 */
import {forwardRef, useContext, useMemo, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import ThemeLine from '@theme/CodeBlock/Line';
import type {LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {TokensContext} from '@site/src/highlight/TokensContext';
import {highlightAtRuntime} from '@site/src/highlight/runtime';
import {decodeRuns, toLines, type Line, type Run} from '@site/src/highlight/tokens';
import styles from './styles.module.css';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  // A focusable block can be scrolled with the keyboard.
  return <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
});

/**
 * A line as the theme's Line renders it, with plain spans for its tokens: a page's code blocks run
 * to thousands of tokens, and React hydrates a component per token more slowly than a span.
 */
function CodeLine({line, classNames}: {line: Line; classNames: string[] | undefined}): ReactNode {
  return (
    <div className={clsx('token-line', classNames)}>
      {line.map((run, i) => (
        <span key={i} className={tokenClassName(run)}>
          {run.content}
        </span>
      ))}
      <br />
    </div>
  );
}

function tokenClassName(run: Run): string {
  return `token ${run.types.join(' ')}`;
}

function getLineProps({className}: LineInputProps): LineOutputProps {
  return {className: clsx('token-line', className)};
}

function getTokenProps({token}: TokenInputProps): TokenOutputProps {
  return {className: tokenClassName(token), children: token.content};
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
        {lines.map((line, i) =>
          // Numbered lines (no page uses them yet) keep the theme's Line, which lays out the numbers.
          numbered ? (
            <ThemeLine key={i} line={[...line]} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers />
          ) : (
            <CodeLine key={i} line={line} classNames={lineClassNames[i]} />
          ),
        )}
      </code>
    </Pre>
  );
}
