import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {applyEdit, applyEdits} from '../../scripts/lab-checker/mutants/apply';
import {gateCouldPrint, gatesCoverage, gatesOf, helperBodies, selfCheckGates} from '../../scripts/lab-checker/mutants/gates';
import type {LabMutants, Mutant} from '../../scripts/lab-checker/mutants/mutant';
import {leadingChecksFor, selectedCheckNames, verdict} from '../../scripts/lab-checker/mutants/verdict';
import type {CheckReport, LabReport} from '../../scripts/lab-checker/report';
import {loadLab} from '../../lib/labs/load-labs';

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

  it('replaces a match of a pattern that matches exactly once, and refuses one that matches never or twice', () => {
    const dir = scratch({Dockerfile: 'FROM a\nUSER x\nUSER x\nCMD ["a"]\n'});
    applyEdit(dir, {file: 'Dockerfile', replaceMatch: /^CMD \[.*\]$/m, with: 'CMD a'});
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toContain('\nCMD a');
    expect(() => applyEdit(dir, {file: 'Dockerfile', replaceMatch: /^USER \w+$/m, with: ''})).toThrow(/2 times, not once/);
    expect(() => applyEdit(dir, {file: 'Dockerfile', replaceMatch: /^HEALTHCHECK/m, with: ''})).toThrow(/0 times, not once/);
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

const check = (name: string, status: CheckReport['status'], reason?: string): CheckReport => ({
  name,
  kind: 'run-output',
  status,
  seconds: 0,
  reason,
});
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
    const report = lab([
      check('runs as a non-root user', 'fail', 'expected the output to contain "1000", but it was:\n0'),
      check('other', 'pass'),
    ]);
    expect(verdict(mutant({'runs as a non-root user': '"1000"'}), report)).toMatchObject({killed: true, problems: []});
    expect(verdict(mutant({'runs as a non-root user': 'USER'}), report).problems.join()).toMatch(/reason lacks "USER"/);
    expect(verdict(mutant({other: 'x'}), report).problems.join()).toMatch(/"other" passed/);
    expect(verdict(mutant({missing: 'x'}), report).problems.join()).toMatch(/"missing" was not run/);
  });

  it('says "not tried here" when its checks were skipped for the machine, but not after another failure', () => {
    const offline = lab([check('pins', 'skip', 'not run offline: no metadata')]);
    expect(verdict(mutant({pins: 'not pinned'}), offline)).toMatchObject({
      killed: false,
      skipped: '"pins" was skipped: not run offline: no metadata',
    });
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

  it('runs the lint and starter checks only for a mutant that names one of their outcomes', () => {
    expect(leadingChecksFor(mutant({'step up': 'x', 'self-check script': 'y'}))).toEqual({lint: false, starter: false});
    expect(leadingChecksFor(mutant({'lab material follows the course conventions': 'non-root-user'}))).toEqual({
      lint: true,
      starter: false,
    });
    expect(leadingChecksFor(mutant({'lint rule script-shellcheck': 'x'}))).toEqual({lint: true, starter: false});
    expect(leadingChecksFor(mutant({'starter web builds': 'x'}))).toEqual({lint: false, starter: true});
    // A manifest check about the starter is not the starter check.
    expect(leadingChecksFor(mutant({'the starter has its exercise cells marked and empty': 'x'}))).toEqual({lint: false, starter: false});
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
          for (const name of Object.keys(m.kills))
            if (!names.has(name)) problems.push(`${group.lab}:${m.id} names no check of the lab: "${name}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('self-check gates', () => {
  it('reads the messages of a bash self-check, and matches a kill text against their expansions', () => {
    const gates = gatesOf(
      'x || fail "With the token, Jupyter answered $status, not 200." "Is it copied?"\n[ -f a ] ||\n  fail "No \\"$name\\" in ${dir:-.}." \\\n    "Run this script from the lab folder"',
    );
    expect(gates).toEqual([
      {message: 'With the token, Jupyter answered $status, not 200.', hint: 'Is it copied?'},
      {message: 'No "$name" in ${dir:-.}.', hint: 'Run this script from the lab folder'},
    ]);
    const token = gates[0]!.message;
    expect(gateCouldPrint(token, 'With the token, Jupyter answered 404, not 200.')).toBe(true);
    expect(gateCouldPrint(token, 'With the token, Jupyter answered 404')).toBe(true);
    expect(gateCouldPrint(token, 'With the token, Jupyter answered 404, not 403.')).toBe(false);
    expect(gateCouldPrint('$name: expected $status and $pattern, got $code: $body', 'GET /health: expected 200')).toBe(true);
    expect(gateCouldPrint('Postgres holds $after rows, expected $((before + 12)).', 'Postgres holds 3 rows, expected 15.')).toBe(true);
    expect(gateCouldPrint('The image runs as root.', 'The container runs as root.')).toBe(false);
  });

  it('counts a gate as proven by a kill or the starter, excused when it is about the machine or the folder, and finds stray kills', () => {
    const gates = gatesOf(
      [
        'fail "Docker is not installed." "Install it"',
        'fail "There is no $f/Dockerfile." "Run this script from the lab folder"',
        'fail "The image runs as root." "Add USER"',
        'fail "No HEALTHCHECK." "Add one"',
      ].join('\n'),
    );
    expect(gatesCoverage(gates, ['The image runs as root.'], {})).toEqual({
      unproven: ['No HEALTHCHECK.'],
      strayKills: [],
      staleExemptions: [],
    });
    expect(gatesCoverage(gates, ['The image runs as root.', 'The imag runs as root.'], {'No HEALTHCHECK': 'why', Gone: 'why'})).toEqual({
      unproven: [],
      strayKills: ['The imag runs as root.'],
      staleExemptions: ['Gone'],
    });
  });

  it('counts the gates of the shared helpers a script calls, and only those', () => {
    const helpers = readFileSync(path.resolve('labs/shared/self-check.sh'), 'utf8');
    expect([...helperBodies(helpers).keys()]).toEqual(['pass', 'fail', 'need_docker', 'need_compose', 'build_image', 'need_non_root']);
    const messages = (script: string) => selfCheckGates(script, helpers).map((gate) => gate.message);
    expect(messages('need_docker\n[ -f x ] || fail "No x." "Run this script from here"\nbuild_image "$image" "$folder"')).toEqual([
      'No x.',
      'Docker is not installed.',
      'Docker is installed but not running.',
      'docker build failed (its last lines are above).',
    ]);
    expect(messages('# need_non_root is not called here\necho need_compose_later')).toEqual([]);
    expect(selfCheckGates('need_non_root "$image" "Add a USER"', helpers)).toEqual([{message: 'The container runs as root.', hint: '$2'}]);
  });

  it('every gate of every check.sh is proven by a mutant, or says why not', async () => {
    const problems: string[] = [];
    for (const file of readdirSync(path.resolve('tests/mutants')).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(pathToFileURL(path.resolve('tests/mutants', file)).href)) as {default: LabMutants | LabMutants[]};
      for (const group of Array.isArray(module.default) ? module.default : [module.default]) {
        const gates = selfCheckGates(
          readFileSync(path.resolve('labs', group.lab, 'check.sh'), 'utf8'),
          readFileSync(path.resolve('labs/shared/self-check.sh'), 'utf8'),
        );
        expect(gates.length, `${group.lab}/check.sh has gates`).toBeGreaterThan(3);
        const killTexts = group.mutants.flatMap((m) => {
          const text = m.kills['self-check script'];
          return text === undefined ? [] : typeof text === 'string' ? [text] : [...text];
        });
        // "failed, but not with …" quotes the starter's failure line, which the check itself proves on every run.
        const texts = killTexts.map((text) => /^failed, but not with "(.*)"$/.exec(text)?.[1] ?? text);
        const {manifest} = await loadLab(path.resolve('labs'), group.lab);
        const starterLines = manifest.checks.flatMap((check) =>
          check.kind === 'self-check' ? (check.mustFailWith ?? []).map((f) => f.expectOutput) : [],
        );
        const coverage = gatesCoverage(gates, [...texts, ...starterLines], group.gatesWithoutMutant ?? {});
        problems.push(
          ...coverage.unproven.map((gate) => `${group.lab}: no mutant makes check.sh fail with "${gate}"`),
          ...coverage.strayKills.map((text) => `${group.lab}: no gate of check.sh prints "${text}"`),
          ...coverage.staleExemptions.map((start) => `${group.lab}: gatesWithoutMutant names no gate: "${start}"`),
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
