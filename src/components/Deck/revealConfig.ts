/** How the course's decks behave under reveal.js: one place for every presenting and printing choice. */
import type {RevealConfig} from 'reveal.js';

/** The slide size the decks are written for: 16:9, like today's projectors. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** reveal's notes plugin reads `totalTime` (seconds) for its pacing timer; reveal 6's typings omit it. */
type DeckConfig = RevealConfig & {totalTime: number};

/** `minutes` is the deck's share of the agenda: the speaker view paces the slides against it. */
export function revealConfig(plugins: NonNullable<RevealConfig['plugins']>, minutes: number): DeckConfig {
  return {
    totalTime: minutes * 60,
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    // A URL per slide (#/3), so a reload or a shared link opens the same slide.
    hash: true,
    respondToHashChanges: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    transition: 'fade',
    transitionSpeed: 'fast',
    // Print: one page per slide, whatever its fragments or overflow; notes only when asked
    // for with ?print-pdf&showNotes=true (reveal reads options from the query string).
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    showNotes: false,
    plugins,
  };
}
