/**
 * reveal.js's own stylesheet, mounted only while a deck is on screen. It comes as text with the
 * deck route's data rather than as a CSS import, so it never reaches the site-wide stylesheet.
 */
const STYLE_ID = 'reveal-core-css';

/** Adds the stylesheet to the document and returns a function that removes it. */
export function mountRevealStyles(css: string): () => void {
  document.getElementById(STYLE_ID)?.remove();
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  // First in <head>, so the deck theme (in the site's stylesheet) refines reveal's defaults.
  document.head.prepend(style);
  return () => style.remove();
}
