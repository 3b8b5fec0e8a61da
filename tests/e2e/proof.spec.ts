import {expect, test} from '@playwright/test';
import {boxIsCaptured, writtenBecause} from '../../lib/labs/boxes';
import {readCaptured} from '../../scripts/lab-checker/captures/store';
import lab03 from '../../labs/03-model/lab';
import lab05 from '../../labs/05-data-app/lab';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import w2 from '../../labs/02-workflows/w2-project/lab';
import w3 from '../../labs/02-workflows/w3-data-app/lab';
import type {LabManifest} from '../../lib/labs/manifest';

/** Inline Markdown as a reader sees it: no backticks or asterisks. */
const plain = (text: string): string => text.replace(/[`*]/g, '');

test.describe('how this course is proven', () => {
  for (const lab of [lab03, lab05] as LabManifest[]) {
    test(`a lab page's quiet link leads to ${lab.id}'s proof, which says how each step is proven`, async ({page}) => {
      await page.goto(`/docs/labs/${lab.id}`);
      await page.getByRole('link', {name: 'how this lab is proven'}).click();
      await expect(page).toHaveURL(new RegExp(`/docs/course/how-this-course-is-proven#proof-${lab.id}$`));
      const section = page.locator('section').filter({has: page.locator(`#proof-${lab.id}`)});
      await expect(section.getByRole('heading', {level: 3})).toContainText(lab.title);
      const rows = section.locator('table').first().locator('tbody tr');
      await expect(rows).toHaveCount(lab.steps?.length ?? 0);
      for (const [index, step] of (lab.steps ?? []).entries()) {
        const row = rows.nth(index);
        await expect(row.locator('td').first()).toHaveText(step.title);
        const how = row.locator('td').nth(1);
        if (step.run === false) await expect(how).toContainText(`Not run: ${plain(step.notRunBecause ?? '')}`);
        else if (step.check) await expect(how).toContainText(`Through ${step.check}`);
        else await expect(how).toContainText('Run as written');
        // Which box under the step shows the run's output, and which is written, with why.
        const box = row.locator('td').nth(2);
        if (boxIsCaptured(step) && readCaptured('labs', lab.id)[step.id]) await expect(box).toHaveText('What the run printed');
        else if (step.expect)
          await expect(box).toHaveText(`Written: ${step.expect} (${writtenBecause(step) ?? 'the run printed nothing to show'})`);
        else await expect(box).toHaveText('No box');
      }
      // Every mutant of the lab is named, under its count.
      await section.getByText(/mutants?, each of which must be killed/).click();
      await expect(section.locator('details li').first()).toBeVisible();
    });
  }

  test("lab 02's proof names each lint exemption of its starters, under the part it belongs to", async ({page}) => {
    await page.goto('/docs/course/how-this-course-is-proven');
    for (const part of [w1, w2, w3] as LabManifest[]) {
      const exemptions = part.lintExemptions ?? [];
      expect(exemptions.length, part.id).toBeGreaterThan(0);
      const id = `proof-${part.id.replace('/', '-')}`;
      for (const exemption of exemptions) {
        const line = page.getByText(`${exemption.file} from "${exemption.rules.join('", "')}", because ${exemption.reason}`);
        await expect(line).toBeVisible();
        // The nearest part heading above the line is this part's.
        await expect(line.locator('xpath=preceding::h4[1]')).toHaveAttribute('id', id);
      }
    }
  });
});
