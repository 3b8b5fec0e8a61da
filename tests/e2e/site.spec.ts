import {expect, test} from '@playwright/test';

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
    const search = page.getByRole('combobox', {name: /search/i}).or(page.getByPlaceholder(/search/i)).first();
    await search.click();
    await search.fill('allocated');
    const hit = page.getByRole('option').filter({hasText: /Port is already allocated/i}).first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(/\/docs\/course\/troubleshooting/);
    await expect(page.getByRole('heading', {name: 'Port is already allocated'})).toBeVisible();
  });

  test('on a phone, the menu opens and navigates', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('/');
    const labsLink = page.locator('.navbar-sidebar').getByRole('link', {name: 'Labs', exact: true});
    await expect(labsLink).toBeHidden();
    await page.getByRole('button', {name: /toggle navigation bar/i}).click();
    await expect(labsLink).toBeVisible();
    await labsLink.click();
    await expect(page.getByRole('heading', {level: 1, name: 'Labs'})).toBeVisible();
    // Nothing may force sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the theme toggles between light and dark and stays after a reload', async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto('/docs/course/outline');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
    // The toggle cycles through the colour modes; click until dark.
    for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i += 1) await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('the preparation page verifies Docker with a real container run, per operating system', async ({page}) => {
    await page.goto('/docs/course/before-the-tutorial');
    await page.getByRole('tab', {name: 'Windows'}).first().click();
    await expect(page.getByText('Use WSL 2 instead of Hyper-V')).toBeVisible();
    await expect(page.locator('pre').filter({hasText: 'docker run --rm'}).first()).toContainText('Docker works!');
  });
});
