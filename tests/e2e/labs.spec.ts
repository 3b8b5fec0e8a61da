import {readFileSync} from 'node:fs';
import {LOCK_DATE} from '../../labs/requirements/pins';
import {createRequire} from 'node:module';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import lab01 from '../../labs/01-docker-basics/lab';
import {estimateCorePath, loadLabParts} from '../../lib/labs/time-model';
import type * as Agenda from '../../src/data/agenda';
import {hydrated} from './settled';

// src/ is CommonJS-typed (for the site's bundler), so this ES module test requires it rather than importing it.
const {agenda} = createRequire(import.meta.url)('../../src/data/agenda') as typeof Agenda;

test.describe('lab pages', () => {
  test('the labs overview links to lab 01, whose page shows every step the checker runs', async ({page}) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 01: Docker basics'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 01: Docker basics'})).toBeVisible();
    await expect(page.getByText('20 minutes · 0:25–0:45 in the tutorial')).toBeVisible();

    const steps = lab01.steps ?? [];
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) {
      const section = page.locator('li').filter({has: page.locator(`#step-${step.id}`)});
      await expect(section.locator('pre').first(), `step ${step.id}`).toContainText(step.command);
      if (step.expect) await expect(section, `step ${step.id}`).toContainText(step.expect);
    }
  });

  for (const section of agenda.filter((s) => s.lab)) {
    const lab = section.lab!;
    test(`lab ${lab.slice(0, 2)}'s header counts the core path the page shows, and its estimate`, async ({page}) => {
      await page.goto(`/docs/labs/${lab}`);
      const header = page.getByText(/^Core path: about \d+ of the \d+ minutes/);
      const text = (await header.textContent()) ?? '';
      const [, about, of, said] = /Core path: about (\d+) of the (\d+) minutes \((\d+) steps/.exec(text) ?? [];
      // A reader counts the numbered steps, leaving out those labelled Optional, Done in the lecture or For after the tutorial.
      const headings = page.locator('article ol > li > h3');
      const all = await headings.allTextContents();
      expect(all.length, 'the page shows steps').toBeGreaterThan(0);
      const core = all.filter((t) => !/\b(Optional|Done in the lecture|For after the tutorial)\b/.test(t));
      expect(Number(said)).toBe(core.length);
      const optional = all.filter((t) => /\bOptional\b/.test(t)).length;
      if (optional > 0) await expect(header).toContainText(`The ${optional} steps marked Optional can wait`);
      // The minutes are the agenda's, and the estimate is the time model's, within them.
      expect(Number(of)).toBe(section.minutes);
      const estimate = estimateCorePath(await loadLabParts(path.resolve(import.meta.dirname, '../../labs'), lab));
      expect(Number(about)).toBe(Math.ceil(estimate.minutes));
      expect(Number(about)).toBeLessThanOrEqual(section.minutes);
    });
  }

  test('a step with a PowerShell variant shows it on its tab', async ({page}) => {
    await page.goto('/docs/labs/01-docker-basics');
    // The first such step is at the top of the page: a click before hydration would find no tab handler.
    await hydrated(page);
    const step = (lab01.steps ?? []).find((s) => s.powershell);
    expect(step, 'lab 01 has a step with a PowerShell variant').toBeDefined();
    const section = page.locator('li').filter({has: page.locator(`#step-${step!.id}`)});
    await section.getByRole('tab', {name: 'Windows PowerShell'}).click();
    await expect(section.getByRole('tabpanel').filter({visible: true}).locator('pre')).toHaveText(step!.powershell!);
  });

  test('lab 04 ends with one line leading to the page for after the tutorial, which leads back', async ({page}) => {
    await page.goto('/docs/labs/04-rest-api');
    // The lock files and known vulnerabilities are on that page, not on the lab's.
    await expect(page.getByRole('heading', {name: /security/i})).toHaveCount(0);
    await page.getByRole('link', {name: 'locks, updates and security'}).click();
    await expect(page).toHaveURL(/\/docs\/labs\/04-rest-api-after-the-tutorial$/);
    await expect(page.getByRole('heading', {level: 1, name: 'After lab 04: locks, updates and security'})).toBeVisible();
    await expect(page.getByRole('heading', {level: 2, name: 'Known security holes'})).toBeVisible();
    // The lock date comes from the pins' data, as the lock script wrote it.
    await expect(page.getByRole('article')).toContainText(`were the newest releases on ${LOCK_DATE}`);
    await page.getByRole('article').getByRole('link', {name: 'lab 04', exact: true}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 04: The REST API container'})).toBeVisible();
  });

  test('the Dockerfile shown is the solution file, imported from labs/', async ({page}) => {
    const file = '01-docker-basics/solution/Dockerfile';
    // Only trailing whitespace may differ: the page trims each line's end and the file's last newline.
    const normalise = (text: string) =>
      text
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trimEnd();
    const onDisk = normalise(readFileSync(new URL(`../../labs/${file}`, import.meta.url), 'utf8'));
    expect(onDisk.split('\n').length, 'the solution Dockerfile has content').toBeGreaterThan(5);

    await page.goto('/docs/labs/01-docker-basics');
    // The collapsible opens through React once hydrated; a click before could be undone.
    await hydrated(page);
    await page.getByText("Show the solution's Dockerfile").click();
    const block = page.locator('.theme-code-block').filter({hasText: file});
    await expect(block).toHaveCount(1);
    const code = block.locator('pre code');
    await expect(code).toBeVisible();
    // Each rendered line is a block ending in <br> (innerText would double the newlines): read them one by one.
    const shown = (await code.locator('.token-line').allTextContents()).join('\n');
    expect(normalise(shown)).toBe(onDisk);
  });
});
