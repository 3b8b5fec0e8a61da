/**
 * What a reader gets from the code blocks and the shell tabs of a lab page besides their colours
 * (code-highlight.spec.ts) and their lines (page-code.spec.ts): a block off screen is skipped
 * by layout until it nears the viewport and keeps the height its lines gave it, a print lays out
 * every block, word wrap folds a long line, and one choice of shell holds for every step of the
 * page, on the next visit and from a link.
 */
import {expect, test, type Locator, type Page} from '@playwright/test';
import lab01 from '../../labs/01-docker-basics/lab';
import {hydrated} from './settled';

const LAB = '/docs/labs/04-rest-api';

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

test.describe('code blocks', () => {
  test('a code block off screen is skipped until it nears the viewport, and keeps the height its lines gave it', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(LAB);
    await hydrated(page);
    // The last block a reader can scroll to: blocks on a tab not chosen have no box.
    const last = await blocks(page).evaluateAll((pres) => pres.findLastIndex((pre) => pre.checkVisibility()));
    expect(last).toBeGreaterThan(10);
    const far = blocks(page).nth(last);
    expect(await rendered(page, last)).toBe(false);
    const estimated = (await far.boundingBox())!.height;

    await far.scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(page, last)).toBe(true);
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

  test('word wrap folds a line wider than its block, and unfolds it', async ({page}) => {
    // A laptop's window: on a phone's, long lines wrap anyway (src/css/custom.css).
    await page.setViewportSize({width: 1000, height: 800});
    await page.goto(LAB);
    await hydrated(page);
    const scrolls = (pre: Locator) => pre.evaluate((element) => element.scrollWidth > element.clientWidth);
    // The first block the reader must scroll sideways, measured with every block laid out (off screen, one is not).
    const wide = await blocks(page).evaluateAll((pres) => {
      for (const pre of pres) pre.style.contentVisibility = 'visible';
      const index = pres.findIndex((pre) => pre.checkVisibility() && pre.scrollWidth > pre.clientWidth);
      for (const pre of pres) pre.style.removeProperty('content-visibility');
      return index;
    });
    expect(wide, 'a block of lab 04 is wider than the window').toBeGreaterThanOrEqual(0);
    const pre = blocks(page).nth(wide);
    const block = pre.locator('xpath=ancestor::div[contains(@class, "theme-code-block")][1]');
    await pre.scrollIntoViewIfNeeded();
    expect(await scrolls(pre)).toBe(true);
    const wrap = block.getByRole('button', {name: 'Toggle word wrap'});
    await wrap.click();
    await expect(wrap).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => scrolls(pre)).toBe(false);
    await wrap.click();
    await expect.poll(() => scrolls(pre)).toBe(true);
  });
});

test.describe('shell tabs', () => {
  const steps = (lab01.steps ?? []).filter((s) => s.powershell);
  const section = (page: Page, id: string) => page.locator('li').filter({has: page.locator(`#step-${id}`)});
  const shown = (page: Page, id: string) => section(page, id).getByRole('tabpanel').filter({visible: true}).locator('pre');

  test('one choice of shell holds for every step of the page, for the next visit, and from a link', async ({page, browser, baseURL}) => {
    expect(steps.length, 'lab 01 has several steps with a PowerShell variant').toBeGreaterThan(1);
    const [first, second] = [steps[0]!, steps.at(-1)!];
    await page.goto('/docs/labs/01-docker-basics');
    await hydrated(page);
    await expect(shown(page, second.id)).toHaveText(second.command);
    await section(page, first.id).getByRole('tab', {name: 'Windows PowerShell'}).click();
    await expect(section(page, first.id).getByRole('tab', {name: 'Windows PowerShell'})).toHaveAttribute('aria-selected', 'true');
    // Every step follows, and the address says so, for a link to share.
    await expect(shown(page, second.id)).toHaveText(second.powershell!);
    await expect(page).toHaveURL(/[?&]shell=powershell(&|$)/);

    await page.goto('/docs/labs/01-docker-basics');
    await hydrated(page);
    await expect(shown(page, second.id)).toHaveText(second.powershell!);
    // The keyboard moves between the tabs and Enter chooses.
    const tabs = section(page, first.id).getByRole('tab');
    await tabs.nth(1).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.nth(0)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shown(page, second.id)).toHaveText(second.command);

    const fresh = await browser.newContext();
    try {
      const linked = await fresh.newPage();
      await linked.goto(`${baseURL}/docs/labs/01-docker-basics?shell=powershell`);
      await hydrated(linked);
      await expect(shown(linked, first.id)).toHaveText(first.powershell!);
    } finally {
      await fresh.close();
    }
  });
});
