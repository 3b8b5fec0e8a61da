/**
 * The PyPI cache of the stand-in world. Every lab build installs its pins from PyPI; without a
 * cache, each build of a run would download the same wheels again. This starts proxpi (a caching
 * PyPI proxy, from PyPI) under gunicorn on the private engine's bridge, where build containers
 * reach it, over HTTPS with its own certificate. The python stand-in's pip uses it as its index
 * (recipe `machineFiles`), so each file comes from PyPI once and is kept in the checker's cache
 * for later runs. A laptop or a hosted runner with the real images uses PyPI directly.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {request} from 'node:https';
import {createServer} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {freePort} from '../../checks/host-ports';
import {progress} from '../../log';
import {runOrThrow} from '../../proc';
import {cachedVenv, machineTlsEnv} from '../../python-venv';

const requirements = path.join(path.dirname(fileURLToPath(import.meta.url)), 'requirements.txt');

/** What a stand-in needs to use the cache: its index URL and the certificate to trust. */
export interface PypiCacheAddress {
  readonly indexUrl: string;
  /** PEM of the cache's self-signed certificate. */
  readonly certificate: string;
}

/** Files this run served and fetched: each fetched file is one download from PyPI. */
export interface PypiCacheFigures {
  readonly served: number;
  readonly fetched: number;
  readonly fetchedBytes: number;
  /** Files fetched more than once in this run: 0 unless the cache failed at its one job. */
  readonly fetchedAgain: number;
}

export interface PypiCache extends PypiCacheAddress {
  readonly logFile: string;
  figures(): PypiCacheFigures;
  readonly stop: () => Promise<void>;
}

interface Identity {
  readonly gateway: string;
  readonly port: number;
}

/** The address of the engine's default bridge on the host: what a build container can reach. */
async function bridgeGateway(docker: string, env: NodeJS.ProcessEnv): Promise<string> {
  const inspect = await runOrThrow(docker, ['network', 'inspect', 'bridge', '--format', '{{range .IPAM.Config}}{{.Gateway}} {{end}}'], {
    env,
  });
  const gateway = inspect.stdout
    .trim()
    .split(/\s+/)
    .find((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
  if (!gateway)
    throw new Error(
      `the engine's bridge network has no IPv4 gateway (${inspect.stdout.trim() || 'none'}), so builds could not reach the PyPI cache`,
    );
  return gateway;
}

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The cache's address and certificate, kept between runs: they are part of the python stand-in,
 * so a new port or certificate would rebuild it and every lab's pip layer.
 */
async function identity(dir: string, gateway: string): Promise<Identity> {
  const file = path.join(dir, 'identity.json');
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Identity) : undefined;
  if (kept?.gateway === gateway && existsSync(cert) && existsSync(key) && (await portIsFree(kept.port, gateway))) return kept;
  const fresh: Identity = {
    gateway,
    port: kept?.gateway === gateway && (await portIsFree(kept.port, gateway)) ? kept.port : await freePort(gateway),
  };
  if (kept?.gateway !== gateway || !existsSync(cert) || !existsSync(key)) {
    // Self-signed, for the gateway's address only; its key never leaves the checker's cache.
    await runOrThrow('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=docker-for-data-science PyPI cache',
      '-addext',
      `subjectAltName=IP:${gateway}`,
      '-keyout',
      key,
      '-out',
      cert,
    ]);
  }
  writeFileSync(file, JSON.stringify(fresh));
  return fresh;
}

function answersHealth(url: string, certificate: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, {ca: certificate, timeout: 2000}, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

interface FileFacts {
  readonly size: number;
  readonly mtimeMs: number;
}

/** Every file under `dir` (downloads in progress left out), relative paths as keys. */
function filesUnder(dir: string, base = dir, found = new Map<string, FileFacts>()): Map<string, FileFacts> {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, base, found);
    else if (!entry.name.endsWith('.proxpi-partial')) {
      const stat = statSync(full);
      found.set(path.relative(base, full), {size: stat.size, mtimeMs: stat.mtimeMs});
    }
  }
  return found;
}

/**
 * Counts from the cache's log: gunicorn's access lines (one per file served) and proxpi's
 * "Downloading '<url>'" lines (one per download from PyPI).
 */
export function cacheFigures(log: string, filesDir: string, startedMs: number): PypiCacheFigures {
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  // A file request is /index/<project>/<file>; listings end in a slash.
  const served = lines.filter((line) => /"GET \/index\/[^/\s]+\/[^/\s]+ HTTP\/[\d.]+" 200 /.test(line)).length;
  const downloads = lines.flatMap((line) => /Downloading '([^']+)' to '/.exec(line)?.[1] ?? []);
  const fetched = new Set(downloads).size;
  const fetchedBytes = [...filesUnder(filesDir).values()]
    .filter((file) => file.mtimeMs >= startedMs)
    .reduce((sum, file) => sum + file.size, 0);
  return {served, fetched, fetchedBytes, fetchedAgain: downloads.length - fetched};
}

/** One line for the end of a run. */
export function pypiCacheLine(figures: PypiCacheFigures): string {
  const mb = (figures.fetchedBytes / 1e6).toFixed(1);
  const again =
    figures.fetchedAgain > 0 ? `; ${figures.fetchedAgain} download(s) repeated a file already fetched, see the cache's log` : '';
  return `PyPI cache: served ${figures.served} file(s) to pip, fetched ${figures.fetched} from PyPI (${mb} MB) in this run${again}`;
}

/** Starts the cache on the engine's bridge; `stop` ends it. Throws, with its log, if it does not answer. */
export async function startPypiCache(cache: string, docker: string, env: NodeJS.ProcessEnv): Promise<PypiCache> {
  const dir = path.join(cache, 'pypi-cache');
  const filesDir = path.join(dir, 'files');
  mkdirSync(filesDir, {recursive: true});
  const gateway = await bridgeGateway(docker, env);
  const {port} = await identity(dir, gateway);
  const certificate = readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  const bin = await cachedVenv('pypi-cache-tools', requirements);
  const logFile = path.join(dir, 'server.log');
  rmSync(logFile, {force: true});
  const log = openSync(logFile, 'w');
  const startedMs = Date.now();
  const child = spawn(
    path.join(bin, 'gunicorn'),
    [
      '--bind',
      `${gateway}:${port}`,
      '--certfile',
      path.join(dir, 'cert.pem'),
      '--keyfile',
      path.join(dir, 'key.pem'),
      // One process, so all builds share one view of the cache; threads serve parallel downloads.
      '--workers',
      '1',
      '--threads',
      '8',
      '--timeout',
      '900',
      '--access-logfile',
      '-',
      'proxpi.server:app',
    ],
    {
      stdio: ['ignore', log, log],
      env: {
        ...machineTlsEnv(env),
        PROXPI_CACHE_DIR: filesDir,
        PROXPI_CACHE_SIZE: String(20 * 1024 ** 3),
        // Wait for a download to finish and serve it, rather than sending pip to PyPI after 0.9 s:
        // otherwise a large wheel would be downloaded twice, once by pip and once by the cache.
        PROXPI_DOWNLOAD_TIMEOUT: '900',
        PROXPI_LOGGING_LEVEL: 'DEBUG',
      },
    },
  );
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the PyPI cache (gunicorn)');
  const onExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', onExit);
  const stop = async (): Promise<void> => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const indexUrl = `https://${gateway}:${port}/index/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answersHealth(`https://${gateway}:${port}/health`, certificate)) {
      progress(`PyPI cache: ${indexUrl} (files kept in ${filesDir})`);
      return {indexUrl, certificate, logFile, figures: () => cacheFigures(logFile, filesDir, startedMs), stop};
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`The PyPI cache did not answer on ${indexUrl} within 60 s. Its log (${logFile}):\n${tail}`);
}
