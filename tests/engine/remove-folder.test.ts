/**
 * Run with the checker's engine (`npm run test:with-engine`): a folder holding files that a lab
 * container wrote as uid 1000, in a folder only uid 1000 may change, is emptied from a container
 * when the checker's own removal is refused, as it is for a CI runner of uid 1001.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PROBE_IMAGE} from '../../scripts/lab-checker/engine/detect';
import {removeFolder} from '../../scripts/lab-checker/remove-folder';

const docker = 'docker';
const engineAnswers = spawnSync(docker, ['version', '--format', '{{.Server.Version}}'], {encoding: 'utf8'}).status === 0;
if (!engineAnswers && process.env.REQUIRE_DOCKER_COMPOSE === '1')
  throw new Error('REQUIRE_DOCKER_COMPOSE=1, but no Docker engine answers: these tests would only skip');

/** What a checker that is not the files' owner meets: rm refused, as Node reports it. */
function refusedOnce(): (folder: string) => void {
  let refused = false;
  return (folder) => {
    if (!refused) {
      refused = true;
      throw Object.assign(new Error(`EACCES: permission denied, rmdir '${folder}/model'`), {code: 'EACCES'});
    }
    rmSync(folder, {recursive: true, force: true});
  };
}

describe.skipIf(!engineAnswers)('removeFolder, with a real engine', () => {
  it('empties from a container a folder a container wrote as uid 1000, then removes it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'remove-folder-test-'));
    const wrote = spawnSync(
      docker,
      [
        'run',
        '--rm',
        '--user',
        '1000:1000',
        '--volume',
        `${folder}:/work`,
        PROBE_IMAGE,
        'sh',
        '-c',
        'mkdir -m 700 /work/model && echo pickle > /work/model/iris-model.pkl',
      ],
      {encoding: 'utf8'},
    );
    // Root could write there; uid 1000 needs the folder opened, as the checker opens the hand-over folder.
    if (wrote.status !== 0) {
      spawnSync('chmod', ['0777', folder]);
      const again = spawnSync(
        docker,
        [
          'run',
          '--rm',
          '--user',
          '1000:1000',
          '--volume',
          `${folder}:/work`,
          PROBE_IMAGE,
          'sh',
          '-c',
          'mkdir -m 700 /work/model && echo pickle > /work/model/iris-model.pkl',
        ],
        {encoding: 'utf8'},
      );
      expect(again.status, again.stderr).toBe(0);
    }
    expect(existsSync(folder)).toBe(true);
    const problem = await removeFolder(folder, {docker, env: process.env, runId: 'test'}, refusedOnce());
    expect(problem).toBeUndefined();
    expect(existsSync(folder)).toBe(false);
  });

  it('says what is left when the folder still cannot be removed after a container emptied it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'remove-folder-test-'));
    try {
      const problem = await removeFolder(folder, {docker, env: process.env, runId: 'test'}, () => {
        throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
      });
      expect(problem).toMatch(/could not remove .*remove-folder-test-.* after emptying it: EACCES/);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });

  it('reports a folder it may not remove, without an engine, instead of failing the run', async () => {
    const problem = await removeFolder('/nonexistent-parent/x', undefined, () => {
      throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
    });
    expect(problem).toMatch(/could not remove \/nonexistent-parent\/x: EACCES/);
  });
});
