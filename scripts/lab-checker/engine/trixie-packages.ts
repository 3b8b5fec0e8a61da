/**
 * Single packages from Debian 13 (trixie), for a Debian 12 machine: fetched with a private apt
 * configuration (the machine's own apt sources stay untouched) and unpacked with `dpkg -x`, never
 * installed. Compose v2 and the current Docker Engine and buildx come this way.
 */
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {runOrThrow} from '../proc';
import type {DebianArchive} from './apt-sources';

/** apt-get options that keep every apt file inside `aptDir`. */
function privateAptOptions(aptDir: string): string[] {
  return [
    '-o',
    `Dir::Etc::SourceList=${path.join(aptDir, 'sources.list')}`,
    '-o',
    `Dir::Etc::SourceParts=${path.join(aptDir, 'sources.list.d')}`,
    '-o',
    `Dir::State::Lists=${path.join(aptDir, 'lists')}`,
    '-o',
    `Dir::Cache=${path.join(aptDir, 'cache')}`,
    '-o',
    'APT::Get::List-Cleanup=0',
  ];
}

const updated = new Set<string>();

/** Downloads `name` from trixie and unpacks it; returns the folder that holds its files (`usr/…`). */
export async function unpackTrixiePackage(archive: DebianArchive, cache: string, name: string): Promise<string> {
  const aptDir = path.join(cache, 'apt-trixie');
  for (const dir of ['sources.list.d', 'lists/partial', 'cache/archives/partial', 'debs'])
    mkdirSync(path.join(aptDir, dir), {recursive: true});
  const signedBy = archive.signedBy ? `[signed-by=${archive.signedBy}] ` : '';
  writeFileSync(path.join(aptDir, 'sources.list'), `deb ${signedBy}${archive.uri} trixie main\n`);
  const options = privateAptOptions(aptDir);
  // Once per run: the package lists are the same for every package fetched.
  if (!updated.has(aptDir)) {
    await runOrThrow('apt-get', [...options, 'update', '-qq'], {timeoutSeconds: 600});
    updated.add(aptDir);
  }
  const debs = path.join(aptDir, 'debs');
  const isDeb = (file: string): boolean => file.startsWith(`${name}_`) && file.endsWith('.deb');
  for (const old of readdirSync(debs).filter(isDeb)) rmSync(path.join(debs, old));
  await runOrThrow('apt-get', [...options, 'download', name], {cwd: debs, timeoutSeconds: 600});
  const deb = readdirSync(debs).find(isDeb);
  if (!deb) throw new Error(`apt-get download ${name} produced no .deb`);
  const unpacked = path.join(aptDir, 'unpacked', name);
  rmSync(unpacked, {recursive: true, force: true});
  mkdirSync(unpacked, {recursive: true});
  await runOrThrow('dpkg', ['-x', path.join(debs, deb), unpacked]);
  return unpacked;
}

/** A file the unpacked package must hold. */
export function fileOf(unpacked: string, relative: string, name: string): string {
  const file = path.join(unpacked, relative);
  if (!existsSync(file)) throw new Error(`Debian 13's ${name} package holds no ${relative}`);
  return file;
}
