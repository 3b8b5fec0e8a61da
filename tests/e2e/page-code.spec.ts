/**
 * A page's code module (src/code-highlight/page-code.ts): a page's lab files reach a first visit as the server's
 * HTML only, never in its JavaScript, and a visit within the site loads them and shows the very
 * same lines. Commands rendered from lab manifests keep the server's lines on a first visit too.
 */
import {readFileSync} from 'node:fs';
import {expect, test, type Browser, type Page} from '@playwright/test';
import {hydrated} from './settled';

const FILE = '04-rest-api/solution/Dockerfile';
const PAGE = '/docs/labs/04-rest-api';
const SHOW = "Show the solution's Dockerfile";

// The file's own comments, long ones: no other text of the page quotes them, so a script holding
// one holds the file. (Its instructions, such as its FROM line, are quoted by the page's prose.)
const fileLines = readFileSync(new URL(`../../labs/${FILE}`, import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('# ') && line.length >= 40);

const block = (page: Page) => page.locator('.theme-code-block').filter({hasText: FILE}).first();
const command = (page: Page) => page.locator('[id^="step-"]').first().locator('xpath=ancestor::li[1]').locator('pre').first();

/** What a first visit's scripts say, and what the page's console reported. */
async function firstVisit(
  browser: Browser,
  baseURL: string,
): Promise<{scripts: string[]; errors: string[]; text: string; lines: string; commandLines: string}> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    const errors: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseURL}${PAGE}`);
    await hydrated(page);
    return {
      scripts: await Promise.all(scripts),
      errors,
      text: (await block(page).locator('code').textContent()) ?? '',
      lines: await block(page).locator('code').innerHTML(),
      commandLines: await command(page).locator('code').innerHTML(),
    };
  } finally {
    await context.close();
  }
}

/** The same page reached by a link within the site: React renders it in the browser. */
async function visitWithin(page: Page): Promise<void> {
  await page.goto('/docs/labs');
  await hydrated(page);
  await page
    .getByRole('main')
    .getByRole('link', {name: /REST API container/i})
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
}

test.describe("a page's code module", () => {
  test("a first visit gets a lab file's lines in the page, none in its scripts, and hydrates without an error", async ({
    browser,
    baseURL,
  }) => {
    expect(fileLines.length, `${FILE} has long lines to look for`).toBeGreaterThan(5);
    const visit = await firstVisit(browser, baseURL!);
    expect(visit.scripts.length).toBeGreaterThan(3);
    for (const line of fileLines) {
      expect(visit.text, 'the page shows the line').toContain(line.trim());
      expect(visit.scripts.filter((script) => script.includes(line.trim())).length, `no script holds "${line.trim()}"`).toBe(0);
    }
    expect(visit.errors, 'console errors (a failed hydration reports one)').toEqual([]);
  });

  test('a visit within the site loads the lines and shows exactly what the server sent, for a lab file and a command', async ({
    browser,
    baseURL,
    page,
  }) => {
    const served = await firstVisit(browser, baseURL!);
    const pageCodeModules: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script' && (await response.text()).includes(fileLines[0]!.trim()))
        pageCodeModules.push(response.url());
    });
    await visitWithin(page);
    await page.getByText(SHOW).click();
    await expect(block(page).locator('.token-line').first()).toBeVisible();
    expect(await block(page).locator('code').innerHTML()).toBe(served.lines);
    await expect(command(page).locator('.token').first()).toBeVisible();
    // A command is coloured once the grammars arrive: wait for the server's colours, not only its text.
    await expect.poll(() => command(page).locator('code').innerHTML()).toBe(served.commandLines);
    expect(pageCodeModules, 'the page loaded its code module once').toHaveLength(1);
  });

  test('the copy button copies the file after a visit within the site too', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await visitWithin(page);
    await page.getByText(SHOW).click();
    await block(page).hover();
    await block(page).getByRole('button', {name: /copy/i}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(readFileSync(new URL(`../../labs/${FILE}`, import.meta.url), 'utf8').replace(/\r?\n$/, ''));
  });

  test('a page React renders afresh while hydrating (after a mismatch) still shows every code block', async ({page}) => {
    // The served page differs from what the app renders (its title), so React gives up hydrating
    // it and renders it again: the blocks are new, with no server lines to keep.
    await page.route(`**${PAGE}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<h1[^>]*>)([^<]+)/, '$1Not the title: $2');
      await route.fulfill({response, body: html});
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(PAGE);
    await hydrated(page);
    expect(errors.join('\n'), 'React reports the mismatch (its error 418)').toMatch(/onRecoverableError.*(hydrat|#418)/i);
    await expect(page.locator('h1').first()).not.toContainText('Not the title');
    await expect(block(page).locator('code')).toContainText(fileLines[0]!.trim());
    await expect(command(page).locator('.token-line').first()).toBeAttached();
    const empty = await page.locator('pre.prism-code > code').evaluateAll((codes) => codes.filter((code) => !code.hasChildNodes()).length);
    expect(empty, 'code blocks left empty').toBe(0);
  });

  test('a lab file that cannot be downloaded says so, and the rest of the page works', async ({page}) => {
    // The network fails for the page's code module only (the script holding the file's lines).
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch().catch(() => undefined);
      const text = await response?.text().catch(() => undefined);
      // A request the page gave up on (a prefetch cut short by the navigation) has nobody left to answer.
      if (response === undefined || text === undefined) return;
      if (text.includes(fileLines[0]!.trim())) await route.abort('internetdisconnected');
      else await route.fulfill({response});
    });
    await visitWithin(page);
    await page.getByText(SHOW).click();
    await expect(block(page)).toContainText('This code could not be downloaded. Check your connection and reload the page.');
    // The page's own commands are still shown and coloured.
    await expect(command(page).locator('.token').first()).toBeVisible();
    // Prefetches may still be in the handler when the test ends; their responses are then disposed.
    await page.unrouteAll({behavior: 'ignoreErrors'});
  });
});
