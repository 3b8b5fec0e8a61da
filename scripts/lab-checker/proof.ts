/**
 * How each lab is proven, read from the same data the checker runs: the lab manifests, the
 * mutants, the stand-in recipes and the bad-file corpus. The "How this course is proven" page
 * renders it, so the page cannot say more (or less) than the checker does.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LabCheck, LabStep} from '../../lib/labs/manifest';
import type {CourseProof, ProvenPart, StepBox, StepProof} from '../../lib/labs/proof';
import {boxIsCaptured, writtenBecause, type CapturedBoxes} from '../../lib/labs/boxes';
import {readCaptured} from './captures/store';
import {loadMutants} from './mutants/load';
import {loadRecipes} from './standins/recipes';
import {loadLabParts} from '../../lib/labs/time-model';

function stepBox(step: LabStep, captured: CapturedBoxes): StepBox {
  if (boxIsCaptured(step) && captured[step.id]) return {kind: 'captured'};
  if (!step.expect) return {kind: 'none'};
  return {kind: 'written', text: step.expect, why: writtenBecause(step) ?? 'the run printed nothing to show'};
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
        mutants: mutants
          .filter((group) => group.lab === manifest.id)
          .flatMap((group) => group.mutants.map((mutant) => ({id: mutant.id, breaks: mutant.breaks}))),
        lintExemptions: manifest.lintExemptions ?? [],
      };
    });
    labs.push({id, parts});
  }
  const standIns = [...loadRecipes().values()].map(({spec}) => ({
    image: spec.image,
    builtFrom:
      spec.about ??
      (spec.kind === 'debootstrap' ? `Debian ${spec.suite} (${spec.variant}), by debootstrap` : `${spec.from}, with Debian's packages`),
  }));
  return {labs, standIns};
}
