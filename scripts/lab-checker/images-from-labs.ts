/**
 * Images a lab uses by name from an earlier lab (`imagesFromLabs`): lab 05's Compose file runs
 * lab 04's API as `iris-api:1.0`, the tag students gave it. Where that tag does not exist (the lab
 * is checked alone, or lab 04's steps removed it), the earlier lab's solution image is built under
 * it; the layers cached by that lab's own check make this quick.
 */
import path from 'node:path';
import {run, tail} from './proc';
import {progress} from './log';
import type {LabContext} from './context';
import {labsDirOf, loadLab} from '../../lib/labs/load-labs';
import {failed, passed, type CheckOutcome} from './checks/outcome';

export interface ProvidedImages {
  readonly outcomes: CheckOutcome[];
  /** Tags this run built, removed when the lab's checks are done (the engine may be a developer's own). */
  readonly built: string[];
}

export async function provideImagesFromLabs(ctx: Omit<LabContext, 'imageTags'>): Promise<ProvidedImages> {
  const outcomes: CheckOutcome[] = [];
  const built: string[] = [];
  for (const wanted of ctx.lab.imagesFromLabs ?? []) {
    const base = {name: `image ${wanted.ref} from lab ${wanted.lab}`, kind: 'build' as const};
    const started = Date.now();
    const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
    const present = await run(ctx.docker, ['image', 'inspect', '--format', '{{.Id}}', wanted.ref], {env: ctx.env});
    if (present.code === 0) {
      outcomes.push(passed(base, seconds()));
      continue;
    }
    const labsDir = labsDirOf(ctx.labDir, ctx.lab.id);
    const other = await loadLab(labsDir, wanted.lab);
    const image = other.manifest.images.find((candidate) => candidate.name === wanted.image);
    if (!image) {
      outcomes.push(failed(base, seconds(), `lab ${wanted.lab} builds no image named "${wanted.image}"`));
      continue;
    }
    const context = path.join(other.dir, 'solution', image.context);
    progress(`${ctx.lab.id}: building ${wanted.ref} from lab ${wanted.lab}'s solution …`);
    const args = ['build', '-t', wanted.ref, '-f', path.join(context, image.dockerfile ?? 'Dockerfile'), context];
    const build = await run(ctx.docker, args, {env: ctx.env, timeoutSeconds: 1800});
    if (build.code === 0) built.push(wanted.ref);
    outcomes.push(
      build.code === 0
        ? passed(base, seconds())
        : failed(base, seconds(), `docker build of lab ${wanted.lab}'s ${wanted.image} image failed:\n${tail(build.output, 20)}`),
    );
  }
  return {outcomes, built};
}
