import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {notebookArgs} from '../../scripts/lab-checker/checks/notebook';
import {handedOver, handoffFolder, removeHandoffs} from '../../scripts/lab-checker/handoff';

describe('hand-offs between labs', () => {
  it('finds what an earlier lab handed over in the same run, and nothing of another run', () => {
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
      removeHandoffs(runId);
    }
    expect(handedOver(runId, '03-model', 'model')).toBeUndefined();
    expect(existsSync(handoffFolder(runId, 'x'))).toBe(true);
    removeHandoffs(runId);
  });

  it('passes the notebook, the files it must write and the files to hand over as separate arguments', () => {
    const args = notebookArgs({notebook: 'model.ipynb', expectFiles: ['model/a.pkl'], handOff: ['model/a.pkl', 'model/a.json']});
    expect(args.slice(0, 2)).toEqual(['sh', '-c']);
    expect(args[2]).toContain('--hand-off');
    expect(args.slice(3)).toEqual(['sh', 'model.ipynb', 'model/a.pkl', '--hand-off', 'model/a.pkl', 'model/a.json']);
    expect(notebookArgs({notebook: 'n.ipynb', expectFiles: ['out.txt']}).slice(3)).toEqual(['sh', 'n.ipynb', 'out.txt']);
  });
});
