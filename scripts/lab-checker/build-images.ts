/** Builds every image of a lab's solution, each tagged and labelled for this run only. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {run, tail} from './proc';
import {progress} from './log';
import {RUN_LABEL, imageTag, shown, type LabContext} from './context';
import type {ImageReport} from './report';
import type {CheckOutcome} from './checks/outcome';
import {failed, passed} from './checks/outcome';
import type {LabImage} from '../../lib/labs/manifest';
import {finalBase} from './base-images';

export async function imageSize(docker: string, env: NodeJS.ProcessEnv, tag: string): Promise<number> {
  const inspect = await run(docker, ['image', 'inspect', '--format', '{{.Size}}', tag], {env});
  return Number(inspect.stdout.trim()) || 0;
}

export interface BuiltImages {
  readonly tags: Map<string, string>;
  readonly images: ImageReport[];
  readonly outcomes: CheckOutcome[];
}

export async function buildDockerImage(
  ctx: Pick<LabContext, 'docker' | 'env' | 'runId'>,
  contextDir: string,
  dockerfile: string | undefined,
  tag: string,
): Promise<{code: number; output: string; seconds: number}> {
  const args = ['build', '--label', `${RUN_LABEL}=${ctx.runId}`, '-t', tag];
  if (dockerfile) args.push('-f', path.join(contextDir, dockerfile));
  args.push(contextDir);
  return run(ctx.docker, args, {env: ctx.env, timeoutSeconds: 1800});
}

function reproduceBuild(contextDir: string, image: LabImage): string {
  const file = image.dockerfile ? ` -f ${shown(path.join(contextDir, image.dockerfile))}` : '';
  return `docker build -t ${image.name}${file} ${shown(contextDir)}`;
}

export async function buildLabImages(ctx: Omit<LabContext, 'imageTags'>): Promise<BuiltImages> {
  const tags = new Map<string, string>();
  const images: ImageReport[] = [];
  const outcomes: CheckOutcome[] = [];
  for (const image of ctx.lab.images) {
    const contextDir = path.join(ctx.labDir, 'solution', image.context);
    const tag = imageTag(ctx.runId, ctx.lab.id, image.name);
    const base = {name: `build ${image.name}`, kind: 'build' as const};
    const result = await buildDockerImage(ctx, contextDir, image.dockerfile, tag);
    if (result.code !== 0) {
      progress(`${ctx.lab.id} › build ${image.name} … FAILED (${result.seconds}s)`);
      outcomes.push(
        failed(base, result.seconds, `docker build failed (exit ${result.code}):\n${tail(result.output, 25)}`, {
          reproduce: reproduceBuild(contextDir, image),
        }),
      );
      continue;
    }
    const sizeBytes = await imageSize(ctx.docker, ctx.env, tag);
    // The lab's own layers (its packages from PyPI, its files) weigh the same on a stand-in base.
    const from = finalBase(readFileSync(path.join(contextDir, image.dockerfile ?? 'Dockerfile'), 'utf8'));
    const baseBytes = from ? await imageSize(ctx.docker, ctx.env, from) : 0;
    progress(`${ctx.lab.id} › build ${image.name} … ok (${result.seconds}s, ${(sizeBytes / 1e6).toFixed(1)} MB)`);
    tags.set(image.name, tag);
    images.push({
      name: image.name,
      tag,
      sizeBytes,
      ...(baseBytes > 0 ? {ownBytes: sizeBytes - baseBytes} : {}),
      buildSeconds: result.seconds,
    });
    outcomes.push(passed(base, result.seconds));
  }
  return {tags, images, outcomes};
}
