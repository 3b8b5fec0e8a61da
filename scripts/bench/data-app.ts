/**
 * Lab 05's application: seconds from `docker compose up` to every service healthy (images built
 * beforehand, an empty volume), seconds from posting a CSV of 1,000 and of 10,000 rows through
 * nginx to the result page, and the stack's memory at rest.
 */
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cacheDir, repoRoot} from '../lab-checker/paths';
import {run, runOrThrow, setBaseEnv} from '../lab-checker/proc';
import {setUpEngine} from '../lab-checker/engine/setup';
import {provisionStandIns} from '../lab-checker/standins/provision';
import {loadRecipes} from '../lab-checker/standins/recipes';
import type {Figure} from './site';
import {freePort} from '../lab-checker/checks/host-ports';
import {median} from './median';

const LAB = path.join(repoRoot, 'labs', '05-data-app');
const API_IMAGE = 'iris-api:1.0';
const REPEATS = 5;
const since = (started: number): number => Math.round((Date.now() - started) / 100) / 10;

/** A CSV of `rows` flowers: the sample file's rows, repeated in order. */
function csvOf(rows: number): string {
  const [header, ...sample] = readFileSync(path.join(LAB, 'solution', 'data', 'flowers.csv'), 'utf8')
    .trim()
    .split('\n');
  return [header, ...Array.from({length: rows}, (_, i) => sample[i % sample.length])].join('\n') + '\n';
}

/** Seconds from the POST of the form to the result page's last byte (the redirect followed). */
async function uploadSeconds(base: string, csv: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([csv], {type: 'text/csv'}), 'bench.csv');
  const started = performance.now();
  const posted = await fetch(`${base}/uploads`, {method: 'POST', body: form, redirect: 'manual'});
  await posted.arrayBuffer();
  const location = posted.headers.get('location');
  if (posted.status !== 303 || !location) throw new Error(`the upload got ${posted.status}, not a 303 to its page`);
  const page = await fetch(`${base}${location}`);
  await page.arrayBuffer();
  if (!page.ok) throw new Error(`the result page got ${page.status}`);
  return (performance.now() - started) / 1000;
}

/** `docker stats` memory, e.g. "41.2MiB / 23.4GiB", in MB. */
function megabytes(usage: string): number {
  const match = /^([\d.]+)\s*([KMG]i?B|B)/.exec(usage.trim());
  if (!match) return NaN;
  const factor: Record<string, number> = {B: 1e-6, KiB: 1024 / 1e6, MiB: 1048576 / 1e6, GiB: 1073741824 / 1e6, kB: 1e-3, MB: 1, GB: 1e3};
  return Number(match[1]) * (factor[match[2] ?? 'B'] ?? NaN);
}

export async function measureDataApp(): Promise<{figures: Figure[]; note: string}> {
  const cache = cacheDir();
  let stopDaemon: () => Promise<void> = async () => {};
  const engine = await setUpEngine(cache, (stop) => {
    stopDaemon = stop;
  });
  const {docker} = engine;
  setBaseEnv(engine.env);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-data-app-'));
  const env = {...engine.env, COMPOSE_PROJECT_NAME: 'bench-data-app', APP_PORT: String(await freePort())};
  const compose = (args: readonly string[]) => runOrThrow(docker, ['compose', ...args], {cwd: dir, env, timeoutSeconds: 1200});
  let builtApi = false;
  try {
    if (engine.world === 'offline') {
      const images = ['debian:trixie-slim', 'python:3.13-slim-trixie', 'debian:trixie-slim', 'postgres:17-trixie', 'nginx:1.30-trixie'];
      await provisionStandIns(docker, images, loadRecipes(), cache, {pypiCache: engine.pypiCache});
    }
    if ((await run(docker, ['image', 'inspect', API_IMAGE], {env})).code !== 0) {
      await runOrThrow(docker, ['build', '-q', '-t', API_IMAGE, path.join(repoRoot, 'labs', '04-rest-api', 'solution')], {
        env,
        timeoutSeconds: 1200,
      });
      builtApi = true;
    }
    cpSync(path.join(LAB, 'solution'), dir, {recursive: true});
    cpSync(path.join(dir, '.env.example'), path.join(dir, '.env'));
    await compose(['build', '--quiet']);
    if (engine.world === 'online') await compose(['pull', '--quiet', '--ignore-buildable', 'nginx', 'db']);

    const started = Date.now();
    await compose(['up', '--wait', '--detach']);
    const toHealthy = since(started);

    const base = `http://127.0.0.1:${env.APP_PORT}`;
    await uploadSeconds(base, csvOf(12)); // warm: the first request of each worker imports more
    const thousand = csvOf(1000);
    const tenThousand = csvOf(10_000);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      small.push(await uploadSeconds(base, thousand));
      large.push(await uploadSeconds(base, tenThousand));
    }
    // At rest: a few seconds after the last request, as a person reading the page leaves it.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const stats = await compose(['stats', '--no-stream', '--format', '{{.Name}}\t{{.MemUsage}}']);
    const memory = stats.stdout
      .trim()
      .split('\n')
      .map((line) => megabytes(line.split('\t')[1] ?? ''));
    const round2 = (value: number): number => Math.round(value * 100) / 100;
    return {
      figures: [
        {name: 'docker compose up to all 4 services healthy (images built, empty volume)', value: toHealthy, unit: 's'},
        {name: `upload of 1,000 rows to its result page (median of ${REPEATS})`, value: round2(median(small) ?? Number.NaN), unit: 's'},
        {name: `upload of 10,000 rows to its result page (median of ${REPEATS})`, value: round2(median(large) ?? Number.NaN), unit: 's'},
        {
          name: `memory of the stack at rest (${memory.length} containers)`,
          value: Math.round(memory.reduce((sum, mb) => sum + mb, 0)),
          unit: 'MB',
        },
      ],
      note: `Data application world: ${engine.world}${engine.world === 'offline' ? ' (nginx and postgres are the stand-ins built from Debian 13 packages)' : ''}; goals: 1,000 rows within 1 s, 10,000 within 5 s.`,
    };
  } finally {
    await run(docker, ['compose', 'down', '--volumes', '--rmi', 'local'], {cwd: dir, env});
    if (builtApi) await run(docker, ['rmi', '-f', API_IMAGE], {env});
    rmSync(dir, {recursive: true, force: true});
    await stopDaemon();
  }
}
