import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {notebookArgs} from '../../scripts/lab-checker/checks/notebook';
import {openFolderToAll} from '../../scripts/lab-checker/checks/host-user';
import {handedOver, handoffFolder, removeHandoffs} from '../../scripts/lab-checker/handoff';

/** The checker's own files need no engine to remove. */
const NO_ENGINE = {docker: 'docker', env: process.env};

describe('hand-offs between labs', () => {
  it('finds what an earlier lab handed over in the same run, and nothing of another run', async () => {
    const runId = `test${process.pid}`;
    try {
      expect(handedOver(runId, '03-model', 'model')).toBeUndefined();
      const folder = handoffFolder(runId, '03-model');
      // A container writes here as its own user.
      expect(statSync(folder).mode & 0o777).toBe(0o777);
      mkdirSync(path.join(folder, 'model'));
      writeFileSync(path.join(folder, 'model', 'iris-model.pkl'), 'pickle');
      expect(handedOver(runId, '03-model', 'model')).toBe(path.join(folder, 'model'));
      expect(handedOver(`${runId}-other`, '03-model', 'model')).toBeUndefined();
    } finally {
      await removeHandoffs(runId, NO_ENGINE);
    }
    expect(handedOver(runId, '03-model', 'model')).toBeUndefined();
    expect(existsSync(handoffFolder(runId, 'x'))).toBe(true);
    await removeHandoffs(runId, NO_ENGINE);
  });

  it('passes the notebook, the files it must write and the files to hand over as separate arguments', () => {
    const args = notebookArgs({notebook: 'model.ipynb', expectFiles: ['model/a.pkl'], handOff: ['model/a.pkl', 'model/a.json']});
    expect(args.slice(0, 2)).toEqual(['sh', '-c']);
    expect(args[2]).toContain('--hand-off');
    expect(args.slice(3)).toEqual(['sh', 'model.ipynb', 'model/a.pkl', '--hand-off', 'model/a.pkl', 'model/a.json']);
    expect(notebookArgs({notebook: 'n.ipynb', expectFiles: ['out.txt']}).slice(3)).toEqual(['sh', 'n.ipynb', 'out.txt']);
  });
});

describe('opening a folder to the container user', () => {
  it('makes every folder and file writable for all, keeping scripts executable', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'open-folder-test-'));
    try {
      mkdirSync(path.join(folder, 'model'), {mode: 0o700});
      writeFileSync(path.join(folder, 'model', 'iris-model.pkl'), 'pickle', {mode: 0o600});
      writeFileSync(path.join(folder, 'check.sh'), '#!/bin/sh\n', {mode: 0o700});
      openFolderToAll(folder);
      const mode = (file: string) => statSync(path.join(folder, file)).mode & 0o777;
      expect([mode(''), mode('model'), mode('model/iris-model.pkl'), mode('check.sh')]).toEqual([0o777, 0o777, 0o666, 0o777]);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });
});
