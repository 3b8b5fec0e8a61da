/** What the bundle tests share: Info-ZIP's unzip (required where REQUIRE_UNZIP=1), scratch folders, file lists. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

export const hasUnzip = spawnSync('unzip', ['-v'], {encoding: 'utf8'}).status === 0;
if (!hasUnzip && process.env.REQUIRE_UNZIP === '1') throw new Error('REQUIRE_UNZIP=1, but `unzip` is not installed: these tests would only skip');

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
