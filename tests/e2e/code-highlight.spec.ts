/**
 * Code is coloured as a reader sees it: lab files highlighted at build time (right without
 * JavaScript, in both colour modes, after a client-side navigation), commands rendered from lab
 * manifests highlighted in the browser, and the copy button copying the code itself.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {expect, test, type Locator, type Page} from '@playwright/test';
import type {PrismTheme} from 'prism-react-renderer';
import type * as Themes from '../../src/code-highlight/themes';
import lab01 from '../../labs/01-docker-basics/lab';
import {hydrated} from './settled';

// Required, as the other specs do with src/ modules, for Playwright's loader to take them.
const requireSrc = createRequire(import.meta.url);
const {courseDark, courseLight} = requireSrc('../../src/code-highlight/themes') as typeof Themes;

const DOCKERFILE = '04-rest-api/solution/Dockerfile';

/** The colour a theme gives a token type, as the browser reports computed colours. */
function colourOf(theme: PrismTheme, type: string): string {
  const entry = [...theme.styles].reverse().find((s) => !s.languages && s.types.includes(type) && s.style.color);
  if (!entry) throw new Error(`the theme has no colour for ${type}`);
  return cssRgb(entry.style.color!);
}

function cssRgb(colour: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return colour.replace(/\s*,\s*/g, ', ');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const colour = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).color);

function dockerfileBlock(page: Page): Locator {
  return page.locator('.theme-code-block').filter({hasText: DOCKERFILE}).first();
}

test.describe('code highlighting', () => {
  test('a lab file is coloured by the build: without JavaScript, in light and in dark mode', async ({browser, baseURL}) => {
    const noScript = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await noScript.newPage();
      await page.goto(`${baseURL}/docs/labs/04-rest-api`);
      const from = dockerfileBlock(page)
        .locator('.token.keyword', {hasText: /^FROM$/})
        .first();
      await expect(from).toHaveCount(1);
      expect(await colour(from)).toBe(colourOf(courseLight, 'keyword'));
      expect(await colour(dockerfileBlock(page).locator('.token.comment').first())).toBe(colourOf(courseLight, 'comment'));
    } finally {
      await noScript.close();
    }

    const dark = await browser.newContext({colorScheme: 'dark'});
    try {
      const page = await dark.newPage();
      await page.goto(`${baseURL}/docs/labs/04-rest-api`);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const from = dockerfileBlock(page)
        .locator('.token.keyword', {hasText: /^FROM$/})
        .first();
      expect(await colour(from)).toBe(colourOf(courseDark, 'keyword'));
      const background = await dockerfileBlock(page).evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).toBe(cssRgb(courseDark.plain.backgroundColor!));
    } finally {
      await dark.close();
    }
  });

  test('a command from a lab manifest is coloured too, also after moving to the page within the site', async ({page}) => {
    const step = (lab01.steps ?? []).find((s) => /^docker run\b/.test(s.command) && !s.powershell);
    expect(step, 'lab 01 has a docker run step without a PowerShell variant').toBeDefined();
    await page.goto('/docs/labs');
    await hydrated(page);
    // A client-side navigation: the page is rendered by React in the browser, not by the build.
    await page
      .getByRole('main')
      .getByRole('link', {name: /docker basics/i})
      .first()
      .click();
    await expect(page).toHaveURL(/\/docs\/labs\/01-docker-basics$/);
    const section = page.locator('li').filter({has: page.locator(`#step-${step!.id}`)});
    const command = section.locator('pre').first();
    await expect(command).toHaveText(step!.command);
    const docker = command.locator('.token.function', {hasText: /^docker$/}).first();
    await expect(docker).toHaveCount(1);
    expect(await colour(docker)).toBe(colourOf(courseLight, 'function'));
    // The lab file on that page is coloured after the navigation as well.
    await page.getByText("Show the solution's Dockerfile").click();
    const file = page.locator('.theme-code-block').filter({hasText: '01-docker-basics/solution/Dockerfile'});
    await expect(file.locator('.token.keyword', {hasText: /^FROM$/}).first()).toBeVisible();
  });

  test("a deck's code block marks the lines its fence names, on the lines of the file", async ({page}) => {
    const deck = readFileSync(new URL('../../slides/intro-to-docker.mdx', import.meta.url), 'utf8');
    const fence = /^```dockerfile file=(labs\/01-docker-basics\/solution\/Dockerfile) \{([\d,]+)\}$/m.exec(deck);
    expect(fence, 'the deck shows the lab 01 Dockerfile with marked lines').not.toBeNull();
    const lines = readFileSync(new URL(`../../${fence![1]}`, import.meta.url), 'utf8').split('\n');
    const marked = fence![2]!.split(',').map((n) => lines[Number(n) - 1]!.trimEnd());
    await page.goto('/slides/intro-to-docker');
    await hydrated(page);
    const block = page.locator('.theme-code-block').filter({hasText: '01-docker-basics/solution/Dockerfile'});
    const shown = (await block.locator('.theme-code-block-highlighted-line').allTextContents()).map((line) => line.trimEnd());
    expect(shown).toEqual(marked);
  });

  test('the copy button copies the file as it is in labs/', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/docs/labs/04-rest-api');
    await hydrated(page);
    // The solution sits in a collapsible, opened through React once hydrated.
    await page.getByText("Show the solution's Dockerfile").click();
    const block = dockerfileBlock(page);
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const onDisk = readFileSync(new URL(`../../labs/${DOCKERFILE}`, import.meta.url), 'utf8');
    expect(copied).toBe(onDisk.replace(/\r?\n$/, ''));
  });
});
