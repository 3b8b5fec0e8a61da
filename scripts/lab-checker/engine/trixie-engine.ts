/**
 * The Docker Engine students have, for the private daemon: Debian 12's docker.io is Engine 20.10
 * (2021, end of life) with the classic builder, while students and GitHub's runners run Engine 26
 * to 29 with BuildKit. Debian 13's dockerd (26.1), docker CLI and buildx (0.13) run on Debian 12
 * with its own containerd and runc (which Debian 12's docker.io brings), so they are unpacked into
 * the cache and put first on PATH: steps are then built with BuildKit and print what students see.
 */
import {chmodSync, copyFileSync, existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {progress} from '../log';
import type {DebianArchive} from './apt-sources';
import {fileOf, unpackTrixiePackage} from './trixie-packages';

export interface TrixieEngine {
  /** Holds dockerd, docker-proxy and docker: goes first on PATH. */
  readonly binDir: string;
  readonly dockerd: string;
  readonly docker: string;
}

function install(from: string, to: string): void {
  mkdirSync(path.dirname(to), {recursive: true});
  copyFileSync(from, to);
  chmodSync(to, 0o755);
}

/** Unpacks Engine 26 and buildx into the cache (once), buildx as a CLI plugin in `dockerConfig`. */
export async function installEngineFromTrixie(archive: DebianArchive, cache: string, dockerConfig: string): Promise<TrixieEngine> {
  const binDir = path.join(cache, 'engine-trixie', 'bin');
  const engine = {binDir, dockerd: path.join(binDir, 'dockerd'), docker: path.join(binDir, 'docker')};
  const buildx = path.join(dockerConfig, 'cli-plugins', 'docker-buildx');
  if (existsSync(engine.dockerd) && existsSync(engine.docker) && existsSync(path.join(binDir, 'docker-proxy')) && existsSync(buildx))
    return engine;
  progress('fetching Docker Engine 26 and buildx (Debian 13 docker.io, docker-cli and docker-buildx packages, private apt dir)');
  const daemon = await unpackTrixiePackage(archive, cache, 'docker.io');
  install(fileOf(daemon, 'usr/sbin/dockerd', 'docker.io'), engine.dockerd);
  install(fileOf(daemon, 'usr/sbin/docker-proxy', 'docker.io'), path.join(binDir, 'docker-proxy'));
  const cli = await unpackTrixiePackage(archive, cache, 'docker-cli');
  install(fileOf(cli, 'usr/bin/docker', 'docker-cli'), engine.docker);
  const plugin = await unpackTrixiePackage(archive, cache, 'docker-buildx');
  install(fileOf(plugin, 'usr/libexec/docker/cli-plugins/docker-buildx', 'docker-buildx'), buildx);
  return engine;
}
