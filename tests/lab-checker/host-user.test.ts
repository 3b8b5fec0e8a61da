import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {idAnsweringAs, imageUidStudent, IMAGE_UID} from '../../scripts/lab-checker/checks/host-user';
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
});
