/**
 * Run with the checker's engine (`npm run test:with-engine`): the setup kit's bash scripts against a
 * real Docker engine, as a student runs them the day before. The PowerShell twins are parsed by the
 * linter's tests only: there is no PowerShell here.
 */
import {spawnSync} from 'node:child_process';
import {createServer, type Server} from 'node:net';
import {afterAll, describe, expect, it} from 'vitest';

const engineAnswers = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {encoding: 'utf8'}).status === 0;
if (!engineAnswers && process.env.REQUIRE_DOCKER_COMPOSE === '1')
  throw new Error('REQUIRE_DOCKER_COMPOSE=1, but no Docker engine answers: these tests would only skip');

const bash = (script: string) => {
  const result = spawnSync('bash', [script], {encoding: 'utf8', timeout: 600_000});
  return {code: result.status, output: `${result.stdout}${result.stderr}`};
};

/** The tags prepare-at-home.sh reports it built ("All 6 lab images built: a b c"). */
function builtTags(output: string): string[] {
  return /All \d+ lab images built: (.*)/.exec(output)?.[1]?.trim().split(/\s+/) ?? [];
}

describe.skipIf(!engineAnswers)('the setup kit, on a real engine', () => {
  const made: string[] = [];
  afterAll(() => {
    if (made.length > 0) spawnSync('docker', ['image', 'rm', ...made], {encoding: 'utf8'});
  });

  it('prepare-at-home.sh builds every lab image it names, and the setup check then finds them', () => {
    const prepared = bash('setup/prepare-at-home.sh');
    expect(prepared.code, prepared.output.slice(-2000)).toBe(0);
    const tags = builtTags(prepared.output);
    made.push(...tags);
    expect(tags.length, 'it names what it built').toBeGreaterThan(3);
    for (const tag of tags) expect(spawnSync('docker', ['image', 'inspect', tag]).status, `${tag} exists`).toBe(0);
    const checked = bash('setup/check-setup.sh');
    expect(checked.output).toContain(`PASS  the ${tags.length} lab images of the prepare-at-home script are built`);
    expect(checked.output).toContain('PASS  a container of python:3.13-slim-trixie runs');
    expect(checked.code, checked.output).toBe(0);
  }, 600_000);

  it('check-setup.sh fails, naming the port and what to do, when a course port is taken', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(8080, '127.0.0.1', resolve));
    try {
      const checked = bash('setup/check-setup.sh');
      expect(checked.code).toBe(1);
      expect(checked.output).toMatch(/FAIL .*8080/);
      expect(checked.output).toContain('problem(s) to fix');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 300_000);
});
