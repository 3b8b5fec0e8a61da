/**
 * The mutation suite runs two labs' mutants at once: most of a mutant's seconds are waits (a
 * container starting, a health check's interval, a timeout the mutant makes run out), which leave
 * the machine's cores idle. Two labs may only run side by side when neither can disturb the other:
 * they publish no common fixed host port and hold no common name (a container, an image such as
 * `iris-api:1.0` that one lab's steps build and remove and another lab uses, a volume, a network),
 * and neither uses what the other hands over or builds (lab 04 mounts lab 03's model and builds
 * lab 03's image, whose run tags lab 03's own mutants build too).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LabManifest} from '../manifest';
import {publishedPorts} from '../checks/host-ports';

/** A Compose file's fixed host port: `"127.0.0.1:${APP_PORT:-8088}:80"` or `"127.0.0.1:8088:80"`. */
const COMPOSE_PORT = /(?:^|["'\s-])(?:\d{1,3}(?:\.\d{1,3}){3}:)?(?:\$\{\w+:-(\d+)\}|(\d+)):\d+(?:\/\w+)?["']?\s*$/gm;

/** The fixed host ports a Compose file publishes (the default, where a variable can change it). */
export function composePorts(text: string): number[] {
  const ports: number[] = [];
  for (const line of text.split('\n')) {
    if (!/^\s*-\s/.test(line) || line.trimStart().startsWith('#')) continue;
    for (const match of line.matchAll(COMPOSE_PORT)) ports.push(Number(match[1] ?? match[2]));
  }
  return ports;
}

function composeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : composeFiles(full);
    return /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/**
 * What a lab's checks hold while they run, as `kind:name` keys: the host ports its steps and
 * Compose files publish, the names its steps create, the images it uses by name, and the labs
 * whose material it builds or mounts (itself included).
 */
export function heldBy(lab: LabManifest, composeTexts: readonly string[] = []): Set<string> {
  const held = new Set<string>([`lab:${lab.id}`]);
  for (const step of lab.steps ?? []) {
    for (const command of [step.command, step.check, step.offlineCheck, step.linuxOtherUser]) {
      if (command) for (const port of publishedPorts(step, command)) held.add(`port:${port.port}`);
    }
  }
  for (const text of composeTexts) for (const port of composePorts(text)) held.add(`port:${port}`);
  const resources = lab.resources ?? {};
  for (const kind of ['containers', 'images', 'volumes', 'networks'] as const) for (const name of resources[kind] ?? []) held.add(`${kind}:${name}`);
  for (const used of lab.imagesFromLabs ?? []) {
    held.add(`images:${used.ref}`);
    held.add(`lab:${used.lab}`);
  }
  for (const check of lab.checks) if (check.kind === 'http' && check.mountHandoff) held.add(`lab:${check.mountHandoff.lab}`);
  return held;
}

/** heldBy for a lab on disk: its manifest and the Compose files of its solution and starter. */
export function heldByLabDir(lab: LabManifest, labDir: string): Set<string> {
  const texts = ['solution', 'starter'].flatMap((folder) => composeFiles(path.join(labDir, folder))).map((file) => readFileSync(file, 'utf8'));
  return heldBy(lab, texts);
}

export interface LaneJob<T> {
  readonly name: string;
  readonly held: ReadonlySet<string>;
  /** Expected seconds: the longest jobs start first, so the last one to finish is not a long one. */
  readonly estimate: number;
  run(): Promise<T>;
}

function clash(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * Runs the jobs, at most `width` at a time and never two that hold a common key at once, the
 * longest first; resolves with their results in the jobs' own order.
 */
export async function runInLanes<T>(jobs: readonly LaneJob<T>[], width: number, stopped: () => boolean = () => false): Promise<T[]> {
  const results: {readonly job: LaneJob<T>; readonly result: T}[] = [];
  const pending = [...jobs].sort((a, b) => b.estimate - a.estimate);
  const running = new Map<LaneJob<T>, Promise<void>>();
  while (pending.length > 0 || running.size > 0) {
    const index = stopped() ? -1 : pending.findIndex((job) => running.size < Math.max(1, width) && [...running.keys()].every((other) => !clash(job.held, other.held)));
    if (index >= 0) {
      const [job] = pending.splice(index, 1);
      if (!job) continue;
      running.set(
        job,
        job.run().then((result) => {
          results.push({job, result});
          running.delete(job);
        }),
      );
      continue;
    }
    if (running.size === 0) break;
    // A job that throws ends the whole run: runLab reports failures as outcomes, so this is a bug.
    await Promise.race(running.values());
  }
  return results.sort((a, b) => jobs.indexOf(a.job) - jobs.indexOf(b.job)).map(({result}) => result);
}
