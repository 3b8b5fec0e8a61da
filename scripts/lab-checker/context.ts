/** What every check of one lab gets: the engine, names unique to this run, the lab's folders. */
import path from 'node:path';
import type {World} from './engine/detect';
import type {LabManifest} from '../../lib/labs/manifest';
import {repoRoot} from './paths';

/** Every container, image, network and volume the checker makes carries this label. */
export const RUN_LABEL = 'org.docker-for-data-science.lab-checker.run';

export interface LabContext {
  readonly lab: LabManifest;
  readonly labDir: string;
  readonly runId: string;
  readonly docker: string;
  readonly env: NodeJS.ProcessEnv;
  readonly world: World;
  readonly engineKind: 'existing' | 'private';
  readonly composeVersion?: string;
  /** Lab image name -> tag built in this run (absent when the build failed). */
  readonly imageTags: ReadonlyMap<string, string>;
  /** Per-lab scratch folder, removed at the end. */
  readonly workDir: string;
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A name for a container/project of this run: lowercase, unique, recognisable. */
export function runName(ctx: Pick<LabContext, 'runId' | 'lab'>, suffix: string): string {
  return `labcheck-${ctx.runId}-${ctx.lab.id}-${suffix}`.toLowerCase().replace(/[^a-z0-9_.-]/g, '-');
}

export function imageTag(runId: string, labId: string, imageName: string): string {
  return `labcheck-${runId}/${labId.replace(/\//g, '-')}-${imageName}:latest`.toLowerCase();
}

/** Paths in messages are relative to the repository, so a human can paste them. */
export function shown(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') ? file : relative;
}
