/**
 * The theme's CodeBlock, with two changes: a block highlighted at build time passes its runs
 * (`tokens`, see src/remark/highlight-code.ts) to Content; and no second render after hydration,
 * which the original needs only because its colours are inline styles of one colour mode
 * (here they are CSS rules for both, see src/plugins/code-highlight).
 */
import {Children, isValidElement, type ReactNode} from 'react';
import type {Props as ThemeProps} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import {TokensContext} from '@site/src/highlight/TokensContext';

export interface Props extends ThemeProps {
  readonly tokens?: string;
}

/** Plain strings become one string, so the block can be highlighted and copied. */
function stringify(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children, tokens, ...props}: Props): ReactNode {
  const content = stringify(children);
  if (typeof content !== 'string') return <ElementContent {...props}>{content}</ElementContent>;
  return (
    <TokensContext.Provider value={tokens}>
      <StringContent {...props}>{content}</StringContent>
    </TokensContext.Provider>
  );
}
