import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findLabFiles, formatFindings, hasErrors, lintLabs, type Finding} from '../../scripts/lab-checker/lint/index.js';

const CLEAN_DOCKERFILE = 'FROM python:3.13-slim-trixie\nCOPY app.py .\nUSER 1000\nCMD ["python", "app.py"]\n';

describe('lintLabs over a labs folder', () => {
  let labs = '';

  async function put(path: string, content: string): Promise<void> {
    await mkdir(dirname(join(labs, path)), {recursive: true});
    await writeFile(join(labs, path), content);
  }

  beforeAll(async () => {
    labs = await mkdtemp(join(tmpdir(), 'lint-labs-'));
    await put('01-basics/solution/Dockerfile', CLEAN_DOCKERFILE);
    await put('01-basics/solution/.dockerignore', '.git\n');
    await put('01-basics/starter/Dockerfile', '# TODO: write FROM, COPY and CMD here\n');
    await put('01-basics/starter/.dockerignore', '.git\n');
    await put('02-workflows/w1/Dockerfile.jupyter', 'FROM python:latest\nUSER 1000\nCMD ["jupyter", "notebook"]\n');
    await put('02-workflows/w1/Dockerfile.jupyter.dockerignore', '.git\n');
    await put('05-app/docker-compose.yml', 'services:\n  web:\n    image: nginx:1.22\n    ports: ["127.0.0.1:80:80"]\n');
    await put('05-app/compose.override.yaml', 'services:\n  web:\n    image: nginx\n');
    await put('05-app/node_modules/pkg/Dockerfile', 'FROM node\n');
    await put('05-app/notes.md', 'FROM python\n');
  });

  afterAll(async () => {
    await rm(labs, {recursive: true, force: true});
  });

  it('finds Dockerfile*, compose files, and skips node_modules and other files', async () => {
    const found = await findLabFiles(labs);
    expect(found.dockerfiles.map((f) => relative(labs, f))).toEqual([
      '01-basics/solution/Dockerfile',
      '01-basics/starter/Dockerfile',
      '02-workflows/w1/Dockerfile.jupyter',
    ]);
    expect(found.composeFiles.map((f) => relative(labs, f))).toEqual(['05-app/docker-compose.yml']);
  });

  it('reports findings across the labs, sorted by file and line', async () => {
    const findings = await lintLabs(labs);
    expect(findings.map((f) => `${relative(labs, f.file)}:${f.line} ${f.ruleId}`)).toEqual([
      '02-workflows/w1/Dockerfile.jupyter:1 pinned-base-tag',
      '05-app/docker-compose.yml:4 compose-safe-host-ports',
    ]);
  });
});

describe('formatFindings', () => {
  const findings: Finding[] = [
    {file: '/repo/labs/b/Dockerfile', line: 3, ruleId: 'exec-form-cmd', severity: 'error', message: 'Write exec form.'},
    {file: '/repo/labs/a/Dockerfile', line: 2, ruleId: 'apt-no-install-recommends', severity: 'warning', message: 'Add the flag.'},
  ];

  it('prints one sorted line per finding and a summary', () => {
    expect(formatFindings(findings, {relativeTo: '/repo'}).split('\n')).toEqual([
      'labs/a/Dockerfile:2  warning  apt-no-install-recommends  Add the flag.',
      'labs/b/Dockerfile:3  error    exec-form-cmd  Write exec form.',
      'Lab material lint: 1 error, 1 warning.',
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(formatFindings([])).toBe('Lab material lint: no problems found.');
  });

  it('counts only errors as failures', () => {
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors(findings.filter((f) => f.severity === 'warning'))).toBe(false);
  });
});
