/**
 * Whether a code block keeps the lines the server rendered: true for a block that hydrates, so
 * its lines are neither rebuilt nor hydrated (React leaves an element given
 * `dangerouslySetInnerHTML` as the server sent it) and the browser needs no code, runs or grammar
 * to show them. A block mounted later (a client-side visit; `npm start`, which does not hydrate)
 * renders its lines itself.
 */
import {useState, useSyncExternalStore} from 'react';

const noSubscription = () => () => {};

export function useKeptServerLines(): boolean {
  // React reads the server snapshot only while hydrating, so this is true then and false for a
  // block mounted later. (It renders the block once more after hydrating, the lines untouched.)
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [kept] = useState(() => hydrating && typeof window !== 'undefined');
  return kept;
}
