/**
 * The lab manifests that instructor notes name steps of, and where each step is shown. Kept out of
 * `src/data/instructor-notes.ts` so that the notes stay plain data that any test can load.
 */
import type {LabManifest, LabStep} from '../../lib/labs/manifest';
import type {LabId} from './agenda';
import type {ManifestId, StepRef} from './instructor-notes';
import {labs} from './labs';
import {labHref} from './decks';
import lab01 from '../../labs/01-docker-basics/lab';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import w2 from '../../labs/02-workflows/w2-project/lab';
import w3 from '../../labs/02-workflows/w3-data-app/lab';
import w4 from '../../labs/02-workflows/w4-api/lab';
import lab03 from '../../labs/03-model/lab';
import lab04 from '../../labs/04-rest-api/lab';
import lab05 from '../../labs/05-data-app/lab';

export interface StepSource {
  readonly manifest: LabManifest;
  readonly lab: LabId;
  /** How the notes name the manifest: "Lab 01", "Lab 02, workflow 1". */
  readonly label: string;
  /** The `anchorPrefix` the lab page gives this manifest's `<LabSteps>`. */
  readonly anchorPrefix: string;
}

export const stepSources: Readonly<Record<ManifestId, StepSource>> = {
  '01-docker-basics': {manifest: lab01, lab: '01-docker-basics', label: 'Lab 01', anchorPrefix: ''},
  '02-workflows/w1-jupyter': {manifest: w1, lab: '02-workflows', label: 'Lab 02, workflow 1', anchorPrefix: 'w1-'},
  '02-workflows/w2-project': {manifest: w2, lab: '02-workflows', label: 'Lab 02, workflow 2', anchorPrefix: 'w2-'},
  '02-workflows/w3-data-app': {manifest: w3, lab: '02-workflows', label: 'Lab 02, workflow 3', anchorPrefix: 'w3-'},
  '02-workflows/w4-api': {manifest: w4, lab: '02-workflows', label: 'Lab 02, workflow 4', anchorPrefix: 'w4-'},
  '03-model': {manifest: lab03, lab: '03-model', label: 'Lab 03', anchorPrefix: ''},
  '04-rest-api': {manifest: lab04, lab: '04-rest-api', label: 'Lab 04', anchorPrefix: ''},
  '05-data-app': {manifest: lab05, lab: '05-data-app', label: 'Lab 05', anchorPrefix: ''},
};

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
    href: `${labHref(lab)}#step-${source.anchorPrefix}${step.id}`,
  };
}
