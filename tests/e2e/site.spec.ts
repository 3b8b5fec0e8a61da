import {expect, test} from '@playwright/test';
import {setupCheckImage} from '../../lib/course/images';
import {searchFor} from './search';
import {chooseColourMode} from './colour-mode';
import {hydrated, layoutSettled} from './settled';

test.describe('the course site', () => {
  test('home leads to the outline, whose agenda has 16 sections ending at 3:00', async ({page}) => {
    await page.goto('/');
    await expect(page.getByRole('heading', {level: 1, name: 'Docker for Data Science'})).toBeVisible();
    await page.getByRole('link', {name: 'See the outline'}).click();
    await expect(page).toHaveURL(/\/docs\/course\/outline$/);
    await expect(page.getByRole('heading', {level: 1, name: 'Course outline'})).toBeVisible();

    const rows = page.getByTestId('agenda').locator('tbody tr');
    await expect(rows).toHaveCount(16);
    await expect(rows.first()).toContainText('Course and instructor introduction');
    await expect(rows.last().getByTestId('ends-at')).toHaveText('3:00');
    await expect(rows.nth(7)).toContainText('Break');
    await expect(rows.nth(7).getByTestId('ends-at')).toHaveText('1:35');
  });

  test('the navbar reaches every part of the course', async ({page}) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', {name: 'Main'});
    for (const [label, heading] of [
      ['Course', 'Course outline'],
      ['Slides', 'Slides'],
      ['Labs', 'Labs'],
      ['Cheatsheet', 'Docker cheatsheet'],
      ['Downloads', 'Downloads'],
    ] as const) {
      await nav.getByRole('link', {name: label, exact: true}).click();
      await expect(page.getByRole('heading', {level: 1, name: heading})).toBeVisible();
    }
  });

  test('search finds a term that appears only on another page', async ({page}) => {
    await page.goto('/');
    // The term must not be on the home page, or the test would prove nothing.
    await expect(page.locator('main')).not.toContainText('allocated');
    const hit = (await searchFor(page, 'allocated')).filter({hasText: /Port is already allocated/i}).first();
    // The search index downloads on the first focus: seconds on a busy machine.
    await expect(hit).toBeVisible({timeout: 15_000});
    await hit.click();
    await expect(page).toHaveURL(/\/docs\/course\/troubleshooting/);
    await expect(page.getByRole('heading', {name: 'Port is already allocated'})).toBeVisible();
  });

  test("a search result's page marks the searched word where it occurs, and the next page does not", async ({page}) => {
    await page.goto('/');
    await (
      await searchFor(page, 'allocated')
    )
      .filter({hasText: /Port is already allocated/i})
      .first()
      .click({timeout: 15_000});
    await expect(page).toHaveURL(/_highlight=allocated/);
    // Marked as CSS highlights (src/plugins/search-highlight): ranges over the text, the page itself unchanged.
    const marked = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('search-term') ?? [])] as Range[];
        return {
          words: ranges.map((range) => range.toString()),
          inArticle: ranges.every((range) => document.querySelector('article')!.contains(range.startContainer)),
        };
      });
    // Every occurrence, in the heading and in a code block whose lines arrive after the page.
    const occurrences = () => page.locator('article').evaluate((article) => (article.textContent ?? '').match(/allocated/gi)?.length ?? 0);
    await expect.poll(async () => (await marked()).words.length).toBeGreaterThan(1);
    await expect.poll(async () => (await marked()).words.length).toBe(await occurrences());
    const {words, inArticle} = await marked();
    expect(words.map((word) => word.toLowerCase())).toEqual(Array(words.length).fill('allocated'));
    expect(inArticle).toBe(true);
    expect(await page.locator('article mark').count(), 'no element is added to the page').toBe(0);
    const styled = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText === '::highlight(search-term)'),
      ),
    );
    expect(styled, 'a rule colours the marks').toBe(true);

    await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Labs', exact: true}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Labs'})).toBeVisible();
    await expect.poll(async () => (await marked()).words.length).toBe(0);
  });

  test('on a phone, the menu opens and navigates', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('/');
    // Before hydration the menu button does nothing yet.
    await hydrated(page);
    const labsLink = page.locator('.navbar-sidebar').getByRole('link', {name: 'Labs', exact: true});
    await expect(labsLink).toBeHidden();
    await page.getByRole('button', {name: /toggle navigation bar/i}).click();
    await expect(labsLink).toBeVisible();
    await labsLink.click();
    await expect(page.getByRole('heading', {level: 1, name: 'Labs'})).toBeVisible();
    // Nothing may force sideways scrolling on a phone; measured once fonts and images have their final size.
    await layoutSettled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the theme toggles between light and dark and stays after a reload', async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto('/docs/course/outline');
    await hydrated(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await chooseColourMode(page, 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('the preparation page shows each operating system its own install steps, and the container run that verifies Docker', async ({
    page,
  }) => {
    await page.goto('/docs/course/before-the-tutorial');
    await hydrated(page);
    // Each OS tab: what its panel must say, and the command it gives (where it gives one).
    const systems = [
      {tab: 'macOS', value: 'macos', says: 'Docker Desktop for Mac', command: undefined, git: 'git --version'},
      {tab: 'Windows', value: 'windows', says: 'Use WSL 2 instead of Hyper-V', command: undefined, git: 'Git for Windows'},
      {tab: 'Linux', value: 'linux', says: 'Docker Engine', command: 'sudo usermod -aG docker "$USER"', git: 'sudo apt install git'},
    ] as const;
    const install = page.locator('h2:has-text("1. Install Docker") + .tabs-container');
    const git = page.locator('h2:has-text("2. Install Git") + .tabs-container');
    const visiblePanel = (tabs: typeof install) => tabs.getByRole('tabpanel').filter({visible: true});
    const check = page.locator('h2:has-text("4. Check that everything works") ~ .theme-code-block').first().locator('pre');
    await expect(install.getByRole('tab')).toHaveText(systems.map((s) => s.tab));

    // Windows first, as a reader on Windows would: away from the default, then every other one.
    for (const os of [systems[1], systems[2], systems[0]]) {
      const tab = install.getByRole('tab', {name: os.tab, exact: true});
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page).toHaveURL(new RegExp(`[?&]os=${os.value}(&|$)`));
      await expect(visiblePanel(install)).toHaveCount(1);
      await expect(visiblePanel(install)).toContainText(os.says);
      for (const other of systems.filter((s) => s !== os)) await expect(visiblePanel(install)).not.toContainText(other.says);
      if (os.command) await expect(visiblePanel(install).locator('pre')).toHaveText(os.command);
      else await expect(visiblePanel(install).locator('pre')).toHaveCount(0);
      // The Git tabs follow the choice (one groupId for the page).
      await expect(visiblePanel(git)).toContainText(os.git);
      // Whatever the OS, the check that Docker runs a real container sits under the tabs, visible.
      await expect(check).toBeVisible();
      await expect(check).toHaveText(
        `docker run --rm ${setupCheckImage} python -c "import sys; print('Docker works! Python', sys.version.split()[0])"`,
      );
    }
    // …and the page says what that container prints when Docker works.
    await expect(page.locator('pre').filter({hasText: /^\s*Docker works! Python 3\.13\.x\s*$/})).toBeVisible();
  });
});
