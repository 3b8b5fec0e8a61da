/**
 * Draws diagrams with mermaid's own browser bundle in headless Chromium: mermaid measures text and
 * lays out boxes with a real DOM, so this is the same picture mermaid draws in a browser. One
 * browser serves a whole build; it starts on the first diagram and closes once diagrams stop
 * coming, so neither a build nor `npm start` keeps it running. Nothing is fetched: every request
 * the page would make is refused.
 */
import {createRequire} from 'node:module';
import type {Browser, BrowserType, Page} from 'playwright-core';
import type {MermaidConfig} from 'mermaid';
import {chromiumArgs, findChromium} from '../../../lib/chromium';

export interface RenderJob {
  readonly id: string;
  readonly source: string;
  readonly config: MermaidConfig;
}

/** Draws one diagram, returning its SVG markup. */
export type Render = (job: RenderJob) => Promise<string>;

/** No browser to draw with; the message says why. */
export class NoBrowserError extends Error {
  override readonly name = 'NoBrowserError';
}

const require = createRequire(import.meta.url);

/** The version of mermaid that draws: part of every cache key. */
export const mermaidVersion: string = (require('mermaid/package.json') as {version: string}).version;

const IDLE_MS = 3000;

interface MermaidGlobal {
  initialize(config: MermaidConfig): void;
  render(id: string, source: string): Promise<{svg: string}>;
}

async function launch(): Promise<Browser> {
  let chromium: BrowserType;
  try {
    ({chromium} = await import('playwright-core'));
  } catch {
    throw new NoBrowserError('playwright-core is not installed (run "npm install")');
  }
  const executablePath = await findChromium();
  if (!executablePath) throw new NoBrowserError('no Chromium found');
  try {
    return await chromium.launch({executablePath, args: [...chromiumArgs]});
  } catch (error) {
    throw new NoBrowserError(`Chromium did not start (${(error as Error).message.split('\n')[0]})`);
  }
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({path: require.resolve('mermaid/dist/mermaid.min.js')});
  return page;
}

/** A renderer backed by one headless Chromium, started on demand; jobs run one at a time. */
export function browserRenderer(): Render {
  let session: Promise<{browser: Browser; page: Page}> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let idle: NodeJS.Timeout | undefined;

  const start = async () => {
    const browser = await launch();
    try {
      return {browser, page: await openPage(browser)};
    } catch (error) {
      await browser.close();
      throw error;
    }
  };

  const closeWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      const closing = session;
      if (pending > 0 || !closing) return;
      session = undefined;
      void closing.then(({browser}) => browser.close()).catch(() => undefined);
    }, IDLE_MS);
  };

  const draw = async ({id, source, config}: RenderJob): Promise<string> => {
    session ??= start();
    let page: Page;
    try {
      ({page} = await session);
    } catch (error) {
      // A failed start is not kept: the next diagram (after installing a browser in `npm start`) tries again.
      session = undefined;
      throw error;
    }
    return page.evaluate(
      async ({id, source, config}) => {
        const mermaid = (globalThis as unknown as {mermaid: MermaidGlobal}).mermaid;
        mermaid.initialize(config);
        return (await mermaid.render(id, source)).svg;
      },
      {id, source, config},
    );
  };

  return (job) => {
    pending++;
    clearTimeout(idle);
    const result = queue.then(() => draw(job));
    queue = result.catch(() => undefined);
    return result.finally(() => {
      pending--;
      if (pending === 0) closeWhenIdle();
    });
  };
}
