/**
 * Compose v2 for the private daemon. Debian 12 only packages the obsolete v1, so the plugin comes
 * from Debian 13's `docker-compose` package, fetched with a private apt configuration (the
 * machine's own apt sources stay untouched) and unpacked with `dpkg -x`.
 */
import {chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {run, runOrThrow} from '../proc';
import {progress} from '../log';
import type {DebianArchive} from './apt-sources';

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

/** apt-get options that keep every apt file inside `aptDir`. */
function privateAptOptions(aptDir: string): string[] {
  return [
    '-o', `Dir::Etc::SourceList=${path.join(aptDir, 'sources.list')}`,
    '-o', `Dir::Etc::SourceParts=${path.join(aptDir, 'sources.list.d')}`,
    '-o', `Dir::State::Lists=${path.join(aptDir, 'lists')}`,
    '-o', `Dir::Cache=${path.join(aptDir, 'cache')}`,
    '-o', 'APT::Get::List-Cleanup=0',
  ];
}

/**
 * Installs the plugin into `dockerConfig/cli-plugins/` (the run sets DOCKER_CONFIG to it) unless
 * it is there already.
 */
export async function installComposeFromTrixie(archive: DebianArchive, cache: string, dockerConfig: string): Promise<void> {
  const target = path.join(dockerConfig, 'cli-plugins', 'docker-compose');
  if (existsSync(target)) return;
  progress('fetching Compose v2 (Debian 13 docker-compose package, private apt dir)');
  const aptDir = path.join(cache, 'apt-trixie');
  for (const dir of ['sources.list.d', 'lists/partial', 'cache/archives/partial', 'debs', 'unpacked']) {
    mkdirSync(path.join(aptDir, dir), {recursive: true});
  }
  const signedBy = archive.signedBy ? `[signed-by=${archive.signedBy}] ` : '';
  writeFileSync(path.join(aptDir, 'sources.list'), `deb ${signedBy}${archive.uri} trixie main\n`);
  const options = privateAptOptions(aptDir);
  await runOrThrow('apt-get', [...options, 'update', '-qq'], {timeoutSeconds: 600});
  const debs = path.join(aptDir, 'debs');
  await runOrThrow('apt-get', [...options, 'download', 'docker-compose'], {cwd: debs, timeoutSeconds: 600});
  const deb = readdirSync(debs).find((name) => name.startsWith('docker-compose_') && name.endsWith('.deb'));
  if (!deb) throw new Error('apt-get download docker-compose produced no .deb');
  const unpacked = path.join(aptDir, 'unpacked');
  rmSync(unpacked, {recursive: true, force: true});
  await runOrThrow('dpkg', ['-x', path.join(debs, deb), unpacked]);
  const plugin = path.join(unpacked, 'usr', 'libexec', 'docker', 'cli-plugins', 'docker-compose');
  if (!existsSync(plugin)) throw new Error(`${deb} holds no usr/libexec/docker/cli-plugins/docker-compose`);
  mkdirSync(path.dirname(target), {recursive: true});
  copyFileSync(plugin, target);
  chmodSync(target, 0o755);
}
