/**
 * The work after a first visit's hydration comes in short pieces (src/plugins/short-tasks): the
 * features stay, they only wait. Prefetches of the pages a visible link leads to happen in idle
 * time; the app itself starts in tasks after `main.js` has run, not in the task that runs it.
 */
import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './settled';

const LAB = '/docs/labs/04-rest-api';

interface Prefetch {
  readonly href: string;
  /** Which idle callback added it (counted from 1), or 0 outside any. */
  readonly idleCallback: number;
  /** Whether the page had fetched the file already when the link was added. */
  readonly fetchedBefore: boolean;
}

/**
 * Records every `<link rel="prefetch">` the page adds: in which idle callback, and whether the file
 * was fetched already. `idleWaiting` counts the idle callbacks set up and not yet run.
 */
async function recordPrefetches(page: Page): Promise<{prefetches: () => Promise<Prefetch[]>; idleWaiting: () => Promise<number>}> {
  await page.addInitScript(() => {
    const log: {href: string; idleCallback: number; fetchedBefore: boolean}[] = [];
    Object.assign(window, {prefetchLog: log});
    const idle = {waiting: 0};
    Object.assign(window, {idleCallbacksWaiting: idle});
    let current = 0;
    let count = 0;
    const requestIdle = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (callback, options) => {
      idle.waiting += 1;
      return requestIdle((deadline) => {
        const outer = current;
        current = ++count;
        try {
          callback(deadline);
        } finally {
          current = outer;
          // After the callback, which sets up the queue's next one before it returns: while the
          // queue holds an item, a callback is always waiting.
          idle.waiting -= 1;
        }
      }, options);
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the node's own `this`
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (node instanceof HTMLLinkElement && node.rel === 'prefetch') {
        log.push({href: node.href, idleCallback: current, fetchedBefore: performance.getEntriesByName(node.href).length > 0});
      }
      return appendChild.call(this, node) as T;
    };
  });
  return {
    prefetches: () => page.evaluate(() => (window as unknown as {prefetchLog: Prefetch[]}).prefetchLog),
    idleWaiting: () => page.evaluate(() => (window as unknown as {idleCallbacksWaiting: {waiting: number}}).idleCallbacksWaiting.waiting),
  };
}

/**
 * Records the `<script src>` elements the page adds, with the task that added each: a task is
 * closed by a message posted when its first script is added, which runs as the next task.
 */
async function recordScriptTasks(page: Page): Promise<() => Promise<{src: string; task: number}[]>> {
  await page.addInitScript(() => {
    const log: {src: string; task: number}[] = [];
    Object.assign(window, {scriptLog: log});
    let task = 0;
    let open = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      open = false;
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the node's own `this`
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (node instanceof HTMLScriptElement && node.src) {
        if (!open) {
          open = true;
          task += 1;
          channel.port2.postMessage(null);
        }
        log.push({src: node.src, task});
      }
      return appendChild.call(this, node) as T;
    };
  });
  return () => page.evaluate(() => (window as unknown as {scriptLog: {src: string; task: number}[]}).scriptLog);
}

test.describe('short tasks after hydration', () => {
  // The slides page links to every deck: their routes share the deck page's chunks.
  for (const [what, pagePath] of [
    ['a lab page', LAB],
    ['the slides page', '/slides'],
  ]) {
    test(`${what} still prefetches the pages its visible links lead to: one new file per idle callback, none it has already`, async ({
      page,
    }) => {
      const {prefetches, idleWaiting} = await recordPrefetches(page);
      await page.goto(pagePath!);
      await hydrated(page);
      await expect.poll(async () => (await prefetches()).length, {timeout: 15_000}).toBeGreaterThan(1);
      // The idle queue goes on after the first links: it has finished when no idle callback waits.
      await expect.poll(idleWaiting, {timeout: 15_000}).toBe(0);
      const all = await prefetches();
      expect(all.every((p) => p.href.endsWith('.js'))).toBe(true);
      expect(
        all.filter((p) => p.idleCallback === 0),
        'added outside an idle callback',
      ).toEqual([]);
      expect(
        all.filter((p) => p.fetchedBefore),
        'files the page had fetched already',
      ).toEqual([]);
      expect(all.length - new Set(all.map((p) => p.href)).size, 'files prefetched twice').toBe(0);
      expect(new Set(all.map((p) => p.idleCallback)).size, 'one file per idle callback').toBe(all.length);
    });
  }

  test("a first visit requests the page's chunks a few scripts per task, not all in one", async ({page}) => {
    const scripts = await recordScriptTasks(page);
    await page.goto(LAB);
    await hydrated(page);
    const added = await scripts();
    const perTask = [...new Set(added.map((s) => s.task))].map((task) => added.filter((s) => s.task === task).length);
    // The lab's route has seven chunk names (the docs layouts', the doc's), and some bring shared
    // chunks with them: Docusaurus's preload alone adds every script in one task.
    expect(added.length).toBeGreaterThanOrEqual(7);
    expect(perTask.length, 'tasks that add scripts').toBeGreaterThanOrEqual(3);
    expect(Math.max(...perTask), 'the most scripts one task adds').toBeLessThan(added.length / 2);
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
