/**
 * Run with the checker's engine (`npm run test:with-engine`): where the base images are stand-ins,
 * every pip install of a build goes through the run's PyPI cache, which fetches each file from PyPI
 * once. Two builds that install the same pin without Docker's layer cache: pip downloads the wheel
 * both times, from the cache, and PyPI is asked for it at most once.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const TAG = 'course-test/pypi-cache:1';
// A small pure-Python wheel no lab pins, so the labs' own builds never fetch it.
const PIN = 'six==1.17.0';
const WHEEL = 'six-1.17.0-py2.py3-none-any.whl';
// Set by `test:with-engine` where this run started the cache; a run on an engine another user
// started uses that user's cache, whose log it cannot read.
const log = process.env.LAB_CHECKER_PYPI_CACHE_LOG;
const offline = process.env.LAB_CHECKER_WORLD === 'offline';

function docker(args: readonly string[], cwd?: string): {code: number | null; output: string} {
  const result = spawnSync('docker', args, {cwd, encoding: 'utf8', timeout: 600_000, env: {...process.env, DOCKER_BUILDKIT: '1'}});
  return {code: result.status, output: `${result.stdout}${result.stderr}`};
}

/** The cache's log lines about the wheel: files it served to pip, and downloads it made from PyPI. */
function wheelTraffic(): {served: number; fetched: number} {
  const lines = log && existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  return {
    served: lines.filter((line) => line.includes(`"GET /index/six/${WHEEL} HTTP/`) && / 200 /.test(line)).length,
    fetched: lines.filter((line) => line.includes('Downloading ') && line.includes(`/${WHEEL}' to '`)).length,
  };
}

function keptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? keptFiles(path.join(dir, entry.name)) : [entry.name],
  );
}

describe.skipIf(!offline)("the stand-in world's PyPI cache", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pypi-cache-test-'));
  afterAll(() => {
    docker(['image', 'rm', '--force', TAG]);
    rmSync(dir, {recursive: true, force: true});
  });

  it('serves a wheel to every build and fetches it from PyPI at most once', (context) => {
    if (!log)
      context.skip(
        "this engine's stand-ins install through the PyPI cache of the run that started the engine, whose log only that run can read",
      );
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM python:3.13-slim-trixie\nRUN pip install --no-cache-dir ${PIN}\n`);
    const before = wheelTraffic();
    for (let build = 1; build <= 2; build += 1) {
      const result = docker(['build', '--no-cache', '--progress=plain', '-t', TAG, dir]);
      expect(result.code, result.output.slice(-2000)).toBe(0);
      expect(result.output, 'pip downloads the wheel, through the cache').toContain(`/index/six/${WHEEL}`);
    }
    const after = wheelTraffic();
    expect(after.served - before.served, "the cache's access log shows both downloads").toBe(2);
    expect(after.fetched - before.fetched, 'PyPI was asked for the wheel at most once in this run').toBeLessThanOrEqual(1);
    expect(keptFiles(path.join(path.dirname(log ?? ''), 'files')), 'the cache keeps the wheel for later runs').toContain(WHEEL);
  }, 600_000);
});
