/** The navbar's search box, used as a reader uses it. */
import type {Locator, Page} from '@playwright/test';
import {hydrated} from './settled';

/**
 * Types `words` into the search box of the page open now, and returns the result options. It waits
 * for hydration first: words typed before it reach no box that loads its index. The index
 * downloads on the first focus, so the options can take seconds to appear on a busy machine.
 */
export async function searchFor(page: Page, words: string): Promise<Locator> {
  await hydrated(page);
  const search = page
    .getByRole('combobox', {name: /search/i})
    .or(page.getByPlaceholder(/search/i))
    .first();
  await search.click();
  await search.fill(words);
  return page.getByRole('option');
}
