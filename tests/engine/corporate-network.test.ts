/**
 * Run with the checker's engine (`npm run test:with-engine`): labs/corporate-network, the fix the
 * troubleshooting page gives for pip behind a network that intercepts HTTPS, built against PyPI.
 * The base is the python image without this machine's certificates (the stand-in's `official`
 * stage offline; the real image online), so the build meets the network as a student's does.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {machineCaPath} from '../../scripts/lab-checker/standins/machine-ca';
import {recipesDir} from '../../scripts/lab-checker/standins/recipes';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.join(root, 'labs', 'corporate-network');
const BASE = 'python:3.13-slim-trixie';
const UNTRUSTING = 'course-test/python-without-machine-ca:1';
const TAG = 'course-test/corporate-network:1';

const engineAnswers = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {encoding: 'utf8'}).status === 0;
if (!engineAnswers && process.env.REQUIRE_DOCKER_COMPOSE === '1')
  throw new Error('REQUIRE_DOCKER_COMPOSE=1, but no Docker engine answers: these tests would only skip');

function docker(args: readonly string[], cwd = root): {code: number | null; output: string} {
  const result = spawnSync('docker', args, {cwd, encoding: 'utf8', timeout: 900_000, env: {...process.env, DOCKER_BUILDKIT: '1'}});
  return {code: result.status, output: `${result.stdout}${result.stderr}`};
}

/** The lines the troubleshooting entry says you see, each up to its "...": the build must print them. */
function linesThePageShows(): string[] {
  const page = readFileSync(path.join(root, 'docs', 'course', 'troubleshooting.mdx'), 'utf8');
  const entry = page.slice(page.indexOf('{/* #certificate-verify-failed */}'));
  const block = /```text\n([\s\S]*?)\n```/.exec(entry)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s*\.\.\.$/, ''))
    .filter(Boolean);
}

/** Builds `dir` on the base without this machine's certificates, optionally with the secret. */
function build(dir: string, tag: string, withSecret: boolean): {code: number | null; output: string} {
  const base = process.env.LAB_CHECKER_WORLD === 'offline' ? ['--build-context', `${BASE}=docker-image://${UNTRUSTING}`] : [];
  const secret = withSecret ? ['--secret', `id=corp-ca,src=${machineCaPath()}`] : [];
  return docker(['build', '--no-cache', '--progress=plain', ...base, ...secret, '-t', tag, dir]);
}

/** What an image keeps of the certificate: a file at the mount point, or pip told to use one. */
function leftovers(tag: string): string[] {
  const found: string[] = [];
  const env = docker(['image', 'inspect', '--format', '{{json .Config.Env}}', tag]).output;
  if (/PIP_CERT|REQUESTS_CA_BUNDLE|SSL_CERT_FILE/.test(env)) found.push(`the image's environment names a certificate: ${env.trim()}`);
  const file = docker([
    'run',
    '--rm',
    '--entrypoint',
    'sh',
    tag,
    '-c',
    'ls /run/secrets/corp-ca.pem /tmp/corp-ca.pem 2>/dev/null; pip config list | grep -i cert',
  ]);
  if (file.output.trim() !== '') found.push(`the image keeps: ${file.output.trim()}`);
  return found;
}

describe.skipIf(!engineAnswers)('pip behind a network that intercepts HTTPS (labs/corporate-network)', () => {
  beforeAll(() => {
    if (process.env.LAB_CHECKER_WORLD !== 'offline') return;
    const made = docker(['build', '--quiet', '--target', 'official', '-t', UNTRUSTING, path.join(recipesDir, 'python-3.13-slim-trixie')]);
    if (made.code !== 0) throw new Error(`could not build the python image without this machine's certificates:\n${made.output}`);
  }, 900_000);
  afterAll(() => {
    docker(['image', 'rm', '--force', TAG, UNTRUSTING, `${TAG}-leaky`]);
  });

  it('without the secret, pip stops with CERTIFICATE_VERIFY_FAILED where the network intercepts', (context) => {
    const result = build(example, TAG, false);
    if (result.code === 0) {
      context.skip('this network does not intercept HTTPS: pip reached PyPI without help, so there is no failure to show');
    }
    expect(result.output).toContain('CERTIFICATE_VERIFY_FAILED');
    const shown = linesThePageShows();
    expect(shown.length, 'the troubleshooting entry shows what you see').toBeGreaterThan(1);
    for (const line of shown) expect(result.output, 'the troubleshooting entry shows what pip prints').toContain(line);
  }, 900_000);

  it('with the certificate as a secret, the build installs from PyPI and the image keeps nothing of it', () => {
    const result = build(example, TAG, true);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(docker(['run', '--rm', TAG]).output).toMatch(/^flask \d+\.\d+/m);
    expect(leftovers(TAG)).toEqual([]);
  }, 900_000);

  it('would see a certificate that a Dockerfile copies into the image', () => {
    // The check above, on the mistake it guards against: COPY instead of a secret mount.
    const dir = mkdtempSync(path.join(tmpdir(), 'corp-leaky-'));
    try {
      cpSync(example, dir, {recursive: true});
      cpSync(machineCaPath(), path.join(dir, 'corp-ca.crt'));
      writeFileSync(path.join(dir, '.dockerignore'), 'Dockerfile\n');
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        `FROM ${BASE}\nCOPY corp-ca.crt /tmp/corp-ca.pem\nENV PIP_CERT=/tmp/corp-ca.pem\nUSER 1000\n`,
      );
      expect(docker(['build', '--quiet', '-t', `${TAG}-leaky`, dir]).code).toBe(0);
      expect(leftovers(`${TAG}-leaky`)).toHaveLength(2);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 300_000);
});
