/**
 * Which Docker engine to use and which world we are in. The decisions are pure functions of
 * observed facts, so they can be unit-tested without Docker.
 */
import {existsSync, readFileSync} from 'node:fs';
import {run} from '../proc';

export interface HostFacts {
  /** `docker info` answered with the caller's own environment. */
  readonly existingEngineReachable: boolean;
  readonly isLinux: boolean;
  readonly isRoot: boolean;
  /** /etc/debian_version exists: apt-get can install docker.io. */
  readonly isDebian: boolean;
  /** A `dockerd` binary is on PATH already. */
  readonly dockerdInstalled: boolean;
  /** LAB_CHECKER_ENGINE=private forces a private daemon even next to a running engine. */
  readonly forcePrivate: boolean;
}

export type EngineDecision =
  | {readonly kind: 'existing'}
  | {readonly kind: 'private'; readonly installDocker: boolean}
  | {readonly kind: 'unavailable'; readonly message: string};

export const INSTALL_DOCKER_MESSAGE =
  'No Docker engine is reachable: install Docker Desktop (macOS, Windows) or Docker Engine (Linux), start it, and run this again.';

export const NO_STANDINS_IN_YOUR_DAEMON_MESSAGE =
  'Your Docker engine cannot pull from Docker Hub and the checker will not put stand-in images into your own daemon: connect to the internet (or run as root on Debian, where it uses a private daemon) and run this again.';

/** True where the checker may start its own daemon (installing docker.io when needed). */
export function canRunPrivateDaemon(facts: HostFacts): boolean {
  return facts.isLinux && facts.isRoot && (facts.dockerdInstalled || facts.isDebian);
}

export function decideEngine(facts: HostFacts): EngineDecision {
  if (facts.existingEngineReachable && !facts.forcePrivate) return {kind: 'existing'};
  if (canRunPrivateDaemon(facts)) return {kind: 'private', installDocker: !facts.dockerdInstalled};
  return {kind: 'unavailable', message: INSTALL_DOCKER_MESSAGE};
}

export type World = 'online' | 'offline';

export type WorldDecision =
  /** `provision: false`: stand-ins must already be in the engine; the checker builds none into it. */
  | {readonly world: World; readonly provision?: false}
  /** The engine in use cannot reach the registry, but a private daemon could host stand-ins. */
  | {readonly switchToPrivate: true}
  | {readonly error: string};

/**
 * Stand-ins only ever go into the private daemon: a developer's own daemon with no registry is
 * an error (or a reason to switch to a private daemon where one is possible).
 */
export function decideWorld(input: {
  readonly engine: 'existing' | 'private';
  readonly registryReachable: boolean;
  readonly privatePossible: boolean;
  /** LAB_CHECKER_WORLD=offline: the caller says the engine serves stand-ins already. */
  readonly forcedOffline?: boolean;
}): WorldDecision {
  if (input.registryReachable) return {world: 'online'};
  if (input.engine === 'private') return {world: 'offline'};
  if (input.privatePossible) return {switchToPrivate: true};
  // A non-root user (a CI runner, uid 1001) checking against the checker's own daemon, which a
  // root process started and filled: used as it is, and a missing stand-in is an error, not a build.
  if (input.forcedOffline) return {world: 'offline', provision: false};
  return {error: NO_STANDINS_IN_YOUR_DAEMON_MESSAGE};
}

/** Reads LAB_CHECKER_WORLD=online|offline, a way to skip the registry probe. */
export function forcedWorld(env: NodeJS.ProcessEnv): World | undefined {
  const value = env.LAB_CHECKER_WORLD;
  return value === 'online' || value === 'offline' ? value : undefined;
}

export async function gatherHostFacts(env: NodeJS.ProcessEnv = process.env): Promise<HostFacts> {
  const info = await run('docker', ['info', '--format', '{{.ServerVersion}}'], {env, timeoutSeconds: 20});
  const which = await run('sh', ['-c', 'command -v dockerd'], {env});
  return {
    existingEngineReachable: info.code === 0 && info.stdout.trim().length > 0,
    isLinux: process.platform === 'linux',
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian: existsSync('/etc/debian_version'),
    dockerdInstalled: which.code === 0,
    forcePrivate: env.LAB_CHECKER_ENGINE === 'private',
  };
}

/** The probe image: small, and the base of every stand-in. */
export const PROBE_IMAGE = 'debian:trixie-slim';

/** A real pull with a short timeout: the only honest answer to "can this engine pull?". */
export async function registryReachable(docker: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const pull = await run(docker, ['pull', PROBE_IMAGE], {env, timeoutSeconds: 30});
  return pull.code === 0;
}

export function debianVersion(): string | undefined {
  return existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : undefined;
}
