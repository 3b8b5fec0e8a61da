import {expect, test} from '@playwright/test';
import type {LabManifest} from '../../scripts/lab-checker/manifest';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import w2 from '../../labs/02-workflows/w2-project/lab';
import w3 from '../../labs/02-workflows/w3-data-app/lab';
import w4 from '../../labs/02-workflows/w4-api/lab';

test.describe('lab 02', () => {
  test.setTimeout(90_000);

  test('the overview links to lab 02, which compares the four workflows and shows every step of each', async ({page}) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 02: Data science workflows'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 02: Data science workflows'})).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table.locator('thead th')).toHaveText(['', '1 · self-contained', '2 · project', '3 · data-driven app', '4 · model API']);
    await expect(page.getByText('Do workflow 1 and workflow 2')).toBeVisible();
    const steps = async (lab: LabManifest, prefix: string): Promise<void> => {
      for (const step of lab.steps ?? []) {
        // Both workflows have a step "build": each page section's anchors carry the workflow's prefix.
        const section = page.locator('li').filter({has: page.locator(`#step-${prefix}${step.id}`)});
        await expect(section.locator('pre').first(), `${lab.id} ${step.id}`).toContainText(step.command);
        if (step.expect) await expect(section, `${lab.id} ${step.id}`).toContainText(step.expect);
        if (step.linuxOtherUser) await expect(section.getByRole('note', {name: 'Linux, another user id'}).locator('pre')).toHaveText(step.linuxOtherUser);
      }
    };
    await steps(w1, 'w1-');
    await steps(w2, 'w2-');
    await steps(w3, 'w3-');
    await steps(w4, 'w4-');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w1-jupyter/starter/Dockerfile'})).toContainText('TODO 5');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w2-project/starter/Dockerfile'})).toContainText('TODO 4');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w3-data-app/starter/compose.yaml'})).toContainText('TODO 2');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w4-api/starter/score.py'})).toContainText('TODO 3');
  });
});
