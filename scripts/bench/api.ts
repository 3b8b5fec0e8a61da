/**
 * Lab 04's API under a small, bounded load: image size, seconds from `docker run` to the first
 * answer and to "healthy", and single-prediction latency and throughput under a bounded load on loopback.
 */
import path from 'node:path';
import {cacheDir, repoRoot} from '../lab-checker/paths';
import {run, runOrThrow, setBaseEnv} from '../lab-checker/proc';
import {setUpEngine} from '../lab-checker/engine/setup';
import {provisionStandIns} from '../lab-checker/standins/provision';
import {loadRecipes} from '../lab-checker/standins/recipes';
import {loadTest} from './load';
import type {Figure} from './site';

const IMAGE = 'bench/iris-api:latest';
const CONTAINER = 'bench-iris-api';
const PREDICT = '/predict?sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2';
/** A fixed, bounded run: this many seconds, one connection per gunicorn worker of the image. */
const LOAD_SECONDS = 10;
const CONNECTIONS = 2;

const since = (started: number): number => Math.round((Date.now() - started) / 100) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function firstAnswer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`the API did not answer on ${url}`);
}

export async function measureApi(): Promise<{figures: Figure[]; note: string}> {
  const cache = cacheDir();
  let stopDaemon: () => Promise<void> = async () => {};
  const engine = await setUpEngine(cache, (stop) => {
    stopDaemon = stop;
  });
  const {docker, env} = engine;
  // The stand-in provisioning runs docker without passing an environment: point it at this engine.
  setBaseEnv(env);
  try {
    if (engine.world === 'offline')
      await provisionStandIns(docker, ['python:3.13-slim-trixie', 'debian:trixie-slim'], loadRecipes(), cache, {
        pypiCache: engine.pypiCache,
      });
    await runOrThrow(docker, ['build', '-q', '-t', IMAGE, path.join(repoRoot, 'labs/04-rest-api/solution')], {env, timeoutSeconds: 1200});
    const size = Number((await runOrThrow(docker, ['image', 'inspect', '--format', '{{.Size}}', IMAGE], {env})).stdout.trim());
    await run(docker, ['rm', '-f', CONTAINER], {env});

    const started = Date.now();
    await runOrThrow(docker, ['run', '-d', '--name', CONTAINER, '-p', '127.0.0.1::8000', IMAGE], {env});
    const port = /:(\d+)\s*$/m.exec((await runOrThrow(docker, ['port', CONTAINER, '8000/tcp'], {env})).stdout.trim())?.[1];
    const url = `http://127.0.0.1:${port}`;
    await firstAnswer(`${url}/health`, started + 120_000);
    const toAnswer = since(started);
    let health = '';
    while (health !== 'healthy' && Date.now() < started + 180_000) {
      health = (await run(docker, ['inspect', '--format', '{{.State.Health.Status}}', CONTAINER], {env})).stdout.trim();
      if (health !== 'healthy') await sleep(200);
    }
    const toHealthy = since(started);

    const load = await loadTest(`${url}${PREDICT}`, CONNECTIONS, LOAD_SECONDS);
    if (load.failures > 0) throw new Error(`the load run had ${load.failures} failed requests out of ${load.requests + load.failures}`);
    return {
      figures: [
        {name: 'API image size', value: Math.round(size / 1e5) / 10, unit: 'MB'},
        {name: 'docker run to first answer', value: toAnswer, unit: 's'},
        {name: `docker run to "${health}"`, value: toHealthy, unit: 's'},
        {
          name: `GET /predict latency p50 (${load.requests} requests, ${CONNECTIONS} connections, ${load.seconds} s)`,
          value: load.p50Ms,
          unit: 'ms',
        },
        {name: 'GET /predict latency p99', value: load.p99Ms, unit: 'ms'},
        {name: 'GET /predict throughput', value: load.perSecond, unit: 'req/s'},
      ],
      note: `API world: ${engine.world}${engine.world === 'offline' ? ' (the image size is a stand-in figure)' : ''}; load from a bounded loop of HTTP requests on loopback.`,
    };
  } finally {
    await run(docker, ['rm', '-f', CONTAINER], {env});
    await run(docker, ['rmi', '-f', IMAGE], {env});
    await stopDaemon();
  }
}
