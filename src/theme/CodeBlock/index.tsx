/**
 * The theme's CodeBlock, with three changes: a block whose lines are an island of its page
 * (`island`, see src/highlight/islands.ts) carries no code; a block highlighted at build time
 * otherwise passes its runs (`tokens`, see src/remark/highlight-code.ts) to Content; and no second
 * render after hydration, which the original needs only because its colours are inline styles of
 * one colour mode (here they are CSS rules for both, see src/plugins/code-highlight).
 */
import {Children, isValidElement, type ReactNode} from 'react';
import type {Props as ThemeProps} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import {CodeSourceContext, type CodeSource} from '@site/src/highlight/CodeSourceContext';
import type {CodeIslands} from '@site/src/highlight/islands';

export interface Props extends ThemeProps {
  readonly tokens?: string;
  readonly island?: CodeIslands;
  readonly islandIndex?: number;
  /** The island's line count. */
  readonly islandLines?: number;
}

/** Plain strings become one string, so the block can be highlighted and copied. */
function stringify(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children, tokens, island, islandIndex, islandLines, ...props}: Props): ReactNode {
  let source: CodeSource | undefined;
  if (island && islandIndex !== undefined) source = {kind: 'island', island, index: islandIndex, lines: islandLines ?? 1};
  else if (tokens !== undefined) source = {kind: 'tokens', tokens};
  // An island's code is not in the page's JavaScript: the theme's block gets none.
  const content = source?.kind === 'island' ? '' : stringify(children);
  if (typeof content !== 'string') return <ElementContent {...props}>{content}</ElementContent>;
  return (
    <CodeSourceContext.Provider value={source}>
      <StringContent {...props}>{content}</StringContent>
    </CodeSourceContext.Provider>
  );
}
