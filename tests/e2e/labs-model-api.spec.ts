import {expect, test} from '@playwright/test';
import {expectEveryStep} from './lab-steps';
import lab03 from '../../labs/03-model/lab';
import lab04 from '../../labs/04-rest-api/lab';

test.describe('labs 03 and 04', () => {
  // Long pages with many steps, checked one by one: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);

  test('the overview links to lab 03, whose page shows every step and notebook cells from the .ipynb', async ({page}) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 03: Train and pickle the model'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 03: Train and pickle the model'})).toBeVisible();
    await expectEveryStep(page, lab03);
    const cell = page.locator('.theme-code-block').filter({hasText: '03-model/starter/model.ipynb, cell tune'});
    await expect(cell).toContainText('GridSearchCV(pipeline');
    await page.getByText('Show one solution of the three exercises').click();
    await expect(page.locator('.theme-code-block').filter({hasText: 'cell exercise-1'})).toContainText('pickle.dump(model, file)');
  });

  test("the project deck's last slide before its knowledge check starts lab 03's Jupyter with the lab's own commands", async ({page}) => {
    await page.goto('/slides/project-pickle-rest');
    const slide = page.locator('section').filter({has: page.locator('h2', {hasText: 'Lab 03 starts here'})});
    const [cd, run] = ['cd', 'run'].map((id) => (lab03.steps ?? []).find((s) => s.id === id));
    expect(cd && run && run.inLecture, 'lab 03 has a cd step and a run step done in the lecture').toBeTruthy();
    // The bash block, the PowerShell block, then the Linux variant for another user id.
    const bash = slide.locator('pre').nth(0);
    const powershell = slide.locator('pre').nth(1);
    const linux = slide.locator('pre').nth(2);
    for (const command of [cd!.command, run!.command]) await expect(bash).toContainText(command);
    for (const command of [cd!.powershell!, run!.powershell!]) await expect(powershell).toContainText(command);
    await expect(linux).toContainText(run!.linuxOtherUser!);
    await expect(slide.locator('xpath=following-sibling::section[1]').locator('h2')).toHaveText('Check your understanding');
  });

  test('the overview links to lab 04, whose page shows every step and the template files', async ({page}) => {
    await page.goto('/docs/labs');
    await page.getByRole('link', {name: 'Lab 04: The REST API container'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 04: The REST API container'})).toBeVisible();
    await expectEveryStep(page, lab04);
    await expect(page.locator('.theme-code-block').filter({hasText: '04-rest-api/starter/app.py'})).toContainText('TODO 1');
    await expect(page.locator('.theme-code-block').filter({hasText: '04-rest-api/starter/Dockerfile'})).toContainText('TODO 4');
  });
});
