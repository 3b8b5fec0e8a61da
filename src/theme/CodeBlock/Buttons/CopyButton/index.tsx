/**
 * The theme's copy button, also for island code blocks (src/highlight/islands.ts), whose code is
 * not in the page's JavaScript: it copies the lines the block shows, read back from the page (the
 * server's lines), or from the page's island module once a client-side visit has loaded it.
 */
import {useContext, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Buttons/CopyButton';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import {CodeBlockContextProvider, useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {CodeSourceContext} from '@site/src/highlight/CodeSourceContext';
import type {CodeIslands} from '@site/src/highlight/islands';
import {linesText} from '@site/src/highlight/html';
import {useIslandHtml} from '@site/src/highlight/useIslandHtml';

function textOfHtml(html: string): string {
  const lines = document.createElement('div');
  lines.innerHTML = html;
  return linesText(lines);
}

function IslandCopyButton({island, index, ...props}: Props & {island: CodeIslands; index: number}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  // Buttons mount after the block's first render: a kept block already shows its lines (a block
  // still waiting for them shows empty ones, marked busy). Only a block without them loads them.
  const shown = wordWrap.codeBlockRef.current;
  const onPage = island.loaded() === undefined && shown?.querySelector('.token-line') && !shown.querySelector('[aria-busy]') ? linesText(shown) : undefined;
  const {html} = useIslandHtml(island, index, onPage === undefined);
  const code = html !== undefined ? textOfHtml(html) : (onPage ?? '');
  return (
    <CodeBlockContextProvider metadata={{...metadata, code}} wordWrap={wordWrap}>
      <CopyButton {...props} />
    </CodeBlockContextProvider>
  );
}

export default function IslandAwareCopyButton(props: Props): ReactNode {
  const source = useContext(CodeSourceContext);
  if (source?.kind !== 'island') return <CopyButton {...props} />;
  return <IslandCopyButton {...props} island={source.island} index={source.index} />;
}
