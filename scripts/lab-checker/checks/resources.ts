/**
 * The names a lab's steps create (students type fixed names like `hello-docker:1.0`). In the
 * private daemon leftovers are simply removed; in a developer's own daemon an existing one is
 * reported instead of deleted, because it may be theirs.
 */
import {run} from '../proc';
import type {LabContext} from '../context';
import type {StepResources} from '../../../lib/labs/manifest';

interface Kind {
  readonly key: keyof StepResources;
  readonly inspect: readonly string[];
  readonly remove: readonly string[];
}

const KINDS: readonly Kind[] = [
  {key: 'containers', inspect: ['container', 'inspect'], remove: ['rm', '-f']},
  {key: 'images', inspect: ['image', 'inspect'], remove: ['rmi', '-f']},
  {key: 'networks', inspect: ['network', 'inspect'], remove: ['network', 'rm']},
  {key: 'volumes', inspect: ['volume', 'inspect'], remove: ['volume', 'rm', '-f']},
];

async function exists(ctx: LabContext, kind: Kind, name: string): Promise<boolean> {
  return (await run(ctx.docker, [...kind.inspect, name], {env: ctx.env})).code === 0;
}

/** Returns a reason when a name is taken in a daemon the checker does not own. */
export async function prepareResources(ctx: LabContext, resources: StepResources | undefined): Promise<string | undefined> {
  for (const kind of KINDS) {
    for (const name of resources?.[kind.key] ?? []) {
      if (!(await exists(ctx, kind, name))) continue;
      if (ctx.engineKind === 'private') {
        await run(ctx.docker, [...kind.remove, name], {env: ctx.env});
      } else {
        return `${kind.key.slice(0, -1)} "${name}" already exists in your Docker; the lab's steps create it. Remove it (docker ${kind.remove.join(' ')} ${name}) and run this again.`;
      }
    }
  }
  return undefined;
}

/** Containers first: images, networks and volumes in use cannot be removed. */
export async function removeResources(ctx: LabContext, resources: StepResources | undefined): Promise<void> {
  for (const kind of KINDS) {
    for (const name of resources?.[kind.key] ?? []) {
      if (await exists(ctx, kind, name)) await run(ctx.docker, [...kind.remove, name], {env: ctx.env});
    }
  }
}

/** Logs of the lab's named containers that still exist, for a failure message. */
export async function containerLogs(ctx: LabContext, resources: StepResources | undefined): Promise<string> {
  const parts: string[] = [];
  for (const name of resources?.containers ?? []) {
    const logs = await run(ctx.docker, ['logs', '--tail', '50', name], {env: ctx.env});
    if (logs.code === 0) parts.push(`--- docker logs ${name} ---\n${logs.output.trim() || '(empty)'}`);
  }
  return parts.join('\n');
}
