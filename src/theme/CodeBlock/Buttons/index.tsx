/**
 * The theme's code block buttons (copy, word wrap), mounted as a transition once their block comes
 * within a screen of the viewport. A first visit then adds buttons only to the blocks in sight,
 * in a small render the browser can interrupt, instead of to every block of a lab page in one long
 * commit right after hydration. They are not in the server's HTML anyway; a reader (or the
 * keyboard, which scrolls the block it focuses into view) reaches a block before its buttons.
 */
import {startTransition, useEffect, useState, type ReactNode} from 'react';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Buttons';
import Buttons from '@theme-original/CodeBlock/Buttons';
import {whenNearViewport} from '@site/src/highlight/whenNearViewport';

export default function DeferredButtons(props: Props): ReactNode {
  const {wordWrap: {codeBlockRef}} = useCodeBlockContext();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = (): void => startTransition(() => setShown(true));
    const block = codeBlockRef.current;
    if (!block) {
      show();
      return undefined;
    }
    return whenNearViewport(block, show);
  }, [codeBlockRef]);
  return shown ? <Buttons {...props} /> : null;
}
