/**
 * What the setup kit needs to know about the course, read from the lab material itself: the lab
 * manifests (`labs/<id>/lab.ts`), their Dockerfiles and their Compose files. Nothing here is a
 * hand-kept list; `lib/course/images.ts` only adds a sentence per image (and the order the pages use),
 * and a lab that starts using an image it does not describe stops the generator.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {fromImages, labBaseImages} from '../lab-checker/base-images';
import {publishedPorts} from '../lab-checker/checks/host-ports';
import {findLabIds, loadLab, type LoadedLab} from '../../lib/labs/load-labs';
import type {LabImage, LabStep} from '../../lib/labs/manifest';
import {hostPortOf} from '../lab-checker/lint/compose/rules/compose-safe-host-ports.js';
import {parseDotenv} from '../lab-checker/lint/shared/dotenv.js';
import {courseDisk, courseImages, setupCheckImage} from '../../lib/course/images';
import {DOWNLOAD_BYTES} from '../../labs/requirements/downloads';
import {LOCK_IMAGES} from '../python-lock/images';

/** An image the labs pull from a registry (a Dockerfile's FROM, a Compose `image:`, a lab's `uses`). */
export interface PulledImage {
  readonly ref: string;
  /** What the course uses it for, from lib/course/images.ts. */
  readonly why: string;
  /** The labs that use it ("lab 01", "lab 02 W3", …). */
  readonly labs: readonly string[];
}

/** A lab image the prepare-at-home script builds, under the tag the lab gives it. */
export interface PreparedImage {
  readonly lab: string;
  readonly tag: string;
  /** The build context, relative to the course repository, with `/`. */
  readonly dir: string;
  /** Whether that is what students build unchanged (`starter`) or the solution of an exercise. */
  readonly from: 'starter' | 'solution';
  /** What building it at home saves on the day, and what it does not, in plain sentences. */
  readonly saves: readonly string[];
  /** The registry images its Dockerfile starts FROM. */
  readonly bases: readonly string[];
}

/** A lab image the script does not build, and why. */
export interface UnpreparedImage {
  readonly lab: string;
  readonly tag: string;
  readonly why: string;
}

/** A host port the labs publish (on 127.0.0.1), with the labs that publish it. */
export interface CoursePort {
  readonly port: number;
  readonly labs: readonly string[];
}

export interface Course {
  readonly pulled: readonly PulledImage[];
  readonly prepared: readonly PreparedImage[];
  readonly unprepared: readonly UnpreparedImage[];
  readonly ports: readonly CoursePort[];
  /** The image the setup check runs: the course's Python base. */
  readonly pythonImage: string;
  /** Labs whose images compile packages from source on ARM machines (their Dockerfiles say so). */
  readonly compilesOnArm: readonly string[];
  readonly diskGb: {readonly fresh: number; readonly prepared: number};
  /** The oldest Docker Engine the labs' Dockerfiles work on, and why (0 and '' when nothing needs a recent one). */
  readonly engine: {readonly minimum: number; readonly why: string};
}

/** "01-docker-basics" → "lab 01"; "02-workflows/w1-jupyter" → "lab 02 W1". */
export function labLabel(id: string): string {
  const [group = '', part] = id.split('/');
  const number = group.split('-')[0] ?? group;
  return part ? `lab ${number} ${(part.split('-')[0] ?? part).toUpperCase()}` : `lab ${number}`;
}

/** Dockerfile instructions, comment lines left out and continuation lines kept as written. */
export function dockerfileInstructions(text: string): string[] {
  const instructions: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && current.length === 0)) continue;
    current.push(line.trimEnd());
    if (!trimmed.endsWith('\\')) {
      instructions.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length > 0) instructions.push(current.join('\n'));
  return instructions;
}

/** The instructions of the last stage: what a one-stage Dockerfile of the same image holds. */
function finalStage(instructions: readonly string[]): string[] {
  const lastFrom = instructions.findLastIndex((instruction) => /^\s*FROM\s/i.test(instruction));
  return instructions.slice(Math.max(lastFrom, 0));
}

/** A RUN that downloads packages: pip, or apt-get. */
export function installs(instruction: string): boolean {
  return /^\s*RUN\s/i.test(instruction) && /\bpip3?\s+install\b|\bapt-get\s+install\b/.test(instruction);
}

/** Host ports a Compose file publishes, with `${VAR:-default}` read from the `.env.example` students copy to `.env`. */
function composePorts(file: string): number[] {
  const envFile = path.join(path.dirname(file), '.env.example');
  const env = existsSync(envFile) ? parseDotenv(readFileSync(envFile, 'utf8')) : new Map<string, string>();
  const doc = parse(readFileSync(file, 'utf8')) as {services?: Record<string, {ports?: unknown[]}>} | null;
  const ports: number[] = [];
  for (const service of Object.values(doc?.services ?? {})) {
    for (const entry of service.ports ?? []) {
      const host = hostPortOf(entry, (name) => env.get(name));
      if ('unresolved' in host) throw new Error(`${file}: port "${String(host.written)}" uses \${${host.unresolved}} without a default`);
      ports.push(...host.ports);
    }
  }
  return ports;
}

/** Compose files of a lab's solution: those its compose checks run. */
function composeFiles(lab: LoadedLab): string[] {
  const dirs = new Set(lab.manifest.checks.flatMap((check) => (check.kind === 'compose' ? [check.dir] : [])));
  return [...dirs].map((dir) => path.join(lab.dir, 'solution', dir, 'compose.yaml')).filter((file) => existsSync(file));
}

/** The step in which students build an image: `docker build -t TAG CONTEXT`. */
function buildStepOf(lab: LoadedLab, image: LabImage): {tag: string; step: LabStep} | undefined {
  const context = path.normalize(image.context);
  for (const step of lab.manifest.steps ?? []) {
    const build = /\bdocker\s+build\s+(?:-t|--tag)[\s=](\S+)\s+(\S+)\s*$/.exec(step.command);
    if (build?.[1] && path.normalize(build[2] ?? '') === context) return {tag: build[1], step};
  }
  return undefined;
}

/** The tag students give an image: `docker build -t TAG .` in a step, or Compose's `<project>-<service>`. */
function tagOf(lab: LoadedLab, image: LabImage): string | undefined {
  const context = path.normalize(image.context);
  const built = buildStepOf(lab, image);
  if (built) return built.tag;
  for (const file of composeFiles(lab)) {
    const doc = parse(readFileSync(file, 'utf8')) as {name?: string; services?: Record<string, {build?: string | {context?: string}}>};
    for (const [service, definition] of Object.entries(doc.services ?? {})) {
      const build = typeof definition.build === 'string' ? definition.build : definition.build?.context;
      const dir = path.relative(path.join(lab.dir, 'solution'), path.resolve(path.dirname(file), build ?? '\0'));
      if (build !== undefined && path.normalize(dir) === context && doc.name) return `${doc.name}-${service}`;
    }
  }
  return undefined;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * MB of wheels a build installing this requirements file downloads from PyPI, on the larger of the
 * two platforms, as the lock script measured it; undefined for a file that is not a lock's copy.
 */
function downloadOf(requirements: string): number | undefined {
  const image = LOCK_IMAGES.find((lock) => lock.copies.includes(requirements));
  if (!image) return undefined;
  const bytes = DOWNLOAD_BYTES[image.name];
  return Math.round(Math.max(bytes.x86_64, bytes.aarch64) / 1e6);
}

/** What the prepare-at-home script builds for one lab, and what that saves. */
function prepareLab(
  lab: LoadedLab,
  repoRoot: string,
  users: ReadonlyMap<string, readonly string[]>,
): {prepared: PreparedImage[]; unprepared: UnpreparedImage[]} {
  const label = labLabel(lab.id);
  const prepared: PreparedImage[] = [];
  const unprepared: UnpreparedImage[] = [];
  const seen = new Set<string>();
  const todoFiles = new Set(lab.manifest.starter.flatMap((claim) => (claim.claim === 'todos' ? [path.normalize(claim.file)] : [])));
  for (const image of lab.manifest.images) {
    const dockerfile = image.dockerfile ?? 'Dockerfile';
    const solutionDir = path.resolve(lab.dir, 'solution', image.context);
    const tag = tagOf(lab, image);
    // An image only the checker builds (lab 03's starter image, to inspect it) has no tag of its own.
    if (tag === undefined) continue;
    const inStarter = path.relative(path.join(lab.dir, 'solution'), solutionDir);
    const starterDir = path.resolve(lab.dir, 'starter', inStarter);
    const starterDockerfile = path.join(starterDir, dockerfile);
    const starterHasTodos = todoFiles.has(path.normalize(path.join(inStarter, dockerfile)));
    const fromStarter = existsSync(starterDockerfile) && !starterHasTodos;
    const dir = fromStarter ? starterDir : solutionDir;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const solution = dockerfileInstructions(readFileSync(path.join(solutionDir, dockerfile), 'utf8'));
    if (!solution.some(installs)) {
      unprepared.push({lab: label, tag, why: 'it installs nothing, so its base image, which the pre-pull script pulls, is all it needs'});
      continue;
    }
    const relDir = path.relative(repoRoot, dir).split(path.sep).join('/');
    const download = downloadOf(`${relDir}/requirements.txt`);
    const starterRel = `starter/${inStarter === '' ? '' : `${inStarter.split(path.sep).join('/')}/`}`;
    const saves: string[] = download === undefined ? [] : [`Its Python packages are a download of about ${download} MB from PyPI.`];
    if (fromStarter && buildStepOf(lab, image)?.step.optional) {
      // Lab 03 runs the image as this script built it: its build step is for those who did not run the script.
      saves.push(
        `${capitalized(label)} runs this very image, so you need not build it again; a build from ${starterRel} would take every step from the cache.`,
      );
    } else if (fromStarter) {
      saves.push(`In ${label} you build this same image from ${starterRel}: every step of that build comes from the cache.`);
    } else {
      const theirs = existsSync(starterDockerfile) ? dockerfileInstructions(readFileSync(starterDockerfile, 'utf8')) : [];
      const final = finalStage(solution);
      let shared = 0;
      while (shared < final.length && shared < theirs.length && final[shared] === theirs[shared]) shared += 1;
      const lastInstall = final.findLastIndex(installs);
      if (lastInstall >= 0 && lastInstall < shared) {
        saves.push(
          `The Dockerfile in ${starterRel} has the solution's lines up to its package installs: those steps come from the cache.`,
          'The lines you write for its TODOs install nothing, so they build on the day without downloads.',
        );
      } else {
        saves.push(
          `The Dockerfile you write in ${starterRel} gets the package install from the cache only if its lines up to and including RUN pip install are exactly the ones its TODOs give;`,
          'if they differ, that step downloads the packages again.',
        );
      }
    }
    // The cache does not care about tags. A solution gets the tag students use only where another
    // lab runs it by that name (lab 05 runs lab 04's iris-api:1.0); elsewhere its own, so that an
    // answer never stands in for a student's build that failed.
    const usedBy = users.get(tag) ?? [];
    let builtAs = tag;
    if (usedBy.length > 0) {
      saves.push(
        `${capitalized(sentence(usedBy))} ${usedBy.length > 1 ? 'run' : 'runs'} this image by its name, ${tag}, until your own build in ${label} replaces it.`,
      );
    } else if (!fromStarter) {
      builtAs = `${tag.split(':')[0] ?? tag}:solution`;
      saves.push(`It is tagged ${builtAs}, not ${tag}, so the image you run in ${label} is always the one you built.`);
    }
    const bases = fromImages(readFileSync(path.join(dir, dockerfile), 'utf8'));
    prepared.push({lab: label, tag: builtAs, dir: relDir, from: fromStarter ? 'starter' : 'solution', saves, bases});
  }
  return {prepared, unprepared};
}

/** Reads every lab of `<repoRoot>/labs` and gathers what the setup scripts need. */
export async function loadCourse(repoRoot: string): Promise<Course> {
  const labsDir = path.join(repoRoot, 'labs');
  const labs: LoadedLab[] = [];
  for (const id of findLabIds(labsDir)) labs.push(await loadLab(labsDir, id));

  const usesOf = new Map<string, string[]>();
  for (const lab of labs) {
    for (const ref of labBaseImages(lab.manifest, lab.dir)) usesOf.set(ref, [...(usesOf.get(ref) ?? []), labLabel(lab.id)]);
  }
  const described = new Map(courseImages.map((image) => [image.ref, image.why]));
  const undescribed = [...usesOf.keys()].filter((ref) => !described.has(ref));
  if (undescribed.length > 0)
    throw new Error(`The labs pull ${undescribed.join(', ')}, which lib/course/images.ts does not describe: add a line for each.`);
  const unused = [...described.keys()].filter((ref) => !usesOf.has(ref));
  if (unused.length > 0) throw new Error(`lib/course/images.ts lists ${unused.join(', ')}, which no lab uses: remove it.`);
  if (!usesOf.has(setupCheckImage)) throw new Error(`The setup check runs ${setupCheckImage}, which no lab uses.`);
  const pulled = courseImages.map((image) => ({ref: image.ref, why: image.why, labs: usesOf.get(image.ref) ?? []}));

  // Images a lab runs by name from an earlier lab (lab 05 runs lab 04's iris-api:1.0).
  const users = new Map<string, string[]>();
  for (const lab of labs)
    for (const fromLab of lab.manifest.imagesFromLabs ?? []) users.set(fromLab.ref, [...(users.get(fromLab.ref) ?? []), labLabel(lab.id)]);
  const prepared: PreparedImage[] = [];
  const unprepared: UnpreparedImage[] = [];
  for (const lab of labs) {
    const result = prepareLab(lab, repoRoot, users);
    prepared.push(...result.prepared);
    unprepared.push(...result.unprepared);
  }

  const portLabs = new Map<number, string[]>();
  const addPort = (port: number, lab: string): void => {
    const known = portLabs.get(port) ?? [];
    if (!known.includes(lab)) portLabs.set(port, [...known, lab]);
  };
  for (const lab of labs) {
    for (const step of lab.manifest.steps ?? []) {
      for (const command of [step.command, step.powershell, step.linuxOtherUser]) {
        if (command) for (const published of publishedPorts(step, command)) addPort(published.port, labLabel(lab.id));
      }
    }
    for (const file of composeFiles(lab)) for (const port of composePorts(file)) addPort(port, labLabel(lab.id));
  }
  const ports = [...portLabs.entries()].sort(([a], [b]) => a - b).map(([port, labels]) => ({port, labs: labels}));

  const compilesOnArm = labs
    .filter((lab) =>
      lab.manifest.images.some((image) => {
        const file = path.join(lab.dir, 'solution', image.context, image.dockerfile ?? 'Dockerfile');
        return existsSync(file) && /"\$arch"\s*!=\s*amd64/.test(readFileSync(file, 'utf8'));
      }),
    )
    .map((lab) => labLabel(lab.id));

  // HEALTHCHECK --start-interval needs Docker Engine 25 (Docker's Dockerfile reference says so).
  const startInterval = labs.filter((lab) =>
    lab.manifest.images.some((image) => {
      const file = path.join(lab.dir, 'solution', image.context, image.dockerfile ?? 'Dockerfile');
      return (
        existsSync(file) &&
        dockerfileInstructions(readFileSync(file, 'utf8')).some((i) => /^\s*HEALTHCHECK\s[^\n]*--start-interval\b/i.test(i))
      );
    }),
  );
  const engine =
    startInterval.length > 0
      ? {
          minimum: 25,
          why: `${capitalized(sentence(startInterval.map((lab) => labLabel(lab.id))))} ${startInterval.length > 1 ? 'use' : 'uses'} HEALTHCHECK --start-interval, which needs Docker Engine 25 or newer.`,
        }
      : {minimum: 0, why: ''};

  return {
    pulled,
    prepared,
    unprepared,
    ports,
    pythonImage: setupCheckImage,
    compilesOnArm,
    diskGb: {fresh: courseDisk.freshGb, prepared: courseDisk.preparedGb},
    engine,
  };
}
