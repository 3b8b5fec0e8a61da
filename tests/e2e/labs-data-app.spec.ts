import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import lab05 from '../../labs/05-data-app/lab';
import {expectEveryStep, stepSection} from './lab-steps';

test.describe('lab 05', () => {
  test.setTimeout(90_000);

  test('the overview links to lab 05, whose page shows every step and the block to write, and no word of CI under its steps', async ({
    page,
  }) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 05: The data application with Compose'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 05: The data application with Compose'})).toBeVisible();
    await expectEveryStep(page, lab05);
    // How each step is proven is for instructors, on a page of its own (tests/e2e/proof.spec.ts).
    for (const step of lab05.steps ?? [])
      await expect(stepSection(page, step).getByText(/\bCI\b|checker/), `step ${step.id}`).toHaveCount(0);
    // The exercise: the starter's api block, imported from the file the self-check reads.
    const block = page.locator('.theme-code-block').filter({hasText: '05-data-app/starter/compose.yaml'}).first();
    await expect(block).toContainText('image: your-lab-04-image:TODO');
    await expect(block).toContainText('TODO 3');
    await page.getByText("Show the solution's block").click();
    await expect(page.locator('.theme-code-block').filter({hasText: '05-data-app/solution/compose.yaml'}).first()).toContainText(
      'image: iris-api:1.0',
    );
  });

  test('the Compose file is explained service by service, each block imported from the file', async ({page}) => {
    await page.goto('/docs/labs/05-data-app');
    const file = readFileSync('labs/05-data-app/solution/compose.yaml', 'utf8');
    const blocks = page.locator('.theme-code-block').filter({hasText: '05-data-app/solution/compose.yaml'});
    // The blocks' text as the page holds it: a block off screen waits for layout (content-visibility), and innerText, which needs layout, reads nothing there.
    const shown = (await blocks.allTextContents()).join('\n');
    for (const heading of ['nginx: the only way in', 'web: the front end', 'db: Postgres', 'secrets, networks, volumes']) {
      await expect(page.getByRole('heading', {level: 3, name: heading})).toBeVisible();
    }
    // Each key the page explains is shown with the very line the file has.
    for (const line of [
      '  nginx:',
      '  web:',
      '  db:',
      'secrets:',
      'networks:',
      'volumes:',
      '    internal: true',
      '      - "127.0.0.1:${APP_PORT:-8088}:80"',
    ]) {
      expect(file.split('\n'), line).toContain(line);
      expect(shown, line).toContain(line.trim());
    }
  });
});
