/**
 * Stands in for Docusaurus's browserContext module (see index.ts). Same exports and behaviour:
 * `useIsBrowser()` is false while hydrating and true afterwards. The one change is that the flip is
 * a transition. The original sets it in a plain effect, which re-renders every consumer (colour
 * mode, announcement bar, sidebar categories, code blocks, tabs…) in one synchronous render: about
 * 80 ms on a lab page with the CPU slowed 4×, as one long task.
 */
import {createContext, startTransition, useEffect, useState, type ReactNode} from 'react';

export const Context = createContext(false);

export function BrowserContextProvider({children}: {readonly children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
