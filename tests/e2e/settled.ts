/**
 * Explicit waits for what a test needs of a page, instead of `networkidle` (which waits for a quiet
 * network, not for the page: it passes before a lazy chunk starts, and hangs on a page that polls).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, type Page} from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/** React has hydrated the server-rendered page (Docusaurus then sets `<html data-has-hydrated="true">`). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/**
 * The page's layout is final: fonts loaded, every image loaded and decoded. Lazy images below the fold
 * are loaded too (made eager), so a measurement covers the size each one will take once scrolled to.
 */
export async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map(async (image) => {
        if (image.loading === 'lazy') image.loading = 'eager';
        if (!image.complete) {
          await new Promise<void>((done) => {
            image.addEventListener('load', () => done(), {once: true});
            image.addEventListener('error', () => done(), {once: true});
          });
        }
        // A broken image has nothing to decode; its box is already final.
        if (image.naturalWidth > 0) await image.decode().catch(() => undefined);
      }),
    );
    await document.fonts.ready;
  });
}

/** How many Mermaid diagrams the page's source has: each is drawn at build time into a figure of the page. */
function mermaidDiagramsOf(pagePath: string): number {
  const clean = pagePath.replace(/^\/+|\/+$/g, '');
  const candidates = clean.startsWith('slides/') ? [`${clean}.mdx`] : clean.startsWith('docs/') ? [`${clean}.mdx`, `${clean}.md`, `${clean}/index.mdx`] : [];
  const source = candidates.map((file) => path.join(root, file)).find((file) => existsSync(file));
  return source ? (readFileSync(source, 'utf8').match(/^```mermaid\b/gm)?.length ?? 0) : 0;
}

/**
 * The page as a reader finally sees it: hydrated, a deck started by reveal.js, its diagrams there,
 * its fonts and images in place. What an accessibility scan must wait for.
 */
export async function pageSettled(page: Page, pagePath: string): Promise<void> {
  await hydrated(page);
  const deck = page.locator('[data-deck-status]');
  if ((await deck.count()) > 0) await expect(deck).toHaveAttribute('data-deck-status', 'presenting');
  // Diagrams come with the HTML (no browser code draws them): each is there, in its two colour modes.
  const diagrams = mermaidDiagramsOf(pagePath);
  await expect(page.locator('figure.mermaid-diagram')).toHaveCount(diagrams);
  await expect(page.locator('figure.mermaid-diagram > .mermaid-diagram__svg > svg')).toHaveCount(2 * diagrams);
  await layoutSettled(page);
}
