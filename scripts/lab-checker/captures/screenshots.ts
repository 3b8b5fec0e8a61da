/**
 * Pictures of the lab pages' browser steps, taken by `npm run labs:capture` with a headless Chromium
 * from the lab's running containers, and kept small for the page's column (900 CSS pixels wide,
 * JPEG): they are course pages' pictures, counted by the page-weight budget.
 */
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {chromiumArgs, findChromium} from '../../../lib/chromium';
import type {StepScreenshot} from '../../../lib/labs/manifest';
import {repoRoot} from '../paths';

/** Where the pictures live: the site's static files, served at `/img/labs/`. */
export const SCREENSHOT_DIR = path.join(repoRoot, 'static', 'img', 'labs');
export const SCREENSHOT_WIDTH = 900;
const QUALITY = 70;

let taking = false;
let browser: Promise<Browser> | undefined;

/** Pictures are taken only when asked (`--capture`): a plain check needs no browser. */
export function takeScreenshots(on: boolean): void {
  taking = on;
}

export function takingScreenshots(): boolean {
  return taking;
}

async function launch(): Promise<Browser> {
  const executablePath = await findChromium();
  const {chromium} = await import('playwright-core');
  return chromium.launch({executablePath, args: [...chromiumArgs]});
}

/** Takes one picture; a problem (the page never showed its text) comes back as a sentence. */
export async function screenshot(shot: StepScreenshot): Promise<string | undefined> {
  browser ??= launch();
  const context = await (await browser).newContext({viewport: {width: SCREENSHOT_WIDTH, height: shot.height ?? 560}, deviceScaleFactor: 1});
  try {
    const page = await context.newPage();
    // A server that is still starting resets the connection, as a student's first try may meet.
    for (let tries = 1; ; tries += 1) {
      try {
        await page.goto(shot.url, {waitUntil: 'load', timeout: 30_000});
        break;
      } catch (error) {
        if (tries >= 60) throw error;
        await page.waitForTimeout(1000);
      }
    }
    try {
      // The first match may be hidden (Jupyter's table of contents): wait for one that shows.
      await page.getByText(shot.waitFor).filter({visible: true}).first().waitFor({state: 'visible', timeout: 60_000});
    } catch {
      // What the page showed instead, for whoever reads the failure: its text, and a picture in build/.
      const failures = path.join(repoRoot, 'build', 'screenshot-failures');
      mkdirSync(failures, {recursive: true});
      await page.screenshot({path: path.join(failures, shot.file)});
      const text = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      )
        .replace(/\s+/g, ' ')
        .slice(0, 300);
      return `${shot.url} never showed ${JSON.stringify(shot.waitFor)} (its picture: ${path.relative(repoRoot, path.join(failures, shot.file))}); it showed: ${text || '(nothing)'}`;
    }
    // Fonts and late layout (Jupyter's panels) settle after the text shows.
    await page.waitForTimeout(1500);
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
    await page.screenshot({path: path.join(SCREENSHOT_DIR, shot.file), type: 'jpeg', quality: QUALITY});
    return undefined;
  } catch (error) {
    return `the picture ${shot.file} of ${shot.url} could not be taken: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  } finally {
    await context.close();
  }
}

export async function closeScreenshotBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}
