/** What the bundle tests share: Info-ZIP's unzip (required where REQUIRE_UNZIP=1), scratch folders, file lists. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect} from 'vitest';

export const hasUnzip = spawnSync('unzip', ['-v'], {encoding: 'utf8'}).status === 0;
if (!hasUnzip && process.env.REQUIRE_UNZIP === '1')
  throw new Error('REQUIRE_UNZIP=1, but `unzip` is not installed: these tests would only skip');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A new empty folder, removed after the test. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Every file under `dir`, relative, with `/`. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * Writes a zip into a new scratch folder, checks it with `unzip -t` and unzips it there: returns
 * the folder it was unzipped to and the files in it, relative and sorted.
 */
export function unzipChecked(fileName: string, bytes: Buffer | Uint8Array, prefix: string): {out: string; files: string[]} {
  const dir = scratch(prefix);
  const zipFile = path.join(dir, fileName);
  writeFileSync(zipFile, bytes);
  const tested = spawnSync('unzip', ['-t', zipFile], {encoding: 'utf8'});
  expect(tested.status, tested.stdout + tested.stderr).toBe(0);
  expect(tested.stdout).toContain('No errors detected');
  const out = path.join(dir, 'out');
  const unzipped = spawnSync('unzip', ['-q', zipFile, '-d', out], {encoding: 'utf8'});
  expect(unzipped.status, unzipped.stderr).toBe(0);
  return {out, files: filesUnder(out).sort()};
}
