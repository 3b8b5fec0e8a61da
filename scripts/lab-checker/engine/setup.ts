/**
 * Gets a Docker engine ready: the caller's own where it can pull the real images, otherwise a
 * private daemon (installed from Debian if needed) where stand-ins may be provisioned.
 */
import {existsSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {run} from '../proc';
import {progress} from '../log';
import {debianArchive} from './apt-sources';
import {composeVersion, installComposeFromTrixie} from './compose';
import {canRunPrivateDaemon, decideEngine, decideWorld, forcedWorld, gatherHostFacts, registryReachable, type World} from './detect';
import {ensureDebianPackages} from './install';
import {startPrivateDaemon} from './private-daemon';
import {installEngineFromTrixie, type TrixieEngine} from './trixie-engine';
import {startPypiCache, type PypiCache} from '../standins/pypi-cache/cache';

export interface Engine {
  readonly kind: 'existing' | 'private';
  readonly world: World;
  /** The docker CLI to call. */
  readonly docker: string;
  /** Environment for every docker/bash command of the run. */
  readonly env: NodeJS.ProcessEnv;
  readonly serverVersion: string;
  /** undefined when Compose v2 is not available. */
  readonly composeVersion?: string;
  /** What `docker build` uses: "BuildKit (buildx 0.13.1)" or "classic". */
  readonly builder: string;
  /** Offline: whether stand-ins may be built into this engine (only the checker's own daemon). */
  readonly provisionsStandIns: boolean;
  /** Where stand-ins are used: the cache their pip installs through (standins/pypi-cache). */
  readonly pypiCache?: PypiCache;
  readonly stop: () => Promise<void>;
}

/** An error whose message is meant for the user as it is (no stack trace). */
export class UserFacingError extends Error {}

async function serverVersion(docker: string, env: NodeJS.ProcessEnv): Promise<string> {
  const info = await run(docker, ['version', '--format', '{{.Server.Version}}'], {env, timeoutSeconds: 20});
  return info.stdout.trim();
}

async function detectWorld(docker: string, env: NodeJS.ProcessEnv): Promise<World> {
  const forced = forcedWorld(process.env);
  if (forced) return forced;
  progress('probing the registry with a real pull of the base image …');
  return (await registryReachable(docker, env)) ? 'online' : 'offline';
}

async function privateEngine(cache: string, installDocker: boolean, onStop: (stop: () => Promise<void>) => void): Promise<Engine> {
  // Debian 12's docker.io brings containerd and runc; its dockerd is only the fallback.
  if (installDocker) await ensureDebianPackages(['docker.io']);
  const dockerConfig = path.join(cache, 'docker-config');
  mkdirSync(dockerConfig, {recursive: true});
  let current: TrixieEngine | undefined;
  if (existsSync('/etc/debian_version')) {
    try {
      current = await installEngineFromTrixie(debianArchive(), cache, dockerConfig);
    } catch (error) {
      progress(
        `Docker Engine 26 is not available (${error instanceof Error ? error.message : String(error)}): using this machine's dockerd and the classic builder`,
      );
    }
  }
  progress('starting a private Docker daemon (data-root in the cache dir) …');
  const daemon = await startPrivateDaemon(cache, current?.dockerd);
  onStop(daemon.stop);
  // The docker CLI next to this dockerd goes first on PATH, so lab steps (`docker …` in bash)
  // talk to the same daemon with a matching client.
  const binDir = path.join(cache, 'bin');
  mkdirSync(binDir, {recursive: true});
  const link = path.join(binDir, 'docker');
  rmSync(link, {force: true});
  if (daemon.dockerCli !== 'docker') symlinkSync(daemon.dockerCli, link);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_HOST: daemon.host,
    DOCKER_CONFIG: dockerConfig,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const docker = daemon.dockerCli;
  // Asked once: installing Compose below adds a CLI plugin, not a builder.
  const builder = await builderOf(docker, env);
  // Engine 20.10 without buildx: the classic builder, which resolves FROM against local images.
  if (builder === 'classic') env.DOCKER_BUILDKIT = '0';
  const world = await detectWorld(docker, env);
  const pypiCache = world === 'offline' ? await standInWorld(cache, docker, env) : undefined;
  const stop = async (): Promise<void> => {
    await pypiCache?.stop();
    await daemon.stop();
  };
  if (pypiCache) onStop(stop);
  let compose = await composeVersion(docker, env);
  if (!compose && existsSync('/etc/debian_version')) {
    await installComposeFromTrixie(debianArchive(), cache, dockerConfig);
    compose = await composeVersion(docker, env);
  }
  return {
    kind: 'private',
    world,
    provisionsStandIns: true,
    docker,
    env,
    serverVersion: await serverVersion(docker, env),
    composeVersion: compose,
    builder,
    pypiCache,
    stop,
  };
}

/** What stand-ins need besides the engine: their tools, and the PyPI cache their pip installs through. */
async function standInWorld(cache: string, docker: string, env: NodeJS.ProcessEnv): Promise<PypiCache> {
  // debootstrap builds the Debian stand-ins; openssl makes the PyPI cache's certificate, and the cache runs in a venv.
  await ensureDebianPackages(['debootstrap', 'openssl', 'python3-venv']);
  return startPypiCache(cache, docker, env);
}

/** "BuildKit (buildx 0.13.1)" where `docker build` uses BuildKit, else "classic". */
async function builderOf(docker: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.DOCKER_BUILDKIT === '0') return 'classic';
  const buildx = await run(docker, ['buildx', 'version'], {env, timeoutSeconds: 20});
  if (buildx.code !== 0) return 'classic';
  const version = /\s(v?\d+\.\d+\.\d+)/.exec(buildx.stdout)?.[1] ?? 'unknown version';
  return `BuildKit (buildx ${version.replace(/^v/, '')})`;
}

/**
 * `onStop` receives the daemon's stop function as soon as a daemon exists, so the signal
 * handlers can stop it even while setup is still running.
 */
export async function setUpEngine(cache: string, onStop: (stop: () => Promise<void>) => void): Promise<Engine> {
  const facts = await gatherHostFacts();
  const decision = decideEngine(facts);
  if (decision.kind === 'unavailable') throw new UserFacingError(decision.message);
  if (decision.kind === 'private') return privateEngine(cache, decision.installDocker, onStop);

  const env = process.env;
  const world = await detectWorld('docker', env);
  const next = decideWorld({
    engine: 'existing',
    registryReachable: world === 'online',
    privatePossible: canRunPrivateDaemon(facts),
    forcedOffline: forcedWorld(process.env) === 'offline',
  });
  if ('error' in next) throw new UserFacingError(next.error);
  if ('switchToPrivate' in next) {
    progress('your Docker engine cannot pull the images: using a private daemon with stand-ins instead');
    return privateEngine(cache, !facts.dockerdInstalled, onStop);
  }
  // An engine of the caller's, told to use stand-ins (LAB_CHECKER_WORLD=offline), holds the stand-ins
  // its starter built: their pip installs through that starter's PyPI cache, so this run starts none.
  return {
    kind: 'existing',
    world: next.world,
    provisionsStandIns: false,
    docker: 'docker',
    env,
    serverVersion: await serverVersion('docker', env),
    composeVersion: await composeVersion('docker', env),
    builder: await builderOf('docker', env),
    stop: async () => {},
  };
}
