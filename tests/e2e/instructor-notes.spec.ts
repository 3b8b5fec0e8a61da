import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {expect, test, type Locator, type Page} from '@playwright/test';
import type * as Agenda from '../../src/data/agenda';
import type * as Notes from '../../src/data/instructor-notes';
import type * as NotesFiles from '../../src/data/instructor-notes/load';
import path from 'node:path';
import {findLabIds, loadLab} from '../../lib/labs/load-labs';
import type {LabManifest} from '../../lib/labs/manifest';
import type {ManifestId} from '../../labs/registry';
import {hydrated, layoutSettled} from './settled';

// src/ is CommonJS-typed (for the site's bundler), so this ES module test requires it rather than importing it.
const requireSrc = createRequire(import.meta.url);
const {formatClock, withClock} = requireSrc('../../src/data/agenda') as typeof Agenda;
const {troubleshootingEntries} = requireSrc('../../src/data/instructor-notes') as typeof Notes;
const {readInstructorNotes} = requireSrc('../../src/data/instructor-notes/load') as typeof NotesFiles;
const instructorNotes = readInstructorNotes(path.resolve(import.meta.dirname, '../..'));

const labsDir = path.resolve(import.meta.dirname, '../../labs');
const manifests = Object.fromEntries(
  await Promise.all(findLabIds(labsDir).map(async (id) => [id, (await loadLab(labsDir, id)).manifest] as const)),
) as Record<ManifestId, LabManifest>;

const sections = withClock();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What a reader sees of inline markdown: the text without its backticks and asterisks. */
const plain = (markdown: string) => markdown.replace(/[`*]/g, '');

function noteOf(section: number): Notes.InstructorNote {
  const note = instructorNotes.find((n) => n.section === section);
  if (!note) throw new Error(`no note for section ${section}`);
  return note;
}

/** A section's note, found as a reader finds it: the region named by its heading, "5. Introduction to Docker". */
function noteRegion(page: Page, section: Agenda.TimedSection): Locator {
  return page.getByRole('region', {name: new RegExp(`^${section.number}\\. ${escape(section.title)}`)});
}

/** The list under one of a note's part headings. */
function partItems(region: Locator, heading: string): Locator {
  return region.getByRole('heading', {level: 4, name: heading}).locator('xpath=following-sibling::ul[1]').locator(':scope > li');
}

async function openInstructorsPage(page: Page): Promise<void> {
  await page.goto('/docs/course/outline');
  await page.getByRole('navigation', {name: 'Docs sidebar'}).getByRole('link', {name: 'For instructors'}).click();
  await expect(page.getByRole('heading', {level: 1, name: 'For instructors'})).toBeVisible();
  await hydrated(page);
}

test.describe('the instructor notes', () => {
  test('every agenda section has its note, with its clock, timing, demo and what goes wrong', async ({page}) => {
    // Several hundred reads of the page, one per part of every note: more than the default allows on a loaded machine.
    test.setTimeout(180_000);
    await openInstructorsPage(page);
    await expect(page.getByRole('heading', {level: 2, name: 'Notes per agenda section'})).toBeVisible();
    await expect(page.getByTestId('instructor-note')).toHaveCount(sections.length);

    for (const section of sections) {
      const note = noteOf(section.number);
      const region = noteRegion(page, section);
      const where = `section ${section.number}`;
      await expect(region, where).toBeVisible();
      await expect(region, where).toContainText(
        `${formatClock(section.startsAt)}–${formatClock(section.endsAt)}, ${section.minutes} minutes`,
      );

      const timing = partItems(region, 'Timing');
      await expect(timing, where).toHaveCount(note.timing.plan.length);
      for (const [i, slice] of note.timing.plan.entries()) await expect(timing.nth(i), where).toContainText(`${slice.minutes} min`);

      const demo = partItems(region, section.kind === 'break' ? 'What to check' : 'What to demo');
      await expect(demo, where).toHaveCount(note.demo.length);
      for (const [i, item] of note.demo.entries()) {
        // A lab step shows the lab's own command.
        if (item.kind === 'step') {
          const step = manifests[item.step.manifest].steps?.find((s) => s.id === item.step.step);
          expect(step, `${where}: ${item.step.manifest} ${item.step.step}`).toBeDefined();
          await expect(demo.nth(i).locator('pre'), where).toContainText(step!.command);
        } else {
          await expect(demo.nth(i), where).not.toBeEmpty();
        }
      }

      const pitfalls = partItems(region, 'What usually goes wrong');
      await expect(pitfalls, where).toHaveCount(note.pitfalls.length);
      for (const [i, pitfall] of note.pitfalls.entries()) {
        if (pitfall.troubleshooting) {
          await expect(
            pitfalls.nth(i).getByRole('link', {name: `Troubleshooting: ${plain(troubleshootingEntries[pitfall.troubleshooting])}`}),
            where,
          ).toHaveAttribute('href', `/docs/course/troubleshooting#${pitfall.troubleshooting}`);
        }
      }
    }
  });

  test('a note leads to its lab page, and a named step to that step', async ({page}) => {
    await openInstructorsPage(page);
    const labSection = sections.find((s) => s.lab === '03-model')!;
    const item = noteOf(labSection.number).demo.find(
      (d): d is Extract<Notes.DemoItem, {kind: 'step'}> => d.kind === 'step' && d.step.manifest === '03-model',
    );
    expect(item, 'the lab 03 note names one of its steps').toBeDefined();
    const steps = manifests['03-model'].steps ?? [];
    const index = steps.findIndex((s) => s.id === item!.step.step);
    const region = noteRegion(page, labSection);

    await region.getByRole('link', {name: `Lab 03, step ${index + 1}: ${steps[index]!.title}`}).click();
    await expect(page).toHaveURL(new RegExp(`/docs/labs/03-model#step-${item!.step.step}$`));
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 03: Train and pickle the model'})).toBeVisible();
    await expect(page.locator(`#step-${item!.step.step}`)).toBeInViewport();

    await page.goBack();
    await noteRegion(page, labSection).getByRole('link', {name: 'Lab 03: Train and pickle the model'}).click();
    await expect(page).toHaveURL(/\/docs\/labs\/03-model$/);
    await expect(page.getByRole('heading', {level: 1, name: 'Lab 03: Train and pickle the model'})).toBeVisible();
  });

  test('a pitfall leads to its troubleshooting entry', async ({page}) => {
    await openInstructorsPage(page);
    const section = sections.find((s) => noteOf(s.number).pitfalls.some((p) => p.troubleshooting))!;
    const anchor = noteOf(section.number).pitfalls.find((p) => p.troubleshooting)!.troubleshooting!;
    const heading = plain(troubleshootingEntries[anchor]);
    await noteRegion(page, section)
      .getByRole('link', {name: `Troubleshooting: ${heading}`})
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/docs/course/troubleshooting#${anchor}$`));
    await expect(page.getByRole('heading', {level: 2, name: heading})).toBeInViewport();
  });

  test('a lecture note links its deck', async ({page}) => {
    await openInstructorsPage(page);
    const section = sections.find((s) => s.deck)!;
    // The deck's title is the one its slides file gives.
    const source = readFileSync(new URL(`../../slides/${section.deck}.mdx`, import.meta.url), 'utf8');
    const title = /^title: ['"]?(.+?)['"]?$/m.exec(source)?.[1] ?? '';
    await noteRegion(page, section).getByRole('link', {name: title, exact: true}).click();
    await expect(page).toHaveURL(new RegExp(`/slides/${section.deck}`));
  });

  test('on a phone, the notes need no sideways scrolling', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('/docs/course/instructors#notes');
    await hydrated(page);
    await layoutSettled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
