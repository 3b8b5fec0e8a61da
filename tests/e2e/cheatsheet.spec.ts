import {createRequire} from 'node:module';
import {expect, test, type Page} from '@playwright/test';
import type * as PdfModule from '../../src/plugins/cheatsheet-pdf/pdf';
import type * as PdfTypes from '../../src/plugins/cheatsheet-pdf/types';
import {printedCode} from '../unit/cheatsheet-source';
import {layoutSettled} from './settled';

// src/ is CommonJS-typed (for the site's bundler), so this ES module test requires it rather than importing it.
const requireSrc = createRequire(import.meta.url);
const {readPdf, withoutSpace} = requireSrc('../../src/plugins/cheatsheet-pdf/pdf') as typeof PdfModule;
const {CHEATSHEET_MAX_PAGES, CHEATSHEET_PDFS} = requireSrc('../../src/plugins/cheatsheet-pdf/types') as typeof PdfTypes;

const SHEET = '/docs/cheatsheet';
/** 7.5 pt in CSS pixels (1 pt is 4/3 px). */
const MIN_TYPE_PX = 7.5 * (4 / 3);

async function openSheet(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({colorScheme});
  await page.goto(SHEET);
  // Hydration takes longer than an assertion's default wait on a machine busy with builds.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 30_000});
  await layoutSettled(page);
}

/** Text as the PDF tests compare it: compatibility forms folded (the "fi" ligature is "fi"), no white space. */
function comparable(text: string): string {
  return withoutSpace(text.normalize('NFKC'));
}

/** WCAG contrast of a CSS colour against white paper. */
function contrastOnWhite(cssColor: string): number {
  const [r, g, b] = (cssColor.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
  return 1.05 / (luminance + 0.05);
}

test.describe('the cheatsheet', () => {
  // Printing is slow on a busy 2-core machine.
  test.describe.configure({timeout: 90_000});

  test('printed, it is the sheet alone, in two columns, in type of 7.5 pt or more, no row or code block split', async ({page}) => {
    await openSheet(page);
    const chrome = [
      page.locator('.navbar'),
      page.locator('footer.footer'),
      page.locator('.theme-doc-footer'),
      page.getByTestId('cheatsheet-pdf-links').or(page.getByTestId('cheatsheet-print-hint')),
    ];
    // On screen the site's navigation is there, so hiding it in print is not hiding what never was.
    for (const part of chrome) await expect(part.first()).toBeVisible();

    await page.emulateMedia({media: 'print'});
    for (const part of chrome) await expect(part).toBeHidden();

    const layout = await page.getByTestId('cheatsheet').evaluate((sheet) => {
      const box = sheet.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      return {
        columnCount: getComputedStyle(sheet).columnCount,
        sheetWidth: box.width,
        bodyWidth: document.body.getBoundingClientRect().width,
        mainLeft: main.left,
        // Where each section starts across the sheet, as a share of its width.
        headings: [...sheet.querySelectorAll('h2')].map((h) => (h.getBoundingClientRect().left - box.left) / box.width),
        unsplittable: [...sheet.querySelectorAll('tr, .theme-code-block')].map((el) => getComputedStyle(el).breakInside),
      };
    });
    expect(layout.columnCount).toBe('2');
    // Nothing beside the sheet: no sidebar, no table of contents.
    expect(layout.mainLeft).toBeLessThan(1);
    expect(layout.sheetWidth).toBeGreaterThan(layout.bodyWidth * 0.95);
    const inFirstColumn = layout.headings.filter((x) => x < 0.05).length;
    const inSecondColumn = layout.headings.filter((x) => x > 0.5).length;
    expect(inFirstColumn, `headings at ${layout.headings.map((x) => x.toFixed(2)).join(', ')}`).toBeGreaterThan(0);
    expect(inSecondColumn, `headings at ${layout.headings.map((x) => x.toFixed(2)).join(', ')}`).toBeGreaterThan(0);
    expect(inFirstColumn + inSecondColumn).toBe(layout.headings.length);
    expect(layout.unsplittable.length).toBeGreaterThan(50);
    expect(layout.unsplittable.filter((value) => value !== 'avoid')).toEqual([]);

    // Every piece of text the printed page shows, measured as the browser prints it.
    const type = await page.locator('main').evaluate((main) => {
      let smallest = {px: Infinity, text: ''};
      let measured = 0;
      for (const el of main.querySelectorAll('*')) {
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[^\s\u200b]/.test(n.textContent ?? ''));
        const style = getComputedStyle(el);
        if (!ownText || el.getClientRects().length === 0 || style.visibility !== 'visible') continue;
        measured += 1;
        const px = parseFloat(style.fontSize);
        if (px < smallest.px) smallest = {px, text: (el.textContent ?? '').slice(0, 60)};
      }
      return {...smallest, measured};
    });
    expect(type.measured).toBeGreaterThan(100);
    expect(type.px, `the smallest type, ${(type.px * 0.75).toFixed(2)} pt, is in "${type.text}"`).toBeGreaterThanOrEqual(
      MIN_TYPE_PX - 0.01,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`printed from ${colorScheme} mode, it fits ${CHEATSHEET_MAX_PAGES} pages of A4 and of US Letter, dark on white`, async ({
      page,
    }) => {
      await openSheet(page, colorScheme);
      await page.emulateMedia({media: 'print', colorScheme});
      const colors = await page.getByTestId('cheatsheet').evaluate((sheet) =>
        ['td', 'h2', 'td code', 'pre .token-line span', 'p'].map((selector) => {
          const el = sheet.querySelector(selector);
          return {selector, color: el ? getComputedStyle(el).color : 'missing'};
        }),
      );
      for (const {selector, color} of colors) {
        expect(contrastOnWhite(color), `${selector} prints in ${color}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const paper of CHEATSHEET_PDFS) {
        // The browser's own print, with the page's own print CSS and page size: what a reader gets.
        const pages = await readPdf(await page.pdf({format: paper.format, preferCSSPageSize: true}));
        expect(pages.length, `pages of ${paper.label}`).toBeGreaterThan(0);
        expect(pages.length, `pages of ${paper.label}`).toBeLessThanOrEqual(CHEATSHEET_MAX_PAGES);
      }
    });
  }

  test('the PDFs the build made are linked from the sheet and Downloads, fit two pages and hold every command', async ({page, request}) => {
    const commands = printedCode();
    expect(commands.length).toBeGreaterThan(80);

    for (const where of [SHEET, '/downloads']) {
      await page.goto(where);
      // These tests run in a browser, so the build (on the same machine) had one to print with.
      const links = page.getByTestId('cheatsheet-pdf-links').locator('a[href$=".pdf"]');
      await expect(links, `${where} links to the PDFs`).toHaveCount(CHEATSHEET_PDFS.length);
      await expect(page.getByTestId('cheatsheet-print-hint')).toHaveCount(0);

      for (const link of await links.all()) {
        const href = (await link.getAttribute('href')) ?? '';
        const paper = CHEATSHEET_PDFS.find((p) => href.endsWith(`/${p.file}`));
        expect(paper, `${href} is one of the cheatsheet's PDFs`).toBeDefined();
        if (!paper) continue;
        await expect(link).toContainText(paper.label);
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type']).toContain('application/pdf');

        const pages = await readPdf(await response.body());
        expect(pages.length, `${href}: pages`).toBeGreaterThan(0);
        expect(pages.length, `${href}: pages`).toBeLessThanOrEqual(CHEATSHEET_MAX_PAGES);
        for (const p of pages) {
          expect(Math.abs(p.width - paper.width), `${href}: page width ${p.width} pt`).toBeLessThan(3);
          expect(Math.abs(p.height - paper.height), `${href}: page height ${p.height} pt`).toBeLessThan(3);
        }
        const text = comparable(pages.map((p) => p.text).join('\n'));
        const missing = commands.filter((command) => !text.includes(comparable(command)));
        expect(missing, `${href} lacks these commands of docs/cheatsheet.mdx`).toEqual([]);
      }
    }
  });

  test('on a phone, nothing scrolls sideways: each row stacks its command under its task', async ({page}) => {
    await page.setViewportSize({width: 375, height: 812});
    await openSheet(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const wide = await page
      .locator('article')
      .evaluate((article) =>
        [...article.querySelectorAll('table, pre, p')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName}: ${(el.textContent ?? '').slice(0, 50)}`),
      );
    expect(wide, 'boxes wider than the screen').toEqual([]);
    const rows = await page.getByTestId('cheatsheet').evaluate((sheet) =>
      [...sheet.querySelectorAll('tbody tr')].map((tr) => {
        const [task, command] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
        return task && command ? command.top >= task.bottom - 1 : false;
      }),
    );
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((stacked) => !stacked)).toEqual([]);
  });
});
