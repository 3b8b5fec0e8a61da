/**
 * `tsx scripts/lab-checker/with-engine.ts <command> [args…]`: runs a command with the checker's
 * Docker engine and Compose v2 in its environment (DOCKER_HOST, DOCKER_CONFIG, PATH), the way the
 * lab checks get them. `npm test` runs the unit tests that need `docker compose` this way, after
 * the checker has installed the engine: on a fresh machine they would otherwise only ever skip.
 * REQUIRE_DOCKER_COMPOSE=1 tells those tests that a missing Compose is a failure, not a skip.
 * Where stand-ins are used, each is brought up to its recipe first, with the run's PyPI cache.
 */
import {spawn} from 'node:child_process';
import {cacheDir} from './paths';
import {setUpEngine} from './engine/setup';
import {setBaseEnv} from './proc';
import {loadRecipes} from './standins/recipes';
import {provisionStandIns} from './standins/provision';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: tsx scripts/lab-checker/with-engine.ts <command> [args…]');
    return 2;
  }
  let stop: (() => Promise<void>) | undefined;
  const engine = await setUpEngine(cacheDir(), (stopDaemon) => {
    stop = stopDaemon;
  });
  try {
    if (!engine.composeVersion) throw new Error('the engine has no Compose v2, so the tests that need it cannot run');
    if (engine.world === 'offline') {
      // The tests build on the stand-ins as the labs do: each one as its recipe is now (a no-op when it is).
      setBaseEnv(engine.env);
      const recipes = loadRecipes();
      await provisionStandIns(
        engine.docker,
        [...recipes.keys()],
        recipes,
        cacheDir(),
        {pypiCache: engine.pypiCache},
        engine.provisionsStandIns,
      );
    }
    // The PyPI cache's log, for the test that reads it: only a run that started the cache has one.
    const cacheLog = engine.pypiCache ? {LAB_CHECKER_PYPI_CACHE_LOG: engine.pypiCache.logFile} : {};
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: {...engine.env, REQUIRE_DOCKER_COMPOSE: '1', LAB_CHECKER_WORLD: engine.world, ...cacheLog},
    });
    return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  } finally {
    await stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
