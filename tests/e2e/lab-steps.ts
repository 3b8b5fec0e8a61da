/** What every lab page must show of its manifest's steps: each command, its expected output, its Linux variant. */
import {expect, type Locator, type Page} from '@playwright/test';
import type {LabManifest, LabStep} from '../../scripts/lab-checker/manifest';

/** The rendered step, found by its anchor (`#step-<prefix><id>`: LabSteps' anchorPrefix). */
export function stepSection(page: Page, step: LabStep, prefix = ''): Locator {
  return page.locator('li').filter({has: page.locator(`#step-${prefix}${step.id}`)});
}

export async function expectEveryStep(page: Page, lab: LabManifest, prefix = ''): Promise<void> {
  for (const step of lab.steps ?? []) {
    const section = stepSection(page, step, prefix);
    const where = `${lab.id} step ${step.id}`;
    await expect(section.locator('pre').first(), where).toContainText(step.command);
    if (step.expect) await expect(section, where).toContainText(step.expect);
    // Off the core path: the heading carries the label, and only then.
    const heading = section.locator(`#step-${prefix}${step.id}`);
    if (step.optional) await expect(heading, where).toContainText('Optional');
    else await expect(heading, where).not.toContainText('Optional');
    if (step.retryFor) {
      await expect(section.getByRole('note', {name: 'Wait and run it again'}), where).toContainText(`If the output does not include ${step.expect} yet, wait a moment`);
    }
    if (step.linuxOtherUser) {
      // The variant for Linux users whose id is not 1000 sits under the main command, with its condition.
      const note = section.getByRole('note', {name: 'Linux, another user id'});
      await expect(note, where).toContainText('if id -u prints a number other than 1000');
      await expect(note.locator('pre'), where).toHaveText(step.linuxOtherUser);
    }
  }
}
