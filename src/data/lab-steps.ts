/**
 * The lab manifests that instructor notes and slides name steps of, and where each step is shown.
 * The labels and anchors come from the lab registry (`labs/registry.ts`); the manifests are imported
 * here, typed by the registry's manifest ids, so a lab the registry names without a manifest here
 * fails the type check.
 */
import type {LabManifest, LabStep} from '../../lib/labs/manifest';
import {labs, labPage, type LabEntry, type LabId, type ManifestId} from '../../labs/registry';
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

export interface StepSource {
  readonly id: ManifestId;
  readonly lab: LabId;
  /** "Lab 01", "Lab 02, workflow 1". */
  readonly label: string;
  /** The `anchorPrefix` the lab page gives this manifest's `<LabSteps>`: `w1-` for a part, none for a lab. */
  readonly anchorPrefix: string;
  readonly manifest: LabManifest;
}

/** A source per manifest of the registry's labs, in course order: a lab's own, or one per part. */
function sourcesOf(lab: LabEntry): StepSource[] {
  const number = `Lab ${lab.id.slice(0, 2)}`;
  const source = (id: string, label: string, anchorPrefix: string): StepSource => ({
    id: id as ManifestId,
    lab: lab.id as LabId,
    label,
    anchorPrefix,
    manifest: manifestOf[id as ManifestId],
  });
  if (!lab.parts) return [source(lab.id, number, '')];
  return lab.parts.map((part) =>
    source(`${lab.id}/${part.folder}`, `${number}, ${part.label}`, `${part.folder.split('-')[0] ?? part.folder}-`),
  );
}

export const stepSources = Object.fromEntries(labs.flatMap(sourcesOf).map((source) => [source.id, source])) as Readonly<
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
