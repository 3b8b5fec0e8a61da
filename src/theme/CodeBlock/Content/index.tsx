/**
 * The theme's code block content, coloured without a highlighter on a first visit. While the page
 * hydrates, a block keeps the lines the server rendered (useKeptServerLines): nothing to decode,
 * tokenise or hydrate. A block mounted later renders its lines from where they come from
 * (CodeSourceContext): its page's island (HTML the build made), runs the build made (`tokens`),
 * or, for a command a component renders from a lab manifest, the bash and PowerShell grammars,
 * loaded then (loadRuntime). Tokens carry Prism's class names; their colours are CSS rules of both
 * colour modes (src/plugins/code-highlight).
 */
import {forwardRef, memo, use, useContext, useEffect, useMemo, useState, type ComponentProps, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import ThemeLine from '@theme/CodeBlock/Line';
import type {LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {CodeSourceContext} from '@site/src/highlight/CodeSourceContext';
import type {CodeIslands} from '@site/src/highlight/islands';
import {RUNTIME_LANGUAGES} from '@site/src/highlight/languages';
import {loadedRuntime, loadRuntime} from '@site/src/highlight/loadRuntime';
import {lineClassName, tokenClassName} from '@site/src/highlight/html';
import {decodeRuns, plainRuns, toLines, type Line, type Run} from '@site/src/highlight/tokens';
import {useIslandHtml} from '@site/src/highlight/useIslandHtml';
import {useKeptServerLines} from '@site/src/highlight/useKeptServerLines';
import styles from './styles.module.css';

const onServer = typeof window === 'undefined';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  // A focusable block can be scrolled with the keyboard.
  return <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
});

type CodeProps = ComponentProps<'code'>;

/**
 * A line as the theme's Line renders it, with plain spans for its tokens (React renders a
 * component per token more slowly than a span); the same markup as html.ts writes. Memoised: the
 * block renders again when its buttons mount, and its lines stay as they are.
 */
const CodeLine = memo(
  function CodeLine({line, classNames}: {line: Line; classNames: string[] | undefined}): ReactNode {
    return (
      <div className={lineClassName(classNames)}>
        {line.map((run, i) => (
          <span key={i} className={tokenClassName(run)}>
            {run.content}
          </span>
        ))}
        <br />
      </div>
    );
  },
  (before, after) => before.line === after.line && String(before.classNames) === String(after.classNames),
);

function getLineProps({className}: LineInputProps): LineOutputProps {
  return {className: clsx('token-line', className)};
}

function getTokenProps({token}: TokenInputProps): TokenOutputProps {
  return {className: tokenClassName(token), children: token.content};
}

/** An island's lines on the server: it waits for the page's module (the server render waits for every suspended component). */
function ServerIslandLines({island, index, codeProps}: {island: CodeIslands; index: number; lines: number; codeProps: CodeProps}): ReactNode {
  const html = use(island.load())[String(index)];
  if (html === undefined) throw new Error(`code island ${index} is missing from its page's module`);
  return <code {...codeProps} dangerouslySetInnerHTML={{__html: html}} />;
}

/**
 * An island's lines mounted in the browser: from the page's module, loaded once. Until they arrive,
 * as many empty lines take their place, so nothing below moves (a link to a step further down
 * stays where it scrolled to).
 */
function ClientIslandLines({island, index, lines, codeProps}: {island: CodeIslands; index: number; lines: number; codeProps: CodeProps}): ReactNode {
  const {html, failed} = useIslandHtml(island, index);
  if (failed) {
    return (
      <code {...codeProps}>
        <div className="token-line">(This code could not be downloaded. Check your connection and reload the page.)</div>
      </code>
    );
  }
  if (html !== undefined) return <code {...codeProps} dangerouslySetInnerHTML={{__html: html}} />;
  return (
    <code {...codeProps} aria-busy="true">
      {Array.from({length: lines}, (_, i) => (
        <div key={i} className="token-line">
          <br />
        </div>
      ))}
    </code>
  );
}

function needsRuntime(language: string): boolean {
  return (RUNTIME_LANGUAGES as readonly string[]).includes(language.toLowerCase());
}

/** The runs of a block whose code the page holds: the build's, or the run-time grammars' (plain until they load). */
function useRuns(code: string, language: string, tokens: string | undefined): Run[] {
  const decoded = useMemo(() => (tokens === undefined ? undefined : decodeRuns(code, tokens)), [code, tokens]);
  const wanted = decoded === undefined && needsRuntime(language);
  // The server has the grammars at once: it waits for them as for an island.
  const serverRuntime = onServer && wanted ? use(loadRuntime()) : undefined;
  const [runtime, setRuntime] = useState(loadedRuntime);
  useEffect(() => {
    if (!wanted || runtime) return undefined;
    let current = true;
    // A failed download leaves the command plain, still readable and copyable.
    loadRuntime().then((module) => current && setRuntime(module), () => undefined);
    return () => {
      current = false;
    };
  }, [wanted, runtime]);
  const highlighter = serverRuntime ?? runtime;
  return useMemo(() => decoded ?? (wanted && highlighter ? highlighter.highlightAtRuntime(code, language) : plainRuns(code)), [decoded, wanted, highlighter, code, language]);
}

function StringLines({tokens, codeProps}: {tokens: string | undefined; codeProps: CodeProps}): ReactNode {
  const {metadata} = useCodeBlockContext();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const runs = useRuns(code, language, tokens);
  const lines = useMemo(() => toLines(runs), [runs]);
  const numbered = lineNumbersStart !== undefined;
  return (
    <code {...codeProps}>
      {lines.map((line, i) =>
        // Numbered lines (no page uses them yet) keep the theme's Line, which lays out the numbers.
        numbered ? (
          <ThemeLine key={i} line={[...line]} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers />
        ) : (
          <CodeLine key={i} line={line} classNames={lineClassNames[i]} />
        ),
      )}
    </code>
  );
}

export default function CodeBlockContent({className}: {className?: string}): ReactNode {
  const {metadata, wordWrap: {codeBlockRef}} = useCodeBlockContext();
  const source = useContext(CodeSourceContext);
  const {kept, keptLinesRef} = useKeptServerLines();
  const {language, lineNumbersStart} = metadata;
  const numbered = lineNumbersStart !== undefined;
  const codeProps: CodeProps = {
    className: clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering),
    style: numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined,
  };
  let lines: ReactNode;
  if (kept) {
    // Hydration leaves the server's lines alone, and so does every later render ('' stays '').
    lines = <code {...codeProps} ref={keptLinesRef} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  } else if (source?.kind === 'island') {
    const Lines = onServer ? ServerIslandLines : ClientIslandLines;
    lines = <Lines island={source.island} index={source.index} lines={source.lines} codeProps={codeProps} />;
  } else {
    lines = <StringLines tokens={source?.kind === 'tokens' ? source.tokens : undefined} codeProps={codeProps} />;
  }
  // Off screen, a block is sized by its line count until it is laid out (styles.module.css).
  const lineCount = source?.kind === 'island' ? source.lines : metadata.code.split('\n').length;
  return (
    <Pre ref={codeBlockRef} className={clsx(className, 'prism-code', `language-${language}`)} style={{'--code-lines': lineCount} as CSSProperties}>
      {lines}
    </Pre>
  );
}
