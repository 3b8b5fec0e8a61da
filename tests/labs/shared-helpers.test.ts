/**
 * The self-checks load their shared helpers from `../shared` (`../../shared` in lab 02), as the
 * repository and each lab's zip lay them out. Run with bash, no Docker needed: a lab folder without
 * the helpers says what to do, and with them the first shared gate speaks.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, symlinkSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {findLabIds} from '../../lib/labs/load-labs';

const LABS = path.resolve('labs');
const labs = findLabIds(LABS);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A folder with `lab` at its id's path and, when asked, the shared helpers beside it. */
function layout(lab: string, withShared: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shared-helpers-'));
  dirs.push(root);
  cpSync(path.join(LABS, lab), path.join(root, lab), {recursive: true});
  if (withShared) cpSync(path.join(LABS, 'shared'), path.join(root, 'shared'), {recursive: true});
  return root;
}

/** A PATH holding only what the scripts need before their first gate: no docker. */
function pathWithoutDocker(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'no-docker-bin-'));
  dirs.push(bin);
  mkdirSync(bin, {recursive: true});
  for (const tool of ['dirname']) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], {encoding: 'utf8'}).stdout.trim();
    symlinkSync(found, path.join(bin, tool));
  }
  return bin;
}

describe('the shared self-check helpers', () => {
  it('are loaded by every lab that has a self-check', () => {
    expect(labs.length).toBeGreaterThan(5);
  });

  it.each(labs)('%s: check.sh without ../shared stops, saying to unzip the whole zip', (lab) => {
    const root = layout(lab, false);
    const ran = spawnSync('bash', [path.join(root, lab, 'check.sh')], {encoding: 'utf8'});
    expect(ran.status).toBe(1);
    expect(ran.stdout).toMatch(/^FAIL {2}(\.\.\/)+shared\/self-check\.sh is missing: unzip the whole lab zip/);
  });

  it.each(labs)('%s: check.sh with the helpers beside it reaches their Docker gate', (lab) => {
    const root = layout(lab, true);
    const ran = spawnSync('/bin/bash', [path.join(root, lab, 'check.sh')], {encoding: 'utf8', env: {PATH: pathWithoutDocker()}});
    expect(ran.stdout + ran.stderr).toContain('FAIL  Docker is not installed.\n      Install Docker Desktop');
    expect(ran.status).toBe(1);
  });
});
