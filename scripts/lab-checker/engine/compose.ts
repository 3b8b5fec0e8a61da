/**
 * Compose v2 for the private daemon. Debian 12 only packages the obsolete v1, so the plugin comes
 * from Debian 13's `docker-compose` package (trixie-packages.ts).
 */
import {chmodSync, copyFileSync, existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {run} from '../proc';
import {progress} from '../log';
import type {DebianArchive} from './apt-sources';
import {fileOf, unpackTrixiePackage} from './trixie-packages';

export const COMPOSE_V2_MISSING =
  'Docker Compose v2 is missing: install the Docker Compose plugin (`docker compose version` must work) and run this again.';

/** `docker compose version` prints e.g. "Docker Compose version v2.26.1" / "2.26.1+ds1-1". */
export function composeMajor(versionOutput: string): number | undefined {
  const match = /(?:version\s+)?v?(\d+)\.\d+/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

export async function composeVersion(docker: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const result = await run(docker, ['compose', 'version', '--short'], {env, timeoutSeconds: 20});
  if (result.code !== 0) return undefined;
  const version = result.stdout.trim();
  return composeMajor(version) === 2 ? version : undefined;
}

/**
 * Installs the plugin into `dockerConfig/cli-plugins/` (the run sets DOCKER_CONFIG to it) unless
 * it is there already.
 */
export async function installComposeFromTrixie(archive: DebianArchive, cache: string, dockerConfig: string): Promise<void> {
  const target = path.join(dockerConfig, 'cli-plugins', 'docker-compose');
  if (existsSync(target)) return;
  progress('fetching Compose v2 (Debian 13 docker-compose package, private apt dir)');
  const unpacked = await unpackTrixiePackage(archive, cache, 'docker-compose');
  const plugin = fileOf(unpacked, 'usr/libexec/docker/cli-plugins/docker-compose', 'docker-compose');
  mkdirSync(path.dirname(target), {recursive: true});
  copyFileSync(plugin, target);
  chmodSync(target, 0o755);
}
