import {describe, expect, it} from 'vitest';
import lab03 from '../../labs/03-model/lab';
import {mountedGroup} from '../../scripts/lab-checker/checks/steps';
import type {LabStep} from '../../lib/labs/manifest';

const step = (id: string, mountsFolder = false): LabStep => ({id, title: id, explain: '', command: 'true', mountsFolder});

describe('mountedGroup', () => {
  const steps = [step('build'), step('run-mounted', true), step('use', true), step('rm', true), step('after'), step('again', true)];

  it('is the run of consecutive mounted steps around the given one', () => {
    expect(mountedGroup(steps, 1).map((s) => s.id)).toEqual(['run-mounted', 'use', 'rm']);
    expect(mountedGroup(steps, 3).map((s) => s.id)).toEqual(['run-mounted', 'use', 'rm']);
    expect(mountedGroup(steps, 5).map((s) => s.id)).toEqual(['again']);
  });

  it('replays lab 03 from the mounted start past the removal, so the Linux variant is cleaned up and its model checked after', () => {
    const steps03 = lab03.steps ?? [];
    const index = steps03.findIndex((s) => s.linuxOtherUser !== undefined);
    const group = mountedGroup(steps03, index).map((s) => s.id);
    expect(group[0]).toBe('run');
    expect(group).toContain('run-all');
    expect(group.indexOf('list-model')).toBeGreaterThan(group.indexOf('remove'));
  });
});
