/**
 * The theme's code block buttons (copy, word wrap), mounted after hydration as a transition: a
 * page of many blocks then adds them in small slices the browser can interrupt, instead of in one
 * long task with the rest of the page's first render. They are not in the server's HTML anyway.
 */
import {startTransition, useEffect, useState, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Buttons';
import Buttons from '@theme-original/CodeBlock/Buttons';

export default function DeferredButtons(props: Props): ReactNode {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? <Buttons {...props} /> : null;
}
