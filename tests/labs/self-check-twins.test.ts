/**
 * Each lab's `check.ps1` is the Windows twin of its `check.sh`, and PowerShell is not on every
 * machine that runs the checker. So, wherever the tests run, the twins must check the same things in
 * the same order: the same PASS lines and, behind each PASS line, the same conditions (status codes,
 * request paths, root checks, patterns, expected strings: see twin-conditions.ts), the same HTTP
 * expectations and the same closing line.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {findLabIds} from '../../lib/labs/load-labs';
import {checksOf, helperChecks, words, type Section} from './twin-conditions';

const LABS = fileURLToPath(new URL('../../labs', import.meta.url));

interface KnownDifference {
  readonly lab: string;
  readonly pass: string;
  /** The twin that has the condition; the other must not have it, or this entry is out of date. */
  readonly only: 'check.sh' | 'check.ps1';
  readonly condition: string;
  readonly why: string;
}

/** Where the twins check the same thing in their own dialect's way, which the comparison cannot see. */
const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  ...['pattern:"accuracy": 0\\.9[0-9]*', 'pattern:"accuracy": 1\\.0'].map((condition) => ({
    lab: '02-workflows/w2-project',
    pass: 'outputs/metrics.json and outputs/confusion-matrix.png are in the folder on your computer',
    only: 'check.sh' as const,
    condition,
    why: 'check.sh greps the JSON text for an accuracy of 0.9x or 1.0; check.ps1 parses it and compares the number',
  })),
  {
    lab: '02-workflows/w2-project',
    pass: 'outputs/metrics.json and outputs/confusion-matrix.png are in the folder on your computer',
    only: 'check.ps1',
    condition: 'json:accuracy>=0.9',
    why: 'the number check.sh finds with its pattern',
  },
  {
    lab: '02-workflows/w2-project',
    pass: 'the outputs belong to you ($owner)',
    only: 'check.ps1',
    condition: 'os:Linux',
    why: 'on Windows, files have an ACL owner, not a uid: check.ps1 compares those instead',
  },
  ...[
    ['02-workflows/w3-data-app', 'the report shows the $stored flowers that psql counts'],
    ['02-workflows/w4-api', 'GET /predict answers virginica'],
  ].map(([lab = '', pass = '']) => ({
    lab,
    pass,
    only: 'check.ps1' as const,
    condition: 'status:2xx',
    why: "PowerShell's web cmdlets fail on a non-2xx answer; check.sh's curl (no --fail) reads any answer, then fails on its content",
  })),
];

/** Everything in which check.ps1 differs from check.sh, in words; empty when they are twins. */
function twinDifferences(lab: string, shText: string, psText: string): string[] {
  const sh = checksOf(shText, 'bash');
  const ps = checksOf(psText, 'powershell');
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(ps.passes, sh.passes))
    problems.push(`PASS lines: check.sh ${JSON.stringify(sh.passes)}, check.ps1 ${JSON.stringify(ps.passes)}`);
  if (!same(ps.expectations, sh.expectations))
    problems.push(`expectations: check.sh ${JSON.stringify(sh.expectations)}, check.ps1 ${JSON.stringify(ps.expectations)}`);
  if (ps.closing !== sh.closing) problems.push(`closing line: check.sh ${String(sh.closing)}, check.ps1 ${String(ps.closing)}`);

  const known = KNOWN_DIFFERENCES.filter((d) => d.lab === lab);
  const sectionOf = (sections: Section[], pass: string) => sections.find((s) => s.pass === pass)?.conditions ?? [];
  for (const d of known) {
    const [mine, theirs] = d.only === 'check.sh' ? [sh.sections, ps.sections] : [ps.sections, sh.sections];
    if (!sectionOf(mine, d.pass).includes(d.condition) || sectionOf(theirs, d.pass).includes(d.condition)) {
      problems.push(`known difference out of date: ${d.condition} before "${d.pass}" is no longer in ${d.only} only`);
    }
  }
  const ignoring = (sections: Section[], side: KnownDifference['only']) =>
    sections.map(({pass, conditions}) => ({
      pass,
      conditions: conditions.filter((c) => !known.some((d) => d.only === side && d.pass === pass && d.condition === c)),
    }));
  const shSections = ignoring(sh.sections, 'check.sh');
  const psSections = ignoring(ps.sections, 'check.ps1');
  for (const [i, section] of shSections.entries()) {
    const twin = psSections[i];
    if (twin?.pass === section.pass && !same(twin.conditions, section.conditions)) {
      problems.push(
        `before "${section.pass}": check.sh checks ${JSON.stringify(section.conditions)}, check.ps1 ${JSON.stringify(twin.conditions)}`,
      );
    }
  }
  return problems;
}

const SHARED = path.join(LABS, 'shared');
const readShared = (file: 'self-check.sh' | 'self-check.ps1') => readFileSync(path.join(SHARED, file), 'utf8');

/** Where the shared helpers' twins differ: a function without its twin, or other conditions or PASS lines in it. */
function helperDifferences(shText: string, psText: string): string[] {
  const sh = helperChecks(shText, 'bash');
  const ps = helperChecks(psText, 'powershell');
  const problems: string[] = [];
  for (const name of new Set([...sh.keys(), ...ps.keys()])) {
    const [mine, theirs] = [sh.get(name), ps.get(name)];
    if (!mine || !theirs) {
      problems.push(`helper ${name} is only in ${mine ? 'self-check.sh' : 'self-check.ps1'}`);
      continue;
    }
    if (JSON.stringify(mine) !== JSON.stringify(theirs))
      problems.push(`helper ${name}: self-check.sh ${JSON.stringify(mine)}, self-check.ps1 ${JSON.stringify(theirs)}`);
  }
  return problems;
}

/** Every lab folder, lab 02's workflows (`02-workflows/w1-jupyter`) included. */
const labFolders = findLabIds(LABS);
const labsWithTwins = labFolders.filter((lab) => readdirSync(path.join(LABS, lab)).includes('check.ps1'));
const read = (lab: string, file: 'check.sh' | 'check.ps1') => readFileSync(path.join(LABS, lab, file), 'utf8');

describe('self-check twins', () => {
  it('exist for every lab that has a self-check', () => {
    const withSh = labFolders.filter((lab) => readdirSync(path.join(LABS, lab)).includes('check.sh'));
    expect(labsWithTwins.sort()).toEqual(withSh.sort());
    expect(labsWithTwins.length).toBeGreaterThan(0);
  });

  it.each(labsWithTwins)('%s: check.ps1 checks the conditions check.sh checks, before the same PASS lines', (lab) => {
    const sh = checksOf(read(lab, 'check.sh'), 'bash');
    expect(sh.passes.length, 'check.sh has PASS lines').toBeGreaterThan(2);
    expect(sh.closing).toMatch(/^All checks passed/);
    // A lab whose conditions all went unseen would compare nothing: each one checks several.
    expect(sh.sections.flatMap((s) => s.conditions).length, 'conditions found in check.sh').toBeGreaterThan(2);
    expect(twinDifferences(lab, read(lab, 'check.sh'), read(lab, 'check.ps1'))).toEqual([]);
  });

  it('find every kind of condition the twins are compared on', () => {
    const kinds = new Set(
      labsWithTwins.flatMap((lab) =>
        checksOf(read(lab, 'check.sh'), 'bash').sections.flatMap((s) => s.conditions.map((c) => c.split(':')[0])),
      ),
    );
    for (const kind of ['status', 'url', 'equals', 'prefix', 'contains', 'pattern', 'format', 'loop', 'query', 'json'])
      expect(kinds, kind).toContain(kind);
  });

  it('share helpers (labs/shared) whose twins check the same conditions and print the same PASS lines', () => {
    const helpers = helperChecks(readShared('self-check.sh'), 'bash');
    expect([...helpers.keys()].sort()).toEqual(['buildimage', 'compose', 'docker', 'fail', 'nonroot', 'pass']);
    // The comparison would pass on empty bodies: the root check, at least, must be read.
    expect(helpers.get('nonroot')?.conditions).toEqual(['equals:', 'equals:0', 'equals:root', 'format:{{.Config.User}}', 'prefix:0:']);
    expect(helperDifferences(readShared('self-check.sh'), readShared('self-check.ps1'))).toEqual([]);
  });

  it('load the shared helpers from where the repository and the lab zips keep them', () => {
    for (const lab of labsWithTwins) {
      const up = '../'.repeat(lab.split('/').length);
      expect(read(lab, 'check.sh'), `${lab}/check.sh`).toContain(`\n. ${up}shared/self-check.sh\n`);
      expect(read(lab, 'check.ps1'), `${lab}/check.ps1`).toContain(`$shared = "$PSScriptRoot/${up}shared/self-check.ps1"`);
    }
  });

  it('list known differences only for labs that exist', () => {
    expect(KNOWN_DIFFERENCES.map((d) => d.lab).filter((lab) => !labsWithTwins.includes(lab))).toEqual([]);
  });
});

/** The real twins of `lab`, one of them changed: the `from` text must be there, once, or the mutation proves nothing. */
function mutated(lab: string, file: 'check.sh' | 'check.ps1', from: string, to: string): string[] {
  const texts = {'check.sh': read(lab, 'check.sh'), 'check.ps1': read(lab, 'check.ps1')};
  const count = texts[file].split(from).length - 1;
  if (count !== 1) throw new Error(`${lab}/${file} has ${count} copies of ${JSON.stringify(from)}: update this mutation`);
  texts[file] = texts[file].replace(from, to);
  return twinDifferences(lab, texts['check.sh'], texts['check.ps1']);
}

describe('the comparison itself', () => {
  it('unquotes each dialect its own way', () => {
    expect(words(`pass "the container prints \\"$expected\\" and exits 0"`, 'bash')).toEqual([
      'pass',
      'the container prints "$expected" and exits 0',
    ]);
    expect(words('Pass "the container prints `"$expected`" and exits 0"', 'powershell')).toEqual([
      'Pass',
      'the container prints "$expected" and exits 0',
    ]);
    expect(words(`Pass 'it''s fine' # note`, 'powershell')).toEqual(['Pass', "it's fine"]);
    expect(words(`[[ "$answer" =~ \\"species\\":\\ ?\\"virginica\\" ]]`, 'bash')).toEqual([
      '[[',
      '$answer',
      '=~',
      '"species": ?"virginica"',
      ']]',
    ]);
  });

  it('reads the same condition from both dialects', () => {
    const sh = checksOf(
      [
        'status="$(curl -s -o /dev/null -w \'%{http_code}\' "$base/api/x")"',
        '[ "$status" = 403 ] || fail "no"',
        'case "$user" in',
        '  "" | root | 0 | 0:*) fail "root" ;;',
        'esac',
        "grep -Eiq '^[[:space:]]*FROM[[:space:]]+python:3' Dockerfile || fail 'x'",
        'pass "done"',
      ].join('\n'),
      'bash',
    );
    const ps = checksOf(
      [
        '$status = StatusOf "$base/api/x"',
        "if ($status -ne 403) { Fail 'no' }",
        "if ($user -eq '' -or $user -eq 'root' -or $user -eq '0' -or $user.StartsWith('0:')) { Fail 'root' }",
        "if (-not (Select-String -Path $f -Pattern '^\\s*FROM\\s+python:3' -Quiet)) { Fail 'x' }",
        "Pass 'done'",
      ].join('\n'),
      'powershell',
    );
    const expected = ['equals:', 'equals:0', 'equals:root', 'pattern:^\\s*FROM\\s+python:3', 'prefix:0:', 'status:403', 'url:/api/x'];
    expect(sh.sections[0]).toEqual({pass: 'done', conditions: expected});
    expect(ps.sections[0]).toEqual({pass: 'done', conditions: expected});
  });

  // Each mutation changes one condition of a real twin, as a slip in an edit would.
  it.each([
    ['02-workflows/w1-jupyter', 'check.ps1', 'if ($status -ne 403)', 'if ($status -ne 401)', 'status:403'],
    [
      '02-workflows/w1-jupyter',
      'check.sh',
      '"$base/api/contents/analysis.ipynb?content=0")"',
      '"$base/api/contents/other.ipynb?content=0")"',
      'url:/api/contents/other.ipynb?content=0',
    ],
    ['01-docker-basics', 'check.ps1', 'Assert-NonRoot $image', 'Write-Host $image', 'helper:nonroot'],
    ['05-data-app', 'check.sh', '\nneed_compose\n', '\n', 'helper:compose'],
    ['04-rest-api', 'check.sh', `'["gunicorn",'*) ;;`, `'["uvicorn",'*) ;;`, 'uvicorn'],
    ['01-docker-basics', 'check.sh', 'expected="Hello, Docker!"', 'expected="Hello, World!"', 'contains:Hello, World!'],
    ['05-data-app', 'check.ps1', "'versicolor: <strong>4</strong>'", "'versicolor: <strong>5</strong>'", 'versicolor: <strong>5</strong>'],
    ['04-rest-api', 'check.ps1', "if ($health -ne 'yes')", "if ($health -ne 'no')", 'equals:no'],
    ['02-workflows/w4-api', 'check.ps1', "$answer.species -ne 'virginica'", "$answer.species -ne 'setosa'", 'json:species=setosa'],
    ['02-workflows/w2-project', 'check.ps1', '$metrics.accuracy -lt 0.9', '$metrics.accuracy -lt 0.8', 'json:accuracy>=0.8'],
  ] as const)('notices a changed condition: %s %s, %s', (lab, file, from, to, shows) => {
    const problems = mutated(lab, file, from, to);
    expect(problems.length, 'the twins now differ').toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(shows);
  });

  it('notices a changed condition, a dropped PASS line or a missing twin in the shared helpers', () => {
    const [sh, ps] = [readShared('self-check.sh'), readShared('self-check.ps1')];
    const once = (text: string, from: string, to: string) => {
      expect(text.split(from).length - 1, from).toBe(1);
      return text.replace(from, to);
    };
    expect(helperDifferences(sh, once(ps, "$user -eq 'root' -or ", '')).join('\n')).toContain('equals:root');
    expect(helperDifferences(once(sh, '  pass "the image builds"\n', ''), ps).join('\n')).toContain('the image builds');
    expect(helperDifferences(sh, once(ps, 'function Assert-Compose', 'function Assert-ComposeV2'))).toContain(
      'helper compose is only in self-check.sh',
    );
  });

  it('notices a changed expectation or a dropped PASS line', () => {
    expect(mutated('04-rest-api', 'check.ps1', "Expect 'GET /health' 200", "Expect 'GET /health' 201").join('\n')).toContain(
      'expectations',
    );
    expect(mutated('01-docker-basics', 'check.ps1', "Pass '.dockerignore is there'", '')).not.toEqual([]);
  });
});
