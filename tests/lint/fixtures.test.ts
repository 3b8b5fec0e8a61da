/**
 * Every rule in the registry must have real fixture files: at least one failing case
 * that yields exactly that rule's findings at the expected lines, and at least one
 * passing case that yields no findings at all. A rule added without fixtures, or a
 * fixture added without an expectation here, fails this test. `compose-config-valid` runs
 * `docker compose config`: where Compose is missing, its fixture tests report themselves skipped;
 * `script-shellcheck` runs ShellCheck, and skips the same way where it is missing.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, type TestContext} from 'vitest';
import {allRules, lintLabs, type Finding, type LintLabsOptions} from '../../scripts/lab-checker/lint/index.js';
import {noShellcheck} from './shellcheck.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/lint', import.meta.url));

/** rule id → failing case folder → expected "file:line" of that rule's findings. */
const EXPECTED_FAILURES: Record<string, Record<string, string[]>> = {
  'pinned-base-tag': {
    untagged: ['Dockerfile:1'],
    latest: ['Dockerfile:1'],
    'arg-without-default': ['Dockerfile:2'],
    'arg-default-latest': ['Dockerfile:2'],
    'unpinned-final-stage': ['Dockerfile:4'],
  },
  'exec-form-cmd': {
    'shell-form-cmd': ['Dockerfile:5'],
    'single-quoted-json': ['Dockerfile:5'],
    'shell-form-entrypoint': ['Dockerfile:5'],
  },
  'pip-no-cache-dir': {
    'pip-install': ['Dockerfile:3'],
    'python-m-pip-in-chain': ['Dockerfile:3'],
    'invalid-env-value': ['Dockerfile:5'],
  },
  'copy-not-add': {
    'local-file': ['Dockerfile:3'],
    'url-without-checksum': ['Dockerfile:4'],
  },
  'non-root-user': {
    'no-user': ['Dockerfile:1'],
    'root-last': ['Dockerfile:5'],
    'uid-zero-via-arg': ['Dockerfile:4'],
    'user-only-in-unrelated-stage': ['Dockerfile:5'],
  },
  'apt-lists-cleaned': {
    'not-cleaned': ['Dockerfile:2'],
    'cleaned-in-another-run': ['Dockerfile:2'],
  },
  'apt-no-install-recommends': {
    recommends: ['Dockerfile:2'],
  },
  'dockerignore-present': {
    missing: ['Dockerfile:1'],
  },
  'ignore-directive-valid': {
    'missing-reason': ['Dockerfile:3'],
    'unknown-rule': ['Dockerfile:1'],
    'compose-missing-reason': ['compose.yaml:5'],
  },
  'compose-valid-yaml': {
    'bad-indentation': ['compose.yaml:3'],
  },
  'compose-no-version': {
    'version-key': ['compose.yaml:2'],
  },
  'compose-pinned-tags': {
    untagged: ['compose.yaml:3'],
    'latest-via-default': ['compose.yaml:3'],
    'variable-without-default': ['compose.yaml:5'],
  },
  'compose-healthcheck-on-dependency': {
    'service-healthy-without-healthcheck': ['compose.yaml:2'],
    'short-syntax-and-disabled': ['compose.yaml:2'],
  },
  'compose-safe-host-ports': {
    'airplay-5000': ['compose.yaml:5'],
    'jupyter-8888-via-default': ['compose.yaml:5'],
    'http-80-long-syntax-and-range': ['compose.yaml:5', 'compose.yaml:7'],
    'env-file-value': ['compose.yaml:5'],
  },
  'compose-pg-isready-host': {
    'shell-form-without-host': ['compose.yaml:7'],
    'exec-form-without-host': ['compose.yaml:7'],
  },
  'compose-ports-on-loopback': {
    'every-interface': ['compose.yaml:5'],
    'long-syntax-and-any-address': ['compose.yaml:5', 'compose.yaml:7'],
  },
  'compose-wait-for-healthy': {
    'plain-depends-on': ['compose.yaml:8'],
    'service-started': ['compose.yaml:8'],
  },
  'compose-no-inline-secret': {
    'map-form': ['compose.yaml:6'],
    'list-form-and-token': ['compose.yaml:5', 'compose.yaml:6'],
  },
  'compose-config-valid': {
    'misspelled-key': ['compose.yaml:1'],
  },
  'shell-script-parses': {
    'unclosed-if': ['check.sh:7'],
    'unclosed-quote': ['check.sh:4'],
  },
  'script-shellcheck': {
    'unquoted-path-and-ls-loop': ['check.sh:5', 'check.sh:9'],
    'disable-without-reason': ['check.sh:7'],
    'sourced-helper': ['shared/helpers.sh:5'],
  },
  'powershell-5-compatible': {
    'and-and': ['check.ps1:3'],
    'or-or': ['check.ps1:2', 'check.ps1:4'],
  },
  'powershell-ascii-or-bom': {
    'em-dash': ['check.ps1:3'],
  },
  'powershell-parses': {
    'unclosed-brace': ['check.ps1:5'],
    'broken-condition': ['check.ps1:3'],
  },
};

/** Rules whose check runs `docker compose config`: lintLabs runs them only when given a Docker CLI. */
const NEEDS_DOCKER = new Set(['compose-config-valid']);

const composeVersion = spawnSync('docker', ['compose', 'version'], {encoding: 'utf8'});
/** Why the Docker rules cannot run here, or undefined when they can. */
const noCompose =
  composeVersion.status === 0
    ? undefined
    : `\`docker compose version\` fails here (${(composeVersion.error?.message ?? composeVersion.stderr ?? '').trim().split('\n')[0] || `exit ${String(composeVersion.status)}`}): the rule cannot run`;
// Run through the checker's engine (`npm run test:with-engine`), a missing Compose is a failure.
if (noCompose !== undefined && process.env.REQUIRE_DOCKER_COMPOSE === '1') throw new Error(`REQUIRE_DOCKER_COMPOSE=1, but ${noCompose}`);

/** lintLabs' options for a rule: the real Docker CLI for rules that need it (the caller has skipped when it is missing). */
function optionsFor(id: string): LintLabsOptions {
  return NEEDS_DOCKER.has(id) ? {composeConfig: {command: 'docker'}} : {};
}

/** Skips a Docker rule's test, with the reason, where Compose is missing: without it the rule never runs, and an empty result would prove nothing. */
function skipWithoutCompose(id: string, ctx: TestContext): void {
  if (NEEDS_DOCKER.has(id) && noCompose !== undefined) ctx.skip(noCompose);
}

/** Rules that run ShellCheck: where it is missing they do not run (REQUIRE_SHELLCHECK=1 makes that a failure, in ./shellcheck.ts). */
const NEEDS_SHELLCHECK = new Set(['script-shellcheck']);

function skipWithoutShellcheck(id: string, ctx: TestContext): void {
  if (NEEDS_SHELLCHECK.has(id) && noShellcheck !== undefined) ctx.skip(noShellcheck);
}

function caseFolders(ruleId: string, kind: 'pass' | 'fail'): string[] {
  const dir = join(FIXTURES, ruleId, kind);
  return existsSync(dir)
    ? readdirSync(dir, {withFileTypes: true})
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
}

function located(findings: readonly Finding[], caseDir: string): string[] {
  return findings.map((f) => `${relative(caseDir, f.file)}:${f.line}`);
}

describe.each(allRules.map((rule) => ({id: rule.id})))('rule $id', ({id}) => {
  it('has passing and failing fixtures, each failing one with an expectation', () => {
    const failing = caseFolders(id, 'fail');
    expect(caseFolders(id, 'pass').length, `tests/fixtures/lint/${id}/pass/<case>/ is missing`).toBeGreaterThan(0);
    expect(failing.length, `tests/fixtures/lint/${id}/fail/<case>/ is missing`).toBeGreaterThan(0);
    expect(failing).toEqual(Object.keys(EXPECTED_FAILURES[id] ?? {}).sort());
  });

  it('reports exactly this rule at the expected lines for each failing fixture', async (ctx) => {
    skipWithoutCompose(id, ctx);
    skipWithoutShellcheck(id, ctx);
    for (const [caseName, expected] of Object.entries(EXPECTED_FAILURES[id] ?? {})) {
      const caseDir = join(FIXTURES, id, 'fail', caseName);
      const findings = await lintLabs(caseDir, optionsFor(id));
      expect(
        findings.map((f) => f.ruleId),
        caseName,
      ).toEqual(expected.map(() => id));
      expect(located(findings, caseDir), caseName).toEqual(expected);
      for (const finding of findings) expect(finding.message.length, caseName).toBeGreaterThan(20);
    }
  });

  it('reports nothing at all for each passing fixture', async (ctx) => {
    skipWithoutCompose(id, ctx);
    skipWithoutShellcheck(id, ctx);
    for (const caseName of caseFolders(id, 'pass')) {
      const caseDir = join(FIXTURES, id, 'pass', caseName);
      expect(located(await lintLabs(caseDir, optionsFor(id)), caseDir), caseName).toEqual([]);
    }
  });
});

// Runs everywhere: with a stand-in docker, lintLabs must hand each fixture of the Docker rules to
// `docker compose config` and report its refusal as that rule (the real verdict needs the real CLI, above).
describe('rules that need `docker compose`, with a stand-in docker command', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lint-fixtures-docker-'));
    // Logs each call, and refuses the file when FAKE_REFUSE is set, as compose does with exit code 15.
    await writeFile(
      join(dir, 'fake-docker.mjs'),
      `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.FAKE_LOG, JSON.stringify(process.argv.slice(2)) + '\\n');
if (process.env.FAKE_REFUSE) { process.stderr.write('services.api additional properties are not allowed'); process.exit(15); }\n`,
    );
  });
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  it.each(
    [...NEEDS_DOCKER].flatMap((id) =>
      (['pass', 'fail'] as const).flatMap((kind) => caseFolders(id, kind).map((caseName) => ({id, kind, caseName}))),
    ),
  )('$id: $kind/$caseName is checked by docker compose config', async ({id, kind, caseName}) => {
    const caseDir = join(FIXTURES, id, kind, caseName);
    const log = join(dir, `${id}-${kind}-${caseName}.log`);
    const docker = (refuse: boolean) => ({
      command: process.execPath,
      args: [join(dir, 'fake-docker.mjs')],
      env: {...process.env, FAKE_LOG: log, ...(refuse ? {FAKE_REFUSE: '1'} : {})},
    });
    expect(await lintLabs(caseDir, {composeConfig: docker(false)})).toEqual([]);
    const refused = await lintLabs(caseDir, {composeConfig: docker(true)});
    expect(refused.map((f) => f.ruleId)).toEqual([id]);
    const calls = (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    expect(calls).toEqual([0, 1].map(() => ['compose', '-f', join(caseDir, 'compose.yaml'), 'config', '--quiet']));
  });
});

it('has no expectations for rules that do not exist', () => {
  const ids = new Set(allRules.map((rule) => rule.id));
  expect(Object.keys(EXPECTED_FAILURES).filter((id) => !ids.has(id))).toEqual([]);
  expect(readdirSync(FIXTURES).filter((dir) => !ids.has(dir))).toEqual([]);
});
