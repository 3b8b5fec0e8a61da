/**
 * How each lab is proven, read from the same data the checker runs: the lab manifests, the
 * mutants, the stand-in recipes and the bad-file corpus. The "How this course is proven" page
 * renders it, so the page cannot say more (or less) than the checker does.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LabCheck, LabStep, LintExemption} from './manifest';
import {boxIsCaptured, writtenBecause, type CapturedBoxes} from './captures/boxes';
import {readCaptured} from './captures/store';
import {loadMutants} from './mutants/load';
import {loadRecipes} from './standins/recipes';
import {loadLabParts} from './time-model';

/** How the checker proves one student step. */
export type StepProof =
  | {readonly how: 'as written'}
  | {readonly how: 'equivalent'; readonly command: string; readonly why: string}
  | {readonly how: 'not run'; readonly why: string};

export interface ProvenStep {
  readonly id: string;
  readonly title: string;
  readonly proof: StepProof;
  /** Offline, where the registry is out of reach: what runs instead of a pull. */
  readonly offline?: string;
  /** A Linux variant for a student whose uid is not 1000, run too. */
  readonly otherUid: boolean;
  /** The page's "you should see" box: what the run printed, or written by hand, and why. */
  readonly box: StepBox;
}

export type StepBox =
  | {readonly kind: 'captured'}
  | {readonly kind: 'written'; readonly text: string; readonly why: string}
  | {readonly kind: 'none'};

function stepBox(step: LabStep, captured: CapturedBoxes): StepBox {
  if (boxIsCaptured(step) && captured[step.id]) return {kind: 'captured'};
  if (!step.expect) return {kind: 'none'};
  return {kind: 'written', text: step.expect, why: writtenBecause(step) ?? 'the run printed nothing to show'};
}

export interface ProvenCheck {
  readonly name: string;
  readonly kind: LabCheck['kind'];
  /** Offline this check proves nothing and is reported skipped, for this reason. */
  readonly offlineSkip?: string;
  /** Requests or files that must be refused with a clear error. */
  readonly badInputs: number;
}

export interface ProvenPart {
  readonly id: string;
  readonly title: string;
  readonly takeHome: boolean;
  readonly images: readonly string[];
  readonly steps: readonly ProvenStep[];
  readonly checks: readonly ProvenCheck[];
  readonly mutants: readonly {readonly id: string; readonly breaks: string}[];
  /** Lint rules a file of the lab is exempt from, and why (kept in the manifest, not in the file). */
  readonly lintExemptions: readonly LintExemption[];
}

export interface CourseProof {
  readonly labs: readonly {readonly id: string; readonly parts: readonly ProvenPart[]}[];
  readonly standIns: readonly {readonly image: string; readonly builtFrom: string}[];
}

function stepProof(step: LabStep): StepProof {
  if (step.run === false) return {how: 'not run', why: step.notRunBecause ?? ''};
  if (step.check) return {how: 'equivalent', command: step.check, why: 'the command shown needs a keyboard or a terminal'};
  return {how: 'as written'};
}

/** The bad-file corpus lab 05's suites upload, when a check runs them. */
function corpusSize(repoRoot: string): number {
  const cases = path.join(repoRoot, 'tests', 'fixtures', 'data-app', 'bad-csv', 'cases.json');
  return existsSync(cases) ? (JSON.parse(readFileSync(cases, 'utf8')) as {cases: unknown[]}).cases.length : 0;
}

function badInputs(check: LabCheck, corpus: number): number {
  if (check.kind === 'http') return check.requests.filter((request) => request.expectStatus >= 400).length;
  if (check.kind === 'compose' && check.scripts.some((script) => script.includes('tests/data-app'))) return corpus;
  if (check.kind === 'self-check') return check.mustFailWith?.length ?? 0;
  return 0;
}

export async function courseProof(repoRoot: string, labIds: readonly string[]): Promise<CourseProof> {
  const labsDir = path.join(repoRoot, 'labs');
  const mutants = await loadMutants();
  const corpus = corpusSize(repoRoot);
  const labs = [];
  for (const id of labIds) {
    const parts = (await loadLabParts(labsDir, id)).map(({manifest}): ProvenPart => {
      const captured = readCaptured(labsDir, manifest.id);
      return {
      id: manifest.id,
      title: manifest.title,
      takeHome: manifest.takeHome === true,
      images: manifest.images.map((image) => image.name),
      steps: (manifest.steps ?? []).map((step) => ({
        id: step.id,
        title: step.title,
        proof: stepProof(step),
        ...(step.offlineCheck ? {offline: step.offlineCheck} : {}),
        otherUid: step.linuxOtherUser !== undefined,
        box: stepBox(step, captured),
      })),
      checks: manifest.checks.map((check) => ({
        name: check.name,
        kind: check.kind,
        ...(check.offlineSkip ? {offlineSkip: check.offlineSkip} : {}),
        badInputs: badInputs(check, corpus),
      })),
      mutants: mutants.filter((group) => group.lab === manifest.id).flatMap((group) => group.mutants.map((mutant) => ({id: mutant.id, breaks: mutant.breaks}))),
      lintExemptions: manifest.lintExemptions ?? [],
      };
    });
    labs.push({id, parts});
  }
  const standIns = [...loadRecipes().values()].map(({spec}) => ({
    image: spec.image,
    builtFrom: spec.about ?? (spec.kind === 'debootstrap' ? `Debian ${spec.suite} (${spec.variant}), by debootstrap` : `${spec.from}, with Debian's packages`),
  }));
  return {labs, standIns};
}
