/**
 * A queue whose items are handled one per idle period, in the order they came: work that can wait
 * (prefetching the next pages) never lengthens a task the reader is waiting on.
 */

/** Calls `run` once the main thread is idle (requestIdleCallback where there is one). */
export type WhenIdle = (run: () => void) => void;

/** requestIdleCallback, or a short timeout in a browser without it. */
export const whenIdle: WhenIdle = (run) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, {timeout: 5000});
  else window.setTimeout(run, 100);
};

/** Returns `add`: each added item is handled by `handle` in an idle period of its own. */
export function idleQueue<T>(handle: (item: T) => void, idle: WhenIdle = whenIdle): (item: T) => void {
  const waiting: T[] = [];
  const next = (): void => {
    const item = waiting.shift();
    if (waiting.length > 0) idle(next);
    // Last, so that an error in one item does not stop the ones after it.
    if (item !== undefined) handle(item);
  };
  return (item) => {
    waiting.push(item);
    if (waiting.length === 1) idle(next);
  };
}
