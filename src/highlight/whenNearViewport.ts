/**
 * Calls `run` once, when `element` comes within a screen of the viewport, through one
 * IntersectionObserver shared by every caller (an observer per element costs more than the work
 * it defers). Returns a function that stops waiting. Without IntersectionObserver, runs at once.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        run?.();
      }
    },
    {rootMargin: '100% 0px'},
  );
  return observer;
}

export function whenNearViewport(element: Element, run: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    run();
    return () => {};
  }
  waiting.set(element, run);
  sharedObserver().observe(element);
  return () => {
    if (waiting.delete(element)) observer?.unobserve(element);
  };
}
