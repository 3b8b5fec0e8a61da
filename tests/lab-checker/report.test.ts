import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  benchFigures,
  labStatus,
  labVerdict,
  readReport,
  reportOk,
  writeReport,
  type CheckReport,
  type LabReport,
  type LabsReport,
} from '../../scripts/lab-checker/report';

const check = (status: CheckReport['status'], name: string = status): CheckReport => ({
  name,
  kind: 'steps',
  status,
  seconds: 1,
  ...(status === 'pass' ? {} : {reason: `${name} did not pass`}),
});

const lab = (id: string, status: 'pass' | 'fail', images: LabReport['images'] = [], seconds = 10): LabReport => ({
  id,
  title: id,
  status,
  skipped: 0,
  equivalents: 0,
  seconds,
  images,
  checks: [check(status)],
});

const image = (name: string, sizeBytes: number): LabReport['images'][number] => ({
  name,
  tag: `labcheck-x/${name}:latest`,
  sizeBytes,
  buildSeconds: 3,
});

const report = (labs: LabReport[], overrides: Partial<LabsReport> = {}): LabsReport => ({
  schemaVersion: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  seconds: 100,
  ok: reportOk({labs}),
  world: 'offline',
  engine: {kind: 'private', serverVersion: '20.10.24', builder: 'classic'},
  sizesAreStandInSizes: true,
  setupSeconds: 80,
  standIns: [],
  labs,
  ...overrides,
});

describe('labStatus', () => {
  it('fails a lab when any one check fails, wherever it is', () => {
    expect(labStatus([check('pass', 'a'), check('pass', 'b'), check('fail', 'c')])).toBe('fail');
    expect(labStatus([check('fail', 'a'), check('pass', 'b')])).toBe('fail');
    expect(labStatus([check('skip', 'a'), check('fail', 'b'), check('skip', 'c')])).toBe('fail');
  });

  it('passes a lab when at least one of its own checks passed and none failed', () => {
    expect(labStatus([check('pass', 'a'), check('skip', 'b')])).toBe('pass');
  });

  it('does not pass a lab whose own checks all skipped, whatever its lint and build did', () => {
    expect(labStatus([check('skip', 'a'), check('skip', 'b')])).toBe('skip');
    expect(labStatus([{...check('pass', 'lint'), kind: 'lint'}, {...check('pass', 'build'), kind: 'build'}, check('skip', 'b')])).toBe(
      'skip',
    );
    expect(labStatus([])).toBe('skip');
    expect(labVerdict({status: 'skip', skipped: 2, equivalents: 0})).toBe('NOT PROVEN: all 2 of its checks skipped');
    expect(reportOk({labs: [lab('a', 'pass'), {...lab('b', 'pass'), status: 'skip'}]})).toBe(false);
  });
});

describe('reportOk', () => {
  it('is ok only when there are labs, all pass and nothing broke the run', () => {
    expect(reportOk({labs: [lab('01', 'pass'), lab('02', 'pass')]})).toBe(true);
    expect(reportOk({labs: [lab('01', 'pass'), lab('02', 'fail')]})).toBe(false);
    expect(reportOk({labs: [lab('01', 'fail'), lab('02', 'pass')]})).toBe(false);
    expect(reportOk({labs: []})).toBe(false);
    expect(reportOk({labs: [lab('01', 'pass')], error: 'no engine'})).toBe(false);
    // Any error counts, even one without words.
    expect(reportOk({labs: [lab('01', 'pass')], error: ''})).toBe(false);
  });
});

describe('benchFigures', () => {
  it("takes the run's seconds, each lab's seconds in order and every image of every lab", () => {
    const figures = benchFigures(
      report(
        [
          lab('01-docker-basics', 'pass', [image('hello', 150_000_000)], 16.5),
          lab('03-model', 'pass', [], 8),
          lab('05-data-app', 'fail', [image('web', 200), image('api', 300)], 11),
        ],
        {seconds: 321, setupSeconds: 45},
      ),
    );
    expect(figures.totalSeconds).toBe(321);
    expect(figures.setupSeconds).toBe(45);
    expect(figures.labs).toEqual([
      {id: '01-docker-basics', seconds: 16.5},
      {id: '03-model', seconds: 8},
      {id: '05-data-app', seconds: 11},
    ]);
    expect(figures.images).toEqual([
      {lab: '01-docker-basics', name: 'hello', sizeBytes: 150_000_000},
      {lab: '05-data-app', name: 'web', sizeBytes: 200},
      {lab: '05-data-app', name: 'api', sizeBytes: 300},
    ]);
  });

  it('says the sizes are stand-in sizes when the report says so, whatever the world', () => {
    expect(benchFigures(report([], {world: 'offline', sizesAreStandInSizes: true})).sizeNote).toMatch(/stand-in/);
    expect(benchFigures(report([], {world: 'unknown', sizesAreStandInSizes: true})).sizeNote).toMatch(/stand-in/);
    const online = benchFigures(report([], {world: 'online', sizesAreStandInSizes: false}));
    expect(online.sizeNote).not.toMatch(/stand-in/);
    expect(online.sizeNote).toMatch(/official/);
    expect(online.world).toBe('online');
  });
});

describe('writeReport and readReport (the file bench reads)', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, {recursive: true, force: true});
    dir = '';
  });

  it('writes the report into a folder it creates, as indented JSON with a final newline, and reads it back', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'labs-report-'));
    const file = path.join(dir, 'not', 'yet', 'there', 'labs-report.json');
    const original = report([lab('01-docker-basics', 'fail', [image('hello', 1)])], {
      error: 'engine lost',
      engine: {kind: 'existing', serverVersion: '27.0', builder: 'BuildKit (buildx 0.13.1)', composeVersion: '2.29'},
    });
    writeReport(original, file);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,');
    expect(readReport(file)).toEqual(original);
    expect(benchFigures(readReport(file))).toEqual(benchFigures(original));
  });

  it('fails loudly on a report that is not there', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'labs-report-'));
    expect(() => readReport(path.join(dir, 'missing.json'))).toThrow();
  });
});

describe('labVerdict', () => {
  it('says what a pass hides: skipped checks and steps proved through an equivalent', () => {
    expect(labVerdict({status: 'pass', skipped: 0, equivalents: 0})).toBe('pass');
    expect(labVerdict({status: 'pass', skipped: 2, equivalents: 0})).toBe('pass, 2 skipped');
    expect(labVerdict({status: 'pass', skipped: 3, equivalents: 1})).toBe('pass, 3 skipped, 1 through an equivalent');
    expect(labVerdict({status: 'fail', skipped: 3, equivalents: 1})).toBe('FAIL');
  });
});
