import {expect, test} from '@playwright/test';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import w2 from '../../labs/02-workflows/w2-project/lab';
import w3 from '../../labs/02-workflows/w3-data-app/lab';
import w4 from '../../labs/02-workflows/w4-api/lab';
import {expectEveryStep} from './lab-steps';

test.describe('lab 02', () => {
  test.setTimeout(90_000);

  // Workflows share step ids (build, self-check): each one's anchors carry its prefix (w1-, …).
  test('the overview links to lab 02, which compares the four workflows and shows every step of each', async ({page}) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 02: Data science workflows'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 02: Data science workflows'})).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table.locator('thead th')).toHaveText(['', '1 · self-contained', '2 · project', '3 · data-driven app', '4 · model API']);
    await expect(page.getByText('Do workflow 1 and workflow 2')).toBeVisible();
    await expectEveryStep(page, w1, 'w1-');
    await expectEveryStep(page, w2, 'w2-');
    await expectEveryStep(page, w3, 'w3-');
    await expectEveryStep(page, w4, 'w4-');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w1-jupyter/starter/Dockerfile'})).toContainText('TODO 4');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w2-project/starter/Dockerfile'})).toContainText('TODO 4');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w3-data-app/starter/compose.yaml'})).toContainText('TODO 2');
    await expect(page.locator('.theme-code-block').filter({hasText: 'w4-api/starter/score.py'})).toContainText('TODO 3');
  });
});
