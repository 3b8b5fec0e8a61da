/**
 * The lab manifests that instructor notes and slides name steps of, and where each step is shown.
 * The labels and anchors come from the lab registry (`labs/registry.ts`); the manifests are imported
 * here, typed by the registry's manifest ids, so a lab the registry names without a manifest here
 * fails the type check.
 */
import type {LabManifest, LabStep} from '../../lib/labs/manifest';
import {labs, labPage, manifests, type ManifestEntry, type ManifestId} from '../../labs/registry';
import type {StepRef} from './instructor-notes';
import lab01 from '../../labs/01-docker-basics/lab';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import w2 from '../../labs/02-workflows/w2-project/lab';
import w3 from '../../labs/02-workflows/w3-data-app/lab';
import w4 from '../../labs/02-workflows/w4-api/lab';
import lab03 from '../../labs/03-model/lab';
import lab04 from '../../labs/04-rest-api/lab';
import lab05 from '../../labs/05-data-app/lab';

const manifestOf: Readonly<Record<ManifestId, LabManifest>> = {
  '01-docker-basics': lab01,
  '02-workflows/w1-jupyter': w1,
  '02-workflows/w2-project': w2,
  '02-workflows/w3-data-app': w3,
  '02-workflows/w4-api': w4,
  '03-model': lab03,
  '04-rest-api': lab04,
  '05-data-app': lab05,
};

export interface StepSource extends ManifestEntry {
  readonly manifest: LabManifest;
}

export const stepSources = Object.fromEntries(manifests.map((entry) => [entry.id, {...entry, manifest: manifestOf[entry.id]}])) as Readonly<
  Record<ManifestId, StepSource>
>;

/** The steps of a manifest, or undefined if the notes know no such manifest. */
export function stepsOf(manifest: string): readonly LabStep[] | undefined {
  return Object.hasOwn(stepSources, manifest) ? (stepSources[manifest as ManifestId].manifest.steps ?? []) : undefined;
}

export interface ResolvedStep {
  readonly step: LabStep;
  /** The step's number on the lab page (LabSteps numbers the steps of a manifest from 1). */
  readonly number: number;
  /** "Lab 02, workflow 1, step 2: Start Jupyter, with a token of your own" */
  readonly label: string;
  readonly href: string;
}

export function resolveStep(ref: StepRef): ResolvedStep | undefined {
  const source = stepSources[ref.manifest];
  const steps = source.manifest.steps ?? [];
  const index = steps.findIndex((s) => s.id === ref.step);
  const lab = labs.find((l) => l.id === source.lab);
  const step = steps[index];
  if (!step || !lab) return undefined;
  return {
    step,
    number: index + 1,
    label: `${source.label}, step ${index + 1}: ${step.title}`,
    href: `${labPage(lab.id)}#step-${source.anchorPrefix}${step.id}`,
  };
}
