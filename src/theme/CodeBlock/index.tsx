/**
 * The theme's CodeBlock (a swizzle Docusaurus marks safe to eject) rendered by the site's own code
 * block (src/code-highlight/CodeBlock.tsx), so components that import `@theme/CodeBlock` (lab
 * steps, instructor notes, decks) get the same markup, colours and buttons as the pages' fences.
 */
import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import SiteCodeBlock from '@site/src/code-highlight/CodeBlock';

export default function CodeBlock({children, className, language, title}: Props): ReactNode {
  return (
    <SiteCodeBlock className={className} language={language} title={title}>
      {children}
    </SiteCodeBlock>
  );
}
