/**
 * Docusaurus plugin: the lab steps the instructor notes name, resolved at build time into a small
 * JSON module (`@generated/instructor-steps/steps.json`): each step's command, its label and its
 * link. The instructors page then ships those few steps instead of every lab manifest (about 10 KB
 * gzip less). A note naming a step that does not exist still fails the build, in the component.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {instructorNotes, stepRefsOf} from '../../data/instructor-notes';
import {resolveStep} from '../../data/lab-steps';
import {stepKey, type NamedStep} from './types';

/** Every step the notes name, resolved. */
export function namedSteps(): Record<string, NamedStep> {
  const steps: Record<string, NamedStep> = {};
  for (const note of instructorNotes) {
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
  // Written now: the page's module imports it when the bundler starts.
  const file = path.join(context.generatedFilesDir, 'instructor-steps', 'steps.json');
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, JSON.stringify(namedSteps()));
  return {name: 'instructor-steps'};
}
