/** Colour-mode steps shared by the browser tests: what a reader does with the navbar's toggle. */
import {expect, type Page} from '@playwright/test';

/** Clicks the navbar's colour-mode toggle until the page is in `mode` (it cycles through system, dark and light). */
export async function chooseColourMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  const html = page.locator('html');
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== mode; i += 1) await toggle.click();
  await expect(html).toHaveAttribute('data-theme', mode);
}
