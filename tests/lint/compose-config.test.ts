/**
 * checkComposeConfig spawns Docker; here a stand-in "docker" (a Node script) checks the
 * arguments and exit-code handling everywhere, and the real CLI runs when it exists.
 */
import {spawnSync} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkComposeConfig, type DockerCli} from '../../scripts/lab-checker/lint/index.js';
import {lineFromComposeError} from '../../scripts/lab-checker/lint/compose/config-check.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/lint/compose-config-valid', import.meta.url));

describe('checkComposeConfig with a stand-in docker command', () => {
  let dir = '';
  let fakeDocker: DockerCli;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lint-compose-config-'));
    const script = join(dir, 'fake-docker.mjs');
    // Echoes what it was called with; fails when FAKE_EXIT says so, like `docker compose config` does.
    await writeFile(
      script,
      `process.stderr.write(JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }) + (process.env.FAKE_MESSAGE ?? ''));
process.exit(Number(process.env.FAKE_EXIT ?? 0));\n`,
    );
    fakeDocker = {command: process.execPath, args: [script]};
  });

  afterAll(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  it('returns no findings when compose accepts the file', async () => {
    const composeFile = join(FIXTURES, 'pass', 'valid', 'compose.yaml');
    expect(await checkComposeConfig(composeFile, {...fakeDocker, env: {...process.env, FAKE_EXIT: '0'}})).toEqual([]);
  });

  it('turns a non-zero exit into one finding carrying stderr, run in the file folder with -f file config --quiet', async () => {
    const composeFile = join(FIXTURES, 'fail', 'misspelled-key', 'compose.yaml');
    const findings = await checkComposeConfig(composeFile, {
      ...fakeDocker,
      env: {...process.env, FAKE_EXIT: '15', FAKE_MESSAGE: ' yaml: line 4: did not find expected key'},
    });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({file: composeFile, line: 4, ruleId: 'compose-config-valid', severity: 'error'});
    const reported = JSON.parse(/\{.*\}/.exec(finding?.message ?? '')?.[0] ?? '{}') as {argv: string[]; cwd: string};
    expect(reported.argv).toEqual(['compose', '-f', composeFile, 'config', '--quiet']);
    expect(reported.cwd).toBe(join(FIXTURES, 'fail', 'misspelled-key'));
  });

  it('rejects when the docker command cannot be started at all', async () => {
    await expect(
      checkComposeConfig(join(FIXTURES, 'pass', 'valid', 'compose.yaml'), {command: join(dir, 'no-such-docker')}),
    ).rejects.toThrow();
  });

  it('finds the line in compose error messages', () => {
    expect(lineFromComposeError('yaml: line 12: mapping values are not allowed in this context')).toBe(12);
    expect(lineFromComposeError("services.api additional properties 'prots' not allowed")).toBe(1);
  });
});

const composeVersion = spawnSync('docker', ['compose', 'version'], {stdio: 'ignore'});
// Run through the checker's engine (`npm run test:with-engine`), a missing Compose is a failure.
if (composeVersion.status !== 0 && process.env.REQUIRE_DOCKER_COMPOSE === '1') {
  throw new Error('REQUIRE_DOCKER_COMPOSE=1, but `docker compose version` fails: these tests would only skip');
}

describe.skipIf(composeVersion.status !== 0)(
  'checkComposeConfig with the real docker CLI (skipped: `docker compose version` is unavailable here)',
  () => {
    it('rejects a misspelled key and accepts a valid file', async () => {
      const docker = {command: 'docker'};
      const failing = await checkComposeConfig(join(FIXTURES, 'fail', 'misspelled-key', 'compose.yaml'), docker);
      expect(failing.map((f) => f.ruleId)).toEqual(['compose-config-valid']);
      expect(failing[0]?.message).toContain('prots');
      expect(await checkComposeConfig(join(FIXTURES, 'pass', 'valid', 'compose.yaml'), docker)).toEqual([]);
    });
  },
);
