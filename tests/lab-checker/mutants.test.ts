import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {applyEdit, applyEdits} from '../../scripts/lab-checker/mutants/apply';
import type {LabMutants, Mutant} from '../../scripts/lab-checker/mutants/mutant';
import {selectedCheckNames, verdict} from '../../scripts/lab-checker/mutants/verdict';
import type {CheckReport, LabReport} from '../../scripts/lab-checker/report';
import {loadLab} from '../../scripts/lab-checker/load-labs';

const dirs: string[] = [];
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mutant-test-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('applying a mutant', () => {
  it('replaces a text that occurs exactly once, and refuses one that occurs never or twice', () => {
    const dir = scratch({Dockerfile: 'FROM a\nUSER x\nUSER x\nCMD ["a"]\n'});
    applyEdit(dir, {file: 'Dockerfile', replace: 'CMD ["a"]', with: 'CMD a'});
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toContain('CMD a\n');
    expect(() => applyEdit(dir, {file: 'Dockerfile', replace: 'USER x', with: ''})).toThrow(/2 times, not once/);
    expect(() => applyEdit(dir, {file: 'Dockerfile', replace: 'HEALTHCHECK', with: ''})).toThrow(/0 times, not once/);
  });

  it('deletes matching lines, and refuses a pattern that matches none', () => {
    const dir = scratch({Dockerfile: 'FROM a\nUSER x\nCMD ["a"]\n'});
    applyEdit(dir, {file: 'Dockerfile', deleteLines: /^USER /});
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe('FROM a\nCMD ["a"]\n');
    expect(() => applyEdit(dir, {file: 'Dockerfile', deleteLines: /^USER /})).toThrow(/no line of Dockerfile matches/);
  });

  it('deletes and writes files; a missing file or no edit at all is an error', () => {
    const dir = scratch({'.dockerignore': '.git\n'});
    applyEdit(dir, {file: '.dockerignore', delete: true});
    expect(readdirSync(dir)).toEqual([]);
    expect(() => applyEdit(dir, {file: '.dockerignore', delete: true})).toThrow(/does not exist/);
    applyEdit(dir, {file: 'new.txt', write: 'x'});
    expect(readFileSync(path.join(dir, 'new.txt'), 'utf8')).toBe('x');
    expect(() => applyEdits(dir, [])).toThrow(/at least one edit/);
  });
});

const check = (name: string, status: CheckReport['status'], reason?: string): CheckReport => ({name, kind: 'run-output', status, seconds: 0, reason});
const lab = (checks: CheckReport[]): LabReport => ({
  id: 'x',
  title: 'X',
  status: checks.some((c) => c.status === 'fail') ? 'fail' : 'pass',
  skipped: 0,
  equivalents: 0,
  seconds: 0,
  images: [],
  checks,
});
const mutant = (kills: Mutant['kills']): Mutant => ({id: 'm', breaks: 'something', edits: [{file: 'f', delete: true}], kills});

describe('judging a mutant', () => {
  it('is killed only when every named check fails with its text', () => {
    const report = lab([check('runs as a non-root user', 'fail', 'expected the output to contain "1000", but it was:\n0'), check('other', 'pass')]);
    expect(verdict(mutant({'runs as a non-root user': '"1000"'}), report)).toMatchObject({killed: true, problems: []});
    expect(verdict(mutant({'runs as a non-root user': 'USER'}), report).problems.join()).toMatch(/reason lacks "USER"/);
    expect(verdict(mutant({other: 'x'}), report).problems.join()).toMatch(/"other" passed/);
    expect(verdict(mutant({missing: 'x'}), report).problems.join()).toMatch(/"missing" was not run/);
  });

  it('says "not tried here" when its checks were skipped for the machine, but not after another failure', () => {
    const offline = lab([check('pins', 'skip', 'not run offline: no metadata')]);
    expect(verdict(mutant({pins: 'not pinned'}), offline)).toMatchObject({killed: false, skipped: '"pins" was skipped: not run offline: no metadata'});
    const afterFailure = lab([check('step up', 'fail', 'exited with 1'), check('step upload', 'skip', 'after failed step up')]);
    const judged = verdict(mutant({'step upload': 'printed no'}), afterFailure);
    expect(judged.killed).toBe(false);
    expect(judged.skipped).toBeUndefined();
    expect(judged.problems.join()).toMatch(/another check broke first/);
  });

  it('runs the checks it names: steps through the steps check, twins through their script check', () => {
    const checks = [
      {name: 'student steps', kind: 'steps'},
      {name: 'self-check script', kind: 'self-check'},
      {name: 'runs as a non-root user', kind: 'run-output'},
    ];
    expect([...selectedCheckNames(mutant({'step up': 'x'}), checks)]).toEqual(['student steps']);
    expect([...selectedCheckNames(mutant({'self-check script (PowerShell: check.ps1)': 'x'}), checks)]).toEqual(['self-check script']);
    expect([...selectedCheckNames(mutant({'lab material follows the course conventions': 'x'}), checks)]).toEqual([]);
  });
});

describe('the mutants of tests/mutants/', () => {
  const mutantsDir = path.resolve('tests/mutants');
  const always = new Set(['lab material follows the course conventions']);

  it('each applies to the labs as they are, and names checks the lab has', async () => {
    const problems: string[] = [];
    for (const file of readdirSync(mutantsDir).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(pathToFileURL(path.join(mutantsDir, file)).href)) as {default: LabMutants | LabMutants[]};
      for (const group of Array.isArray(module.default) ? module.default : [module.default]) {
        const {manifest} = await loadLab(path.resolve('labs'), group.lab);
        const names = new Set([
          ...always,
          ...manifest.checks.map((c) => c.name),
          ...(manifest.steps ?? []).map((s) => `step ${s.id}`),
          ...manifest.images.map((i) => `build ${i.name}`),
        ]);
        for (const m of group.mutants) {
          const copy = mkdtempSync(path.join(tmpdir(), 'mutant-apply-'));
          dirs.push(copy);
          cpSync(path.resolve('labs', group.lab), copy, {recursive: true});
          try {
            applyEdits(copy, m.edits);
          } catch (error) {
            problems.push(`${group.lab}:${m.id}: ${error instanceof Error ? error.message : String(error)}`);
          }
          for (const name of Object.keys(m.kills)) if (!names.has(name)) problems.push(`${group.lab}:${m.id} names no check of the lab: "${name}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
