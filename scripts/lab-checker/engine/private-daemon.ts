/**
 * A private Docker daemon: its own data-root (kept in the cache dir so images survive between
 * runs), exec-root, socket and pid file. A developer's own Docker is never touched.
 */
import {spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {run} from '../proc';
import {progress} from '../log';

export interface PrivateDaemon {
  readonly pid: number;
  readonly host: string;
  readonly dataRoot: string;
  /** The docker CLI shipped next to this dockerd, so client and server match. */
  readonly dockerCli: string;
  readonly logFile: string;
  readonly stop: () => Promise<void>;
}

interface Lock {
  readonly checkerPid: number;
  readonly dockerdPid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

async function waitForExit(pid: number, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  // dockerd stops its containers and its managed containerd on SIGTERM; give it time.
  if (await waitForExit(pid, 30)) return;
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5);
}

/** A lock per data-root: two daemons on one data-root would corrupt it. */
async function takeLock(lockFile: string, dataRoot: string): Promise<void> {
  if (!existsSync(lockFile)) return;
  let lock: Lock;
  try {
    lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Lock;
  } catch {
    return;
  }
  if (isAlive(lock.checkerPid) && lock.checkerPid !== process.pid) {
    throw new Error(`Another lab check (pid ${lock.checkerPid}) is using ${dataRoot}; wait for it to finish.`);
  }
  // A checker that died hard left its daemon behind: stop it if it is really ours.
  if (isAlive(lock.dockerdPid) && commandLine(lock.dockerdPid).includes(dataRoot)) {
    progress(`stopping a private daemon left behind by an earlier run (pid ${lock.dockerdPid})`);
    await stopPid(lock.dockerdPid);
  }
}

function cliNextTo(dockerd: string): string {
  const sibling = path.join(path.dirname(dockerd), 'docker');
  if (existsSync(sibling)) return sibling;
  const usrBin = '/usr/bin/docker';
  return existsSync(usrBin) ? usrBin : 'docker';
}

/** `dockerdPath`: the dockerd to start (Engine 26 from the cache); by default the one on PATH. */
export async function startPrivateDaemon(cache: string, dockerdPath?: string): Promise<PrivateDaemon> {
  const dataRoot = path.join(cache, 'docker-data');
  const lockFile = path.join(cache, 'daemon.lock');
  mkdirSync(dataRoot, {recursive: true});
  await takeLock(lockFile, dataRoot);
  // Socket paths are limited to ~100 bytes, so the run-time dirs live in a short temp dir.
  const runDir = mkdtempSync(path.join(tmpdir(), 'dfds-'));
  // Searchable by others (not listable): the steps check runs some commands as another user, who
  // reaches the socket through its group, as a student in the `docker` group would.
  chmodSync(runDir, 0o711);
  const execRoot = path.join(runDir, 'exec');
  const socket = path.join(runDir, 'docker.sock');
  const pidFile = path.join(runDir, 'docker.pid');
  const logFile = path.join(cache, 'dockerd.log');
  const which = dockerdPath ? undefined : await run('sh', ['-c', 'command -v dockerd']);
  const dockerd = dockerdPath ?? (which?.stdout.trim() || 'dockerd');
  const log = openSync(logFile, 'w');
  const child = spawn(
    dockerd,
    ['--data-root', dataRoot, '--exec-root', execRoot, '--pidfile', pidFile, '-H', `unix://${socket}`, '--log-level', 'warn'],
    // Own process group: Ctrl-C in the terminal must reach the checker, which then cleans up
    // inside the daemon before stopping it, and not kill the daemon first.
    // Its own bin dir first on PATH: dockerd finds the docker-proxy that matches it there.
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: dockerdPath ? {...process.env, PATH: `${path.dirname(dockerdPath)}${path.delimiter}${process.env.PATH ?? ''}`} : process.env,
    },
  );
  closeSync(log);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${dockerd}.`);
  writeFileSync(lockFile, JSON.stringify({checkerPid: process.pid, dockerdPid: pid} satisfies Lock));

  // Last resort if the checker dies without its clean-up (an uncaught error): the daemon must not
  // outlive it. Only a synchronous signal is possible in an exit handler.
  const onExit = (): void => {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  };
  process.on('exit', onExit);
  const host = `unix://${socket}`;
  const dockerCli = cliNextTo(dockerd);
  const stop = async (): Promise<void> => {
    process.off('exit', onExit);
    await stopPid(pid);
    rmSync(runDir, {recursive: true, force: true});
    rmSync(lockFile, {force: true});
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) break;
    const info = await run(dockerCli, ['info', '--format', '{{.ServerVersion}}'], {
      env: {...process.env, DOCKER_HOST: host},
      timeoutSeconds: 10,
    });
    if (info.code === 0) return {pid, host, dataRoot, dockerCli, logFile, stop};
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  const logTail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
  throw new Error(`The private Docker daemon did not come up within 60s. Its log (${logFile}):\n${logTail}`);
}
