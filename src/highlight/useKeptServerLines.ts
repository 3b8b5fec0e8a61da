/**
 * Whether a code block keeps the lines the server rendered: true for a block that hydrates, so
 * its lines are neither rebuilt nor hydrated (React leaves an element given
 * `dangerouslySetInnerHTML` as the server sent it) and the browser needs no code, runs or grammar
 * to show them. A block mounted later (a client-side visit; `npm start`, which does not hydrate)
 * renders its lines itself. What is decided at the first render stays: a block is not rendered
 * again when hydration ends (`useSyncExternalStore` would render every block again, in one
 * synchronous render after hydrating).
 */
import {useCallback, useState} from 'react';
import {isHydrating} from '@site/src/plugins/short-tasks/hydrating';

export interface KeptServerLines {
  readonly kept: boolean;
  /** The ref of the `<code>` that holds the kept lines. */
  readonly keptLinesRef: (code: HTMLElement | null) => void;
}

export function useKeptServerLines(): KeptServerLines {
  const [kept, setKept] = useState(() => typeof window !== 'undefined' && isHydrating());
  const keptLinesRef = useCallback((code: HTMLElement | null) => {
    // A block React mounted afresh while the page hydrated (it renders a part of the page again
    // after a mismatch) has no server lines to keep: it renders its own, before the browser paints.
    if (code && !code.hasChildNodes()) setKept(false);
  }, []);
  return {kept, keptLinesRef};
}
