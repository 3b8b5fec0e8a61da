/**
 * Docusaurus plugin: the instructor notes, read at build time from their content files
 * (`src/data/instructor-notes/notes/*.md`) into a JSON module (`@generated/instructor-steps/notes.json`),
 * and the lab steps they name, resolved into another (`steps.json`): each step's command, its label
 * and its link. The instructors page then ships those few steps instead of every lab manifest (about
 * 10 KB gzip less). A note naming a step that does not exist still fails the build, in the component.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {InstructorNote} from '../../data/instructor-notes';
import {stepRefsOf} from '../../data/instructor-notes/check';
import {NOTES_FOLDER, readInstructorNotes} from '../../data/instructor-notes/load';
import {resolveStep} from '../../data/lab-steps';
import {stepKey, type NamedStep} from './types';

/** Every step the notes name, resolved. */
export function namedSteps(notes: readonly InstructorNote[]): Record<string, NamedStep> {
  const steps: Record<string, NamedStep> = {};
  for (const note of notes) {
    for (const [, ref] of stepRefsOf(note)) {
      const resolved = resolveStep(ref as Parameters<typeof resolveStep>[0]);
      if (!resolved) continue;
      steps[stepKey(ref.manifest, ref.step)] = {
        command: resolved.step.command,
        hasPowershell: resolved.step.powershell !== undefined,
        label: resolved.label,
        href: resolved.href,
      };
    }
  }
  return steps;
}

export default function instructorStepsPlugin(context: LoadContext): Plugin {
  const dir = path.join(context.generatedFilesDir, 'instructor-steps');
  const write = (): void => {
    const notes = readInstructorNotes(context.siteDir);
    mkdirSync(dir, {recursive: true});
    writeFileSync(path.join(dir, 'notes.json'), JSON.stringify(notes));
    writeFileSync(path.join(dir, 'steps.json'), JSON.stringify(namedSteps(notes)));
  };
  // Written now: the page's module imports them when the bundler starts; again when a note changes.
  write();
  return {
    name: 'instructor-steps',
    loadContent: write,
    getPathsToWatch: () => [path.join(context.siteDir, NOTES_FOLDER, '*.md')],
  };
}
