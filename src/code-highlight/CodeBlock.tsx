/**
 * The site's code block: a `<pre>` of coloured lines as HTML, a title, and copy and word-wrap
 * buttons. It stands in for the theme's CodeBlock (src/theme/CodeBlock), which renders a dozen
 * components per block and highlights in the browser.
 *
 * Where a block's lines come from:
 * - a fenced block of a page: its page's code module (page-code.ts), HTML the build made;
 * - code a component passes (a command from a lab manifest): coloured on the server by the bash
 *   and PowerShell grammars (runtime.ts), and by the browser only for a block mounted later.
 * While the first page hydrates, every block keeps the lines the server rendered (React leaves an
 * element given `dangerouslySetInnerHTML` as it is): nothing to download, tokenise or hydrate.
 * Its buttons have no React handler and no state: buttons.ts handles them.
 */
import {use, useEffect, useState, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import IconCopy from '@theme/Icon/Copy';
import IconSuccess from '@theme/Icon/Success';
import IconWordWrap from '@theme/Icon/WordWrap';
import {useKeptServerHtml} from '@site/src/components/StaticHtml';
import {CODE_ACTION, COPY_LABEL} from './buttons';
import {linesToHtml} from './html';
import {RUNTIME_LANGUAGES} from './languages';
import {loadedRuntime, loadRuntime} from './loadRuntime';
import type {PageCode} from './page-code';
import {plainRuns, toLines} from './tokens';
import styles from './CodeBlock.module.css';

export interface Props {
  /** The code (or, rarely, elements to show as they are). */
  readonly children?: ReactNode;
  /** The language; MDX's `className="language-…"` names it too. */
  readonly language?: string;
  readonly className?: string;
  readonly title?: ReactNode;
  /** The page's code module that holds this block's lines, its index there and its line count. */
  readonly pageCode?: PageCode;
  readonly pageCodeIndex?: number;
  readonly pageCodeLines?: number;
}

const onServer = typeof window === 'undefined';

type Lines = {readonly html: string} | {readonly busy: number} | {readonly failed: true};

function needsRuntime(language: string): boolean {
  return (RUNTIME_LANGUAGES as readonly string[]).includes(language.toLowerCase());
}

function commandHtml(code: string, language: string, runtime: ReturnType<typeof loadedRuntime>): string {
  const runs = runtime && needsRuntime(language) ? runtime.highlightAtRuntime(code, language) : plainRuns(code);
  return linesToHtml(toLines(runs));
}

/** A command's lines: on the server at once (it waits for the grammars), in the browser plain until they load. */
function useCommandLines(code: string, language: string, wanted: boolean): Lines {
  const serverRuntime = onServer && wanted && needsRuntime(language) ? use(loadRuntime()) : undefined;
  const [runtime, setRuntime] = useState(loadedRuntime);
  const missing = wanted && !onServer && needsRuntime(language) && !runtime;
  useEffect(() => {
    if (!missing) return undefined;
    let current = true;
    // A failed download leaves the command plain, still readable and copyable.
    loadRuntime().then(
      (module) => current && setRuntime(module),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [missing]);
  return {html: wanted ? commandHtml(code, language, serverRuntime ?? runtime) : ''};
}

/** A fenced block's lines from its page's code module: on the server at once, in the browser once loaded. */
function usePageCodeLines(pageCode: PageCode | undefined, index: number, lineCount: number, wanted: boolean): Lines {
  const serverHtml = onServer && pageCode && wanted ? use(pageCode.load()) : undefined;
  const [html, setHtml] = useState(() => pageCode?.loaded()?.[String(index)]);
  const [failed, setFailed] = useState(false);
  const missing = wanted && !onServer && pageCode !== undefined && html === undefined;
  useEffect(() => {
    if (!missing) return undefined;
    let current = true;
    pageCode.load().then(
      (all) => current && setHtml(all[String(index)] ?? ''),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [missing, pageCode, index]);
  if (serverHtml) {
    const found = serverHtml[String(index)];
    if (found === undefined) throw new Error(`code block ${index} is missing from its page's code module`);
    return {html: found};
  }
  if (failed) return {failed: true};
  return html === undefined ? {busy: lineCount} : {html};
}

function LinesOf({lines, keptRef}: {lines: Lines | 'kept'; keptRef: (code: HTMLElement | null) => void}): ReactNode {
  const className = styles.lines;
  // Hydration leaves the server's lines alone, and so does every later render ('' stays '').
  if (lines === 'kept') return <code className={className} ref={keptRef} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  if ('html' in lines) return <code className={className} dangerouslySetInnerHTML={{__html: lines.html}} />;
  if ('failed' in lines) {
    return (
      <code className={className}>
        <div className="token-line">(This code could not be downloaded. Check your connection and reload the page.)</div>
      </code>
    );
  }
  // As many empty lines as will come, so nothing below moves while they download.
  return (
    <code
      className={className}
      aria-busy="true"
      dangerouslySetInnerHTML={{__html: '<div class="token-line"><br></div>'.repeat(lines.busy)}}
    />
  );
}

export default function CodeBlock({
  children,
  language: languageProp,
  className,
  title,
  pageCode,
  pageCodeIndex = 0,
  pageCodeLines,
}: Props): ReactNode {
  const {kept, keptRef} = useKeptServerHtml();
  const language = languageProp ?? /language-(\S+)/.exec(className ?? '')?.[1] ?? 'text';
  const code =
    typeof children === 'string'
      ? children.replace(/\r?\n$/, '')
      : Array.isArray(children) && children.every((c) => typeof c === 'string')
        ? children.join('').replace(/\r?\n$/, '')
        : undefined;
  const fromPage = pageCode !== undefined;
  const pageLines = usePageCodeLines(pageCode, pageCodeIndex, pageCodeLines ?? 1, fromPage && !kept);
  const commandLines = useCommandLines(code ?? '', language, !fromPage && code !== undefined && !kept);
  const lineCount = fromPage ? (pageCodeLines ?? 1) : (code ?? '').split('\n').length;
  let lines: ReactNode;
  if (!fromPage && code === undefined) lines = <code className={styles.lines}>{children}</code>;
  else lines = <LinesOf lines={kept ? 'kept' : fromPage ? pageLines : commandLines} keptRef={keptRef} />;
  return (
    <div className={clsx(ThemeClassNames.common.codeBlock, `language-${language}`, styles.container, className)}>
      {title && <div className={styles.title}>{title}</div>}
      <div className={styles.content}>
        {/* A focusable block can be scrolled with the keyboard. */}
        <pre
          tabIndex={0}
          className={clsx('prism-code', `language-${language}`, 'thin-scrollbar', styles.pre)}
          style={{'--code-lines': lineCount} as CSSProperties}
        >
          {lines}
        </pre>
        <div className={styles.buttons}>
          <button
            type="button"
            className="clean-btn"
            aria-label="Toggle word wrap"
            title="Toggle word wrap"
            aria-pressed="false"
            {...{[CODE_ACTION]: 'wrap'}}
          >
            <IconWordWrap className={styles.icon} aria-hidden="true" />
          </button>
          <button type="button" className="clean-btn" aria-label={COPY_LABEL} title="Copy" {...{[CODE_ACTION]: 'copy'}}>
            <span className={styles.icons} aria-hidden="true">
              <IconCopy className={styles.copyIcon} />
              <IconSuccess className={styles.successIcon} />
            </span>
          </button>
        </div>
      </div>
    </div>
  );
}
