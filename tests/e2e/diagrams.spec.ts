/**
 * Diagrams (src/plugins/remark-mermaid-svg) are SVG in the page: they show without JavaScript,
 * each is an image with a name and a description, the copy for the colour mode in use is the
 * one shown, and no script a page downloads carries a diagram runtime.
 */
import {expect, test, type Locator, type Page} from '@playwright/test';
import {chooseColourMode} from './colour-mode';
import {hydrated} from './settled';

const PAGE = '/docs/course/outline';
const NAME = 'The five labs, in order';

const diagram = (page: Page) => page.getByRole('img', {name: NAME});
const copy = (figure: Locator, mode: 'light' | 'dark') => figure.locator(`.mermaid-diagram__svg--${mode} svg`);

test.describe('diagrams', () => {
  test('show without JavaScript, as an image with a name and a description, in the light copy', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false, colorScheme: 'light'});
    try {
      const page = await context.newPage();
      await page.goto(PAGE);
      const figure = diagram(page);
      await expect(figure).toBeVisible();
      const description = await figure.evaluate((element) => {
        const id = element.getAttribute('aria-describedby');
        return id ? (document.getElementById(id)?.textContent ?? '') : '';
      });
      expect(description).toMatch(/lab 01.*lab 05/s);
      await expect(copy(figure, 'light')).toBeVisible();
      await expect(copy(figure, 'dark')).toBeHidden();
      // Its labels are text, which search and a print can use.
      await expect(copy(figure, 'light')).toContainText('REST API');
    } finally {
      await context.close();
    }
  });

  test('switch to the dark copy when a reader chooses dark mode, and back', async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto(PAGE);
    await hydrated(page);
    const figure = diagram(page);
    await expect(copy(figure, 'light')).toBeVisible();
    await chooseColourMode(page, 'dark');
    await expect(copy(figure, 'dark')).toBeVisible();
    await expect(copy(figure, 'light')).toBeHidden();
    await chooseColourMode(page, 'light');
    await expect(copy(figure, 'light')).toBeVisible();
    await expect(copy(figure, 'dark')).toBeHidden();
  });

  test('cost no script: a first visit to a page with a diagram downloads no diagram runtime', async ({page}) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await page.goto(PAGE);
    await hydrated(page);
    await expect(diagram(page)).toBeVisible();
    const texts = await Promise.all(scripts);
    expect(texts.length).toBeGreaterThan(2);
    // mermaid's runtime names its API and its settings; the drawn SVG (which the page's own chunk
    // carries too) names none of them.
    const runtimes = texts.filter((text) => /mermaidAPI|securityLevel|startOnLoad/.test(text));
    expect(runtimes.map((text) => text.slice(0, 120))).toEqual([]);
  });
});
