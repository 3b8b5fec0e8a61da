/**
 * What a first visit to a page downloads: every script and stylesheet a browser with an empty cache
 * fetches until the page is ready (hydrated, a deck started) and the network has gone quiet. Shared
 * by `npm run bench` and the budget test, so both count the same bytes.
 */
import {gzipSync} from 'node:zlib';
import type {Browser, Page, Request} from 'playwright-core';

export type DownloadKind = 'js' | 'css';

export interface Download {
  readonly url: string;
  readonly kind: DownloadKind;
  readonly body: Buffer;
  /** The body's size gzipped at level 9, what a well-configured static host sends. */
  readonly gzip: number;
}

export interface FirstVisit {
  readonly js: number;
  readonly css: number;
  readonly downloads: readonly Download[];
}

const QUIET_MS = 500;
const READY_TIMEOUT_MS = 30_000;

/** Resolves once the page is ready: hydrated, a deck started (or laid out for print), effects run. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: READY_TIMEOUT_MS});
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-deck-status]')?.getAttribute('data-deck-status');
      return status === undefined || status === null || status === 'presenting' || status === 'print';
    },
    undefined,
    {timeout: READY_TIMEOUT_MS},
  );
  await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle())));
}

/** Resolves once no request has been in flight for QUIET_MS (chunks loaded by effects included). */
async function quiet(inFlight: () => number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS) {
    if (Date.now() > deadline) throw new Error(`the network did not go quiet within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (inFlight() > 0) quietSince = Date.now();
  }
}

export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  // A new context has an empty cache: this is a first visit.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending = new Set<Request>();
    const fetched = new Map<string, DownloadKind>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') fetched.set(response.url(), type === 'script' ? 'js' : 'css');
    });
    const response = await page.goto(url, {waitUntil: 'load'});
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await ready(page);
    await quiet(() => pending.size);
    const downloads: Download[] = [];
    for (const [address, kind] of fetched) {
      // Fetched again rather than read from the page: the browser may have dropped a body once used.
      const body = await (await context.request.get(address)).body();
      downloads.push({url: address, kind, body, gzip: gzipSync(body, {level: 9}).length});
    }
    const total = (kind: DownloadKind) => downloads.filter((d) => d.kind === kind).reduce((sum, d) => sum + d.gzip, 0);
    return {js: total('js'), css: total('css'), downloads};
  } finally {
    await context.close();
  }
}
