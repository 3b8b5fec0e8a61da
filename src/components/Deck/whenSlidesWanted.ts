/**
 * When a deck page starts reveal.js. On a screen narrower than `SLIDES_MIN_WIDTH` (a phone
 * held upright), a 1280×720 slide scaled to fit is a third of its size: its text is too small to
 * read, and reveal.js itself leaves its slide view for a scroll view there. So a narrow screen
 * keeps the server's document of slides, in the page's own text size and with each slide's notes,
 * until the reader asks for slides or the screen widens (the phone turned sideways). A print
 * (`?print-pdf`) always starts reveal.js: reveal lays out the pages.
 */
import {useEffect, type RefObject} from 'react';

/** reveal.js's own `scrollActivationWidth`: below it, reveal.js gives up its slide view too. */
export const SLIDES_MIN_WIDTH = 435;

/** The screens that get slides at once. */
export const SLIDES_MEDIA = `(min-width: ${SLIDES_MIN_WIDTH}px)`;

function isPrintRequest(): boolean {
  return new URLSearchParams(window.location.search).has('print-pdf');
}

/**
 * Calls `start` now if the screen is wide enough, the page is printing or the reader `asked`;
 * otherwise once the screen widens. Returns what stops waiting.
 */
export function whenSlidesWanted(asked: boolean, start: () => void): () => void {
  const wide = window.matchMedia(SLIDES_MEDIA);
  if (asked || wide.matches || isPrintRequest()) {
    start();
    return () => undefined;
  }
  const onChange = () => {
    if (!wide.matches) return;
    wide.removeEventListener('change', onChange);
    start();
  };
  wide.addEventListener('change', onChange);
  return () => wide.removeEventListener('change', onChange);
}

/** The slide a link names the way reveal.js writes it (`#/3`, or `#/3/1` in a vertical stack), or null. */
export function slideInHash(hash: string): number | null {
  const match = /^#\/(\d+)(?:\/\d+)?$/.exec(hash);
  return match ? Number(match[1]) : null;
}

/**
 * A link to one slide (`#/3`) opened on a narrow screen scrolls the document to that slide, so a
 * shared link lands where it points whether the deck presents or not.
 */
export function useScrollToLinkedSlide(deck: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (window.matchMedia(SLIDES_MEDIA).matches || isPrintRequest()) return;
    const index = slideInHash(window.location.hash);
    if (index === null) return;
    deck.current?.querySelectorAll(':scope > .slides > section')[index]?.scrollIntoView();
  }, [deck]);
}
