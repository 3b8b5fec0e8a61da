/**
 * Download budgets: what a first visit (empty cache) to each page of the built site really
 * downloads, scripts and stylesheets gzipped at level 9, until the page is ready and the network
 * quiet. Every page of the sitemap is visited, so a new page is measured without being listed.
 * Byte counts are deterministic for a given build, so the budgets are hard limits.
 */
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {firstVisit, type FirstVisit} from '../../scripts/bench/first-visit';
import {sitemapPaths} from '../../scripts/lib/site-pages';

const KB = 1000;
const BUDGET = {
  /** Every page but a deck: the site's own code, search, the page's content (lab files are not in it: src/code-highlight/page-code.ts). */
  pageJs: 180 * KB,
  /** A deck: that, plus reveal.js and its stylesheet. */
  deckJs: 300 * KB,
  /** Every page. */
  css: 40 * KB,
  /** One picture of a lab's browser step (static/img/labs/), as the page downloads it. */
  picture: 80 * KB,
  /** All the pictures of one lab page. */
  pagePictures: 200 * KB,
};

const pages = sitemapPaths(path.resolve(process.env.SITE_DIR ?? 'build'));
const isDeck = (pagePath: string) => /^\/slides\/[^/]+$/.test(pagePath);

// Strings all over reveal.js's code (and its notes plugin) and its stylesheet's print rules, and nowhere else.
const REVEAL_MARKERS = ['slidechanged', 'html:not(.print-pdf)'];
// Code is highlighted at build time, and a first visit keeps the server's coloured lines of every
// block (src/code-highlight/CodeBlock.tsx): no page downloads a grammar. The bash and PowerShell
// ones load only for a command mounted by a visit within the site. A grammar registers itself as
// `<prism>.languages.<name> =`, in Prism's own files as in a bundled copy such as prism-react-renderer's.
const grammarsIn = (visit: FirstVisit) => [
  ...new Set(visit.downloads.flatMap((d) => [...d.body.toString('utf8').matchAll(/\.languages\.([\w-]+)\s*=/g)].map((m) => m[1]!))),
];
const hasReveal = (visit: FirstVisit) => REVEAL_MARKERS.filter((marker) => visit.downloads.some((d) => d.body.includes(marker)));

interface Measured {
  readonly page: string;
  readonly deck: boolean;
  readonly visit: FirstVisit;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The pages over a budget, worst first, with their biggest downloads: what to look at. */
function overBudget(measured: readonly Measured[], kind: 'js' | 'css', budgetOf: (m: Measured) => number): string[] {
  return measured
    .filter((m) => m.visit[kind] > budgetOf(m))
    .sort((a, b) => b.visit[kind] - budgetOf(b) - (a.visit[kind] - budgetOf(a)))
    .map((m) => {
      const biggest = m.visit.downloads
        .filter((d) => d.kind === kind)
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((d) => `${new URL(d.url).pathname} ${kb(d.gzip)}`);
      return `${m.page}: ${kind.toUpperCase()} ${kb(m.visit[kind])} > ${kb(budgetOf(m))} (biggest: ${biggest.join(', ')})`;
    });
}

test('a first visit to any page stays within its JS and CSS budget, only decks download reveal.js, and no page a highlighter grammar', async ({
  browser,
  baseURL,
}) => {
  // One browser, one page after another: about 40 pages, a few seconds each on a busy machine.
  test.setTimeout(pages.length * 15_000);
  expect(pages.filter(isDeck).length, 'the sitemap lists the decks').toBeGreaterThan(0);
  expect(pages.filter((p) => p.startsWith('/docs/')).length, 'the sitemap lists the docs').toBeGreaterThan(0);

  const measured: Measured[] = [];
  for (const page of pages) measured.push({page, deck: isDeck(page), visit: await firstVisit(browser, `${baseURL}${page}`)});

  const budgetOf = (m: Measured) => (m.deck ? BUDGET.deckJs : BUDGET.pageJs);
  const table = measured.map(
    (m) =>
      `${m.page.padEnd(44)} JS ${kb(m.visit.js).padStart(9)}  CSS ${kb(m.visit.css).padStart(8)}  (${kb(budgetOf(m) - m.visit.js)} under budget)`,
  );
  console.log(`First visits (gzip -9):\n${table.join('\n')}`);

  const js = overBudget(measured, 'js', budgetOf);
  // Soft: one run reports every budget broken, not only the first.
  expect.soft(js, `JS over budget:\n${js.join('\n')}`).toEqual([]);
  const css = overBudget(measured, 'css', () => BUDGET.css);
  expect.soft(css, `CSS over budget:\n${css.join('\n')}`).toEqual([]);

  const revealOffDecks = measured
    .filter((m) => !m.deck && hasReveal(m.visit).length > 0)
    .map((m) => `${m.page}: ${hasReveal(m.visit).join(', ')}`);
  expect.soft(revealOffDecks, `reveal.js downloaded off deck routes:\n${revealOffDecks.join('\n')}`).toEqual([]);
  // …while every deck does download its code and stylesheet, so the markers above really find them.
  const decksWithoutReveal = measured.filter((m) => m.deck && hasReveal(m.visit).length !== REVEAL_MARKERS.length).map((m) => m.page);
  expect.soft(decksWithoutReveal, 'decks that did not download reveal.js and its stylesheet').toEqual([]);

  const grammars = measured.filter((m) => grammarsIn(m.visit).length > 0).map((m) => `${m.page}: ${grammarsIn(m.visit).join(', ')}`);
  expect.soft(grammars, `highlighter grammars downloaded by a first visit:\n${grammars.join('\n')}`).toEqual([]);
});

test('the pictures of the lab pages stay within their budget, each and per page', async ({page, baseURL}) => {
  const labPages = pages.filter((p) => p.startsWith('/docs/labs/'));
  expect(labPages.length, 'the sitemap lists the lab pages').toBeGreaterThan(0);
  const over: string[] = [];
  let pictures = 0;
  for (const labPage of labPages) {
    await page.goto(`${baseURL}${labPage}`);
    const sources = await page.locator('img[src*="/img/labs/"]').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    let total = 0;
    for (const src of sources) {
      const bytes = (await (await page.request.get(src)).body()).length;
      total += bytes;
      if (bytes > BUDGET.picture) over.push(`${labPage}: ${new URL(src).pathname} ${kb(bytes)} > ${kb(BUDGET.picture)}`);
    }
    pictures += sources.length;
    if (total > BUDGET.pagePictures) over.push(`${labPage}: its pictures ${kb(total)} > ${kb(BUDGET.pagePictures)}`);
  }
  expect(pictures, 'the lab pages show pictures of their browser steps').toBeGreaterThan(0);
  expect(over, `pictures over budget:\n${over.join('\n')}`).toEqual([]);
});
