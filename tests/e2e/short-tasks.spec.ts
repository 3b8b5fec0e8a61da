/**
 * The work after a first visit's hydration comes in short pieces (src/plugins/short-tasks, the
 * code block's content-visibility and its buttons): the features stay, they only wait. Prefetches
 * of the pages a visible link leads to happen in idle time; a code block off screen is skipped by
 * layout, and gets its buttons, until it nears the viewport; a print lays out every block. The
 * app itself starts in tasks after `main.js` has run, not in the task that runs it.
 */
import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './settled';

const LAB = '/docs/labs/04-rest-api';

interface Prefetch {
  readonly href: string;
  readonly inIdleCallback: boolean;
}

/** Records every `<link rel="prefetch">` the page adds, and whether an idle callback added it. */
async function recordPrefetches(page: Page): Promise<() => Promise<Prefetch[]>> {
  await page.addInitScript(() => {
    const log: {href: string; inIdleCallback: boolean}[] = [];
    Object.assign(window, {prefetchLog: log});
    let idleDepth = 0;
    const requestIdle = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (callback, options) =>
      requestIdle((deadline) => {
        idleDepth += 1;
        try {
          callback(deadline);
        } finally {
          idleDepth -= 1;
        }
      }, options);
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (node instanceof HTMLLinkElement && node.rel === 'prefetch') log.push({href: node.href, inIdleCallback: idleDepth > 0});
      return appendChild.call(this, node) as T;
    };
  });
  return () => page.evaluate(() => (window as unknown as {prefetchLog: Prefetch[]}).prefetchLog);
}

/** The page's code blocks (their `<pre>`), in page order. */
function blocks(page: Page) {
  return page.locator('pre.prism-code');
}

/** Whether a block's lines are rendered: the `<pre>` keeps its box, what it holds is skipped. */
const rendered = (page: Page, index: number) =>
  blocks(page)
    .nth(index)
    .locator('code')
    .evaluate((code) => code.checkVisibility({contentVisibilityAuto: true}));

test.describe('short tasks after hydration', () => {
  test('a lab page still prefetches the pages its visible links lead to, each in an idle callback', async ({page}) => {
    const prefetches = await recordPrefetches(page);
    await page.goto(LAB);
    await hydrated(page);
    await expect.poll(async () => (await prefetches()).length, {timeout: 15_000}).toBeGreaterThan(0);
    const all = await prefetches();
    expect(all.every((p) => p.href.endsWith('.js'))).toBe(true);
    expect(all.filter((p) => !p.inIdleCallback)).toEqual([]);
  });

  test('a code block off screen is skipped and has no buttons until it nears the viewport, and keeps the height its lines gave it', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(LAB);
    await hydrated(page);
    const last = (await blocks(page).count()) - 1;
    expect(last).toBeGreaterThan(10);
    const far = blocks(page).nth(last);
    const farBlock = far.locator('xpath=ancestor::div[contains(@class, "theme-code-block")][1]');
    expect(await rendered(page, last)).toBe(false);
    await expect(farBlock.getByRole('button', {name: /copy/i})).toHaveCount(0);
    const estimated = (await far.boundingBox())!.height;

    await far.scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(page, last)).toBe(true);
    await expect(farBlock.getByRole('button', {name: /copy/i})).toHaveCount(1);
    // On a wide screen nothing wraps: the line count gave the height, within a scrollbar.
    expect(Math.abs((await far.boundingBox())!.height - estimated)).toBeLessThanOrEqual(16);
  });

  test('a print lays out every code block', async ({page}) => {
    await page.goto(LAB);
    await hydrated(page);
    const visibility = () => blocks(page).evaluateAll((pres) => [...new Set(pres.map((pre) => getComputedStyle(pre).contentVisibility))]);
    expect(await visibility()).toEqual(['auto']);
    await page.emulateMedia({media: 'print'});
    expect(await visibility()).toEqual(['visible']);
  });
});

test('the app starts after main.js has run, in tasks of its own, and hydrates the page', async ({page}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    // A classic script's load event fires in the task that ran it, right after it ran.
    document.addEventListener(
      'load',
      (event) => {
        const target = event.target;
        if (target instanceof HTMLScriptElement && /\/main\.[\w]+\.js$/.test(target.src)) {
          Object.assign(window, {startedByMainJs: typeof window.docusaurus !== 'undefined'});
        }
      },
      true,
    );
  });
  await page.goto(LAB);
  await hydrated(page);
  const state = await page.evaluate(() => ({
    startedByMainJs: (window as unknown as {startedByMainJs?: boolean}).startedByMainJs,
    root: typeof (window as unknown as {docusaurusRoot?: unknown}).docusaurusRoot,
  }));
  expect(state.startedByMainJs, 'main.js loaded, and its load event was seen').toBe(false);
  expect(state.root).toBe('object');
  // The app runs the page: its next-page link navigates within it (the window, and this mark, stay).
  await page.evaluate(() => Object.assign(window, {samePage: true}));
  const next = page.locator('a.pagination-nav__link--next');
  const nextPath = new URL((await next.getAttribute('href')) ?? '', 'http://x').pathname;
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${nextPath}$`));
  expect(await page.evaluate(() => (window as unknown as {samePage?: boolean}).samePage)).toBe(true);
  expect(errors).toEqual([]);
});

