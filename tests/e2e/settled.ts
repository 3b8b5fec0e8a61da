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
  const candidates = clean.startsWith('slides/')
    ? [`${clean}.mdx`]
    : clean.startsWith('docs/')
      ? [`${clean}.mdx`, `${clean}.md`, `${clean}/index.mdx`]
      : [];
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

/**
 * Resolves once a timer of `ms` that the page starts now has fired. The page runs its timers in
 * the order they fall due, so every timer it had already set for up to `ms` later (reveal.js's
 * delayed URL write, say) has run first: on a busy machine a fixed sleep in the test can end before
 * the page has run them, this cannot. What a test asserts did not happen has then had its moment.
 */
export async function pageTimersPassed(page: Page, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise<void>((done) => window.setTimeout(done, delay)), ms);
}

/**
 * Records every `<script src>` the page adds (webpack's chunks among them) with whether it has
 * loaded or failed; call before `goto`. The function returned resolves once every script added so
 * far has loaded or failed and one more task has passed with none added, so that whatever an
 * effect started to download is in, and has run, before a test asserts that it was never asked for.
 */
export async function recordAddedScripts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const added: {src: string; done: Promise<void>}[] = [];
    Object.assign(window, {addedScripts: added});
    const watch = (node: Node): void => {
      if (!(node instanceof HTMLScriptElement) || !node.src) return;
      const done = new Promise<void>((settle) => {
        node.addEventListener('load', () => settle(), {once: true});
        node.addEventListener('error', () => settle(), {once: true});
      });
      added.push({src: node.src, done});
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the node's own `this`
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      watch(node);
      return appendChild.call(this, node) as T;
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the node's own `this`
    const insertBefore = Node.prototype.insertBefore;
    Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
      watch(node);
      return insertBefore.call(this, node, child) as T;
    };
  });
  return () =>
    page.evaluate(async () => {
      const added = (window as unknown as {addedScripts: {src: string; done: Promise<void>}[]}).addedScripts;
      for (let seen = -1; seen !== added.length;) {
        seen = added.length;
        await Promise.all(added.map((script) => script.done));
        await new Promise((next) => window.setTimeout(next, 0));
      }
      return added.map((script) => script.src);
    });
}
