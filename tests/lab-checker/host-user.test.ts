import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {idAnsweringAs, imageUidStudent, IMAGE_UID, otherUidStudent} from '../../scripts/lab-checker/checks/host-user';
import {run} from '../../scripts/lab-checker/proc';
import type {LabContext} from '../../scripts/lab-checker/context';

describe('the uid the steps see when the checker plays a student', () => {
  afterEach(() => vi.restoreAllMocks());

  it('idAnsweringAs answers -u and -g as the student, and passes anything else to the real id', async () => {
    const env = {...process.env, PATH: `${idAnsweringAs(1000)}${path.delimiter}${process.env.PATH ?? ''}`};
    const real = await run('id', ['-un']);
    const shown = await run('bash', ['-c', 'id -u; id -g; id -un'], {env});
    expect(shown.stdout.split('\n').slice(0, 3)).toEqual(['1000', '1000', real.stdout.trim()]);
  });

  it('a non-root checker that is not uid 1000 (a CI runner, uid 1001) plays uid 1000, and says how', async () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1001);
    const folder = mkdtempSync(path.join(tmpdir(), 'host-user-'));
    try {
      const ctx = {env: process.env} as unknown as LabContext;
      const student = imageUidStudent(ctx, folder);
      if (typeof student === 'string') throw new Error(student);
      expect(student.label).toBe(`uid ${IMAGE_UID}`);
      expect(student.preparedBy).toMatch(/run as uid 1001, not 1000, .*`id -u` \/ `id -g` answering 1000/);
      const result = await student.run('id -u', folder, 10);
      expect(result.stdout.trim()).toBe('1000');
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });

  it("the same checker plays the other student (itself) in its own copy of the folder, as what uid 1000 wrote stays uid 1000's", () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1001);
    const parent = mkdtempSync(path.join(tmpdir(), 'host-user-'));
    try {
      const folder = path.join(parent, 'steps');
      mkdirSync(path.join(folder, 'outputs'), {recursive: true});
      // As a container of the first student leaves it: a file only its owner may write.
      writeFileSync(path.join(folder, 'outputs', 'metrics.json'), '{}\n');
      chmodSync(path.join(folder, 'outputs', 'metrics.json'), 0o644);
      const ctx = {env: process.env} as unknown as LabContext;
      const student = otherUidStudent(ctx, folder);
      if (typeof student === 'string') throw new Error(student);
      expect(student.folder).toBeDefined();
      const copy = student.folder ?? '';
      expect(path.dirname(copy)).toBe(parent);
      expect(readFileSync(path.join(copy, 'outputs', 'metrics.json'), 'utf8')).toBe('{}\n');
      // The copy is the checker's own: its user, not the first student's, owns every file in it.
      expect(statSync(path.join(copy, 'outputs', 'metrics.json')).uid).toBe(statSync(parent).uid);
      expect(statSync(path.join(copy, 'outputs', 'metrics.json')).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(parent, {recursive: true, force: true});
    }
  });
});
