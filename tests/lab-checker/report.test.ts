import {describe, expect, it} from 'vitest';
import {benchFigures, labStatus, reportOk, type LabReport, type LabsReport} from '../../scripts/lab-checker/report';

const lab = (status: 'pass' | 'fail'): LabReport => ({
  id: '01-docker-basics',
  title: 'Docker basics',
  status,
  seconds: 12.5,
  images: [{name: 'hello', tag: 'labcheck-x/01-docker-basics-hello:latest', sizeBytes: 150_000_000, buildSeconds: 3}],
  checks: [{name: 'greets', kind: 'run-output', status: status, seconds: 1, ...(status === 'fail' ? {reason: 'no greeting'} : {})}],
});

const report = (labs: LabReport[], world: LabsReport['world'] = 'offline'): LabsReport => ({
  schemaVersion: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  seconds: 100,
  ok: reportOk({labs}),
  world,
  engine: {kind: 'private', serverVersion: '20.10.24'},
  sizesAreStandInSizes: world === 'offline',
  setupSeconds: 80,
  standIns: [],
  labs,
});

describe('report', () => {
  it('fails a lab when any check fails, not when checks are skipped', () => {
    expect(labStatus([{name: 'a', kind: 'steps', status: 'pass', seconds: 0}, {name: 'b', kind: 'steps', status: 'skip', seconds: 0}])).toBe('pass');
    expect(labStatus([{name: 'a', kind: 'steps', status: 'fail', seconds: 0, reason: 'x'}])).toBe('fail');
  });

  it('is ok only when there are labs, all pass and nothing broke the run', () => {
    expect(reportOk({labs: [lab('pass')]})).toBe(true);
    expect(reportOk({labs: [lab('pass'), lab('fail')]})).toBe(false);
    expect(reportOk({labs: []})).toBe(false);
    expect(reportOk({labs: [lab('pass')], error: 'no engine'})).toBe(false);
  });

  it('gives bench per-lab seconds, image sizes and what the sizes mean', () => {
    const offline = benchFigures(report([lab('pass')]));
    expect(offline).toMatchObject({world: 'offline', totalSeconds: 100, setupSeconds: 80, labs: [{id: '01-docker-basics', seconds: 12.5}]});
    expect(offline.images).toEqual([{lab: '01-docker-basics', name: 'hello', sizeBytes: 150_000_000}]);
    expect(offline.sizeNote).toMatch(/stand-in/);
    expect(benchFigures(report([lab('pass')], 'online')).sizeNote).not.toMatch(/stand-in/);
  });

  it('survives a JSON round trip unchanged (the file bench reads)', () => {
    const original = report([lab('fail')]);
    expect(JSON.parse(JSON.stringify(original))).toEqual(original);
  });
});
