/** What every lab page must show of its manifest's steps: each command, the box of what you should see, its Linux variants. */
import {expect, type Locator, type Page} from '@playwright/test';
import {boxIsCaptured} from '../../lib/labs/boxes';
import type {LabManifest, LabStep} from '../../lib/labs/manifest';
import {readCaptured} from '../../scripts/lab-checker/captures/store';

/** The rendered step, found by its anchor (`#step-<prefix><id>`: LabSteps' anchorPrefix). */
export function stepSection(page: Page, step: LabStep, prefix = ''): Locator {
  return page.locator('li').filter({has: page.locator(`#step-${prefix}${step.id}`)});
}

export async function expectEveryStep(page: Page, lab: LabManifest, prefix = ''): Promise<void> {
  for (const step of lab.steps ?? []) {
    const section = stepSection(page, step, prefix);
    const where = `${lab.id} step ${step.id}`;
    await expect(section.locator('pre').first(), where).toContainText(step.command);
    // The box under the command, found by its label as a reader finds it: what the run printed, or,
    // for a command run through an equivalent or not at all, the text the output includes.
    const captured = boxIsCaptured(step) ? readCaptured('labs', lab.id)[step.id] : undefined;
    if (captured) {
      const box = section.getByRole('group', {name: 'You should see'});
      // Line by line: a code block's text has no line breaks between its lines.
      for (const line of captured.split('\n').filter((text) => text.trim() !== ''))
        await expect(box.locator('pre'), where).toContainText(line);
      if (step.expect) await expect(box, where).toContainText(step.expect);
    } else if (step.expect) {
      await expect(section.getByRole('group', {name: 'The output includes'}).locator('pre'), where).toHaveText(step.expect);
    } else {
      await expect(section.getByRole('group'), where).toHaveCount(0);
    }
    // A browser step's pictures, found by what they show: each loads, at most the column's width.
    for (const shot of step.screenshots ?? []) {
      const picture = section.getByRole('img', {name: shot.alt, exact: true});
      await picture.scrollIntoViewIfNeeded();
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), {
          message: `${where}: ${shot.file} loads`,
        })
        .toBeGreaterThan(0);
      expect(
        await picture.evaluate((img: HTMLImageElement) => img.naturalWidth),
        `${where}: ${shot.file} is sized for the column`,
      ).toBeLessThanOrEqual(900);
    }
    // Off the core path: the heading carries the label, and only then.
    const heading = section.locator(`#step-${prefix}${step.id}`);
    if (step.optional) await expect(heading, where).toContainText('Optional');
    else await expect(heading, where).not.toContainText('Optional');
    if (step.retryFor) {
      await expect(section.getByRole('note', {name: 'Wait and run it again'}), where).toContainText(
        `If the output does not include ${step.expect} yet, wait a moment`,
      );
    }
    if (step.linux) {
      // The Linux command where macOS has its own (xdg-open for open), under the main command.
      await expect(section.getByRole('note', {name: 'Linux', exact: true}).locator('pre'), where).toHaveText(step.linux);
    }
    if (step.linuxOtherUser) {
      // The variant for Linux users whose id is not 1000 sits under the main command, with its condition.
      const note = section.getByRole('note', {name: 'Linux, another user id'});
      await expect(note, where).toContainText('if id -u prints a number other than 1000');
      await expect(note.locator('pre'), where).toHaveText(step.linuxOtherUser);
    }
  }
}
