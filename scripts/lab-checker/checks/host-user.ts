/**
 * Who runs the students' steps on the host. It matters for bind mounts on Linux: a container
 * writes into a mounted folder with its own user id, and the lab images' user is uid 1000. A
 * student whose uid is 1000 (the first user of most Linux machines; Docker Desktop maps ids away on
 * macOS and Windows) shares a folder as it is; any other Linux student needs the step's
 * `linuxOtherUser` variant. The checker plays both students where it can.
 */
import {chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {run, type RunResult} from '../proc';
import type {LabContext} from '../context';

/** The user id of every lab image's user (`useradd --uid 1000`). */
export const IMAGE_UID = 1000;
/** A Linux student whose id is not the image user's. */
export const OTHER_UID = 4242;

export interface HostStudent {
  /** For outcome names and reasons: "uid 1000". */
  readonly label: string;
  /**
   * Set where this machine cannot play the student exactly and prepared the folder instead: what
   * it did. The step's outcome then counts as proved through an equivalent, saying so.
   */
  readonly preparedBy?: string;
  /** Set where this student works in another folder than the one handed over: a copy of it. */
  readonly folder?: string;
  /** Runs one step's command in `cwd` as this student. */
  run(command: string, cwd: string, timeoutSeconds: number): Promise<RunResult>;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** The checker's own user, as it is: root, a developer, or a CI runner. */
export function currentUser(ctx: LabContext): HostStudent {
  return {
    label: `uid ${process.getuid?.() ?? 'unknown'}`,
    run: (command, cwd, timeoutSeconds) => run('bash', ['-c', command], {cwd, env: ctx.env, timeoutSeconds}),
  };
}

/** Hands a folder and everything in it to `uid`, as a student's own folder would be. */
export function giveFolderTo(folder: string, uid: number): void {
  chownSync(folder, uid, uid);
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) giveFolderTo(child, uid);
    else chownSync(child, uid, uid);
  }
}

/** Lets every user read and write a folder and everything in it (directories searchable too). */
export function openFolderToAll(folder: string): void {
  chmodSync(folder, 0o777);
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) openFolderToAll(child);
    else chmodSync(child, (statSync(child).mode & 0o111) !== 0 ? 0o777 : 0o666);
  }
}

/** The group that may use the engine's socket: a student is in it, as in the `docker` group. */
function socketGroup(env: NodeJS.ProcessEnv): number {
  const host = env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  if (!host.startsWith('unix://'))
    throw new Error(`cannot run steps as another user with DOCKER_HOST=${host}: only a unix socket has a group`);
  return statSync(host.slice('unix://'.length)).gid;
}

/**
 * The student whose uid is the image user's, working in `folder`; or a reason why this machine
 * cannot play that student (a non-root checker running as another uid).
 */
export function imageUidStudent(ctx: LabContext, folder: string): HostStudent | string {
  const uid = process.getuid?.() ?? IMAGE_UID;
  if (isRoot()) {
    // Root reaches the engine anyway; what matters to the container is who owns the folder.
    giveFolderTo(folder, IMAGE_UID);
    // Played for real, not as root with a chowned folder: `id -u` and file owners then tell the truth.
    return asUid(ctx, IMAGE_UID);
  } else if (uid !== IMAGE_UID) {
    // Not root, so it cannot be uid 1000 (a CI runner is uid 1001): the folder is opened to the
    // container's user instead, which is what being uid 1000 gives a student.
    openFolderToAll(folder);
    // A step that compares file owners with `id -u` asks who the student is: the one played, uid 1000.
    const env = {...ctx.env, PATH: `${idAnsweringAs(IMAGE_UID)}${path.delimiter}${ctx.env.PATH ?? ''}`};
    return {
      label: `uid ${IMAGE_UID}`,
      run: (command, cwd, timeoutSeconds) => run('bash', ['-c', command], {cwd, env, timeoutSeconds}),
      preparedBy: `run as uid ${uid}, not ${IMAGE_UID}, with the folder made writable for the container's uid ${IMAGE_UID} (chmod -R a+rwX) and \`id -u\` / \`id -g\` answering ${IMAGE_UID} instead`,
    };
  }
  return {...currentUser(ctx), label: `uid ${IMAGE_UID}`};
}

/**
 * A Linux student whose uid is not the image user's, working in `folder`; or why this machine
 * cannot play one (a checker that is itself uid 1000 would only repeat the first run).
 */
export function otherUidStudent(ctx: LabContext, folder: string): HostStudent | string {
  if (!isRoot()) {
    const uid = process.getuid?.();
    if (uid === IMAGE_UID) {
      return `this machine's user has uid ${IMAGE_UID}, the lab image's user, so this variant would prove nothing new here; run the checker as root (it plays uid ${OTHER_UID}) or as another user`;
    }
    // Any other non-root user is such a student already (a GitHub runner is uid 1001). The folder
    // holds what the uid-1000 student's containers wrote, which stays theirs: a copy is this
    // user's own, as that student's folder would be (root hands the folder itself over instead).
    try {
      return {...currentUser(ctx), folder: ownCopy(folder)};
    } catch (error) {
      return `the folder could not be copied for uid ${uid ?? 'unknown'}, to be its own: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  giveFolderTo(folder, OTHER_UID);
  return asUid(ctx, OTHER_UID);
}

/** A copy of `folder` beside it, owned by the checker's user (the modes kept). */
function ownCopy(folder: string): string {
  const copy = mkdtempSync(path.join(path.dirname(folder), 'own-'));
  cpSync(folder, copy, {recursive: true});
  return copy;
}

/**
 * A folder holding an `id` that answers `-u` and `-g` as `uid` and passes every other question to
 * the real `id`: first on PATH, it makes the steps' `id -u` name the student being played.
 */
export function idAnsweringAs(uid: number): string {
  const made = idFolders.get(uid);
  if (made !== undefined && existsSync(made)) return made;
  const real = ['/usr/bin/id', '/bin/id'].find((file) => existsSync(file)) ?? 'id';
  const dir = mkdtempSync(path.join(tmpdir(), 'played-id-'));
  const script = [
    '#!/bin/sh',
    `# The student the lab checker plays is uid ${uid}; any other question goes to the real id.`,
    'case "$*" in',
    `  -u|-g|-ru|-rg|"-u -r"|"-g -r"|"-r -u"|"-r -g") echo ${uid} ;;`,
    `  *) exec ${real} "$@" ;;`,
    'esac',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'id'), script, {mode: 0o755});
  chmodSync(dir, 0o755);
  idFolders.set(uid, dir);
  return dir;
}

const idFolders = new Map<number, string>();

/** Root playing a student of that uid (through setpriv), in the engine socket's group. */
function asUid(ctx: LabContext, uid: number): HostStudent {
  const group = socketGroup(ctx.env);
  return {
    label: `uid ${uid}`,
    run: (command, cwd, timeoutSeconds) =>
      run('setpriv', ['--reuid', String(uid), '--regid', String(uid), '--groups', String(group), 'bash', '-c', command], {
        cwd,
        env: {...ctx.env, HOME: cwd},
        timeoutSeconds,
      }),
  };
}
