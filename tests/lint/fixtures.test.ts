/**
 * Every rule in the registry must have real fixture files: at least one failing case
 * that yields exactly that rule's findings at the expected lines, and at least one
 * passing case that yields no findings at all. A rule added without fixtures, or a
 * fixture added without an expectation here, fails this test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, lintLabs, type Finding } from '../../scripts/lab-checker/lint/index.js';

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
  'compose-no-inline-secret': {
    'map-form': ['compose.yaml:6'],
    'list-form-and-token': ['compose.yaml:5', 'compose.yaml:6'],
  },
  'compose-config-valid': {
    'misspelled-key': ['compose.yaml:1'],
  },
  'shell-script-parses': {
    'unclosed-if': ['check.sh:6'],
    'unclosed-quote': ['check.sh:3'],
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

/** Rules whose check runs Docker; their fixtures are exercised in compose-config.test.ts. */
const NEEDS_DOCKER = new Set(['compose-config-valid']);

function caseFolders(ruleId: string, kind: 'pass' | 'fail'): string[] {
  const dir = join(FIXTURES, ruleId, kind);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
}

function located(findings: readonly Finding[], caseDir: string): string[] {
  return findings.map((f) => `${relative(caseDir, f.file)}:${f.line}`);
}

describe.each(allRules.map((rule) => ({ id: rule.id })))('rule $id', ({ id }) => {
  it('has passing and failing fixtures, each failing one with an expectation', () => {
    const failing = caseFolders(id, 'fail');
    expect(caseFolders(id, 'pass').length, `tests/fixtures/lint/${id}/pass/<case>/ is missing`).toBeGreaterThan(0);
    expect(failing.length, `tests/fixtures/lint/${id}/fail/<case>/ is missing`).toBeGreaterThan(0);
    expect(failing).toEqual(Object.keys(EXPECTED_FAILURES[id] ?? {}).sort());
  });

  // Docker-only rules are skipped here: their pure run finds nothing; the block below runs them with Docker.
  it.skipIf(NEEDS_DOCKER.has(id))('reports exactly this rule at the expected lines for each failing fixture (skipped for rules that need Docker)', async () => {
    for (const [caseName, expected] of Object.entries(EXPECTED_FAILURES[id] ?? {})) {
      const caseDir = join(FIXTURES, id, 'fail', caseName);
      const findings = await lintLabs(caseDir);
      expect(findings.map((f) => f.ruleId), caseName).toEqual(expected.map(() => id));
      expect(located(findings, caseDir), caseName).toEqual(expected);
      for (const finding of findings) expect(finding.message.length, caseName).toBeGreaterThan(20);
    }
  });

  it('reports nothing at all for each passing fixture', async () => {
    for (const caseName of caseFolders(id, 'pass')) {
      const caseDir = join(FIXTURES, id, 'pass', caseName);
      expect(located(await lintLabs(caseDir), caseDir), caseName).toEqual([]);
    }
  });
});

const dockerComposeAvailable = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!dockerComposeAvailable)('rules that need `docker compose` (skipped: `docker compose version` is unavailable here)', () => {
  it('compose-config-valid reports its failing fixture and passes its passing one', async () => {
    const docker = { command: 'docker' };
    for (const [caseName, expected] of Object.entries(EXPECTED_FAILURES['compose-config-valid'] ?? {})) {
      const caseDir = join(FIXTURES, 'compose-config-valid', 'fail', caseName);
      const findings = (await lintLabs(caseDir, { composeConfig: docker })).filter((f) => f.ruleId === 'compose-config-valid');
      expect(located(findings, caseDir)).toEqual(expected);
    }
    for (const caseName of caseFolders('compose-config-valid', 'pass')) {
      const caseDir = join(FIXTURES, 'compose-config-valid', 'pass', caseName);
      expect(await lintLabs(caseDir, { composeConfig: docker })).toEqual([]);
    }
  });
});

it('has no expectations for rules that do not exist', () => {
  const ids = new Set(allRules.map((rule) => rule.id));
  expect(Object.keys(EXPECTED_FAILURES).filter((id) => !ids.has(id))).toEqual([]);
  expect(readdirSync(FIXTURES).filter((dir) => !ids.has(dir))).toEqual([]);
});
