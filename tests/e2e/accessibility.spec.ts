import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {sitemapPaths} from '../../scripts/lib/site-pages';
import {pageSettled} from './settled';

// Every page of the built site, in both colour modes: a new page is scanned without being listed here.
const pages = sitemapPaths();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme} mode)`, () => {
    for (const pagePath of pages) {
      test(`${pagePath} has no WCAG 2 A/AA violations`, async ({page}) => {
        // Long pages (a lab with every step) take a while to scan: over a minute on a busy 2-core machine.
        test.setTimeout(240_000);
        await page.emulateMedia({colorScheme});
        await page.goto(pagePath);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // Scan the page as readers see it: hydrated, decks started, diagrams drawn, fonts and images in.
        await pageSettled(page, pagePath);
        // Code blocks off screen wait for layout until scrolled to (content-visibility): lay them all
        // out, so the colours of every block are checked, as a reader scrolling through sees them.
        await page.addStyleTag({content: 'pre.prism-code { content-visibility: visible !important; }'});
        const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join('\n  ')}`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}
