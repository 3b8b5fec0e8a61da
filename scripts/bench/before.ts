/**
 * `--before=<git ref>`: the site as that commit builds it, so the Lighthouse runs measure it and the
 * current build side by side, interleaved, in one run (lighthouse.ts). The commit is checked out
 * into a temporary git worktree, given this checkout's node_modules (or its own `npm ci` when its
 * lock file differs), and built there. The build is kept under node_modules/.cache by commit, so a
 * second run reuses it.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(import.meta.dirname, '../..');

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, {cwd: siteDir, encoding: 'utf8', ...options});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${String(result.stderr ?? '').slice(-3000)}`);
  return String(result.stdout ?? '').trim();
}

/** The build directory of `ref`, built now unless a build of that commit is kept already. */
export function buildOfRef(ref: string): {readonly name: string; readonly dir: string} {
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`]);
  const name = `${ref} (${commit.slice(0, 9)})`;
  const cache = path.join(siteDir, 'node_modules', '.cache', 'bench-before', commit);
  const buildDir = path.join(cache, 'build');
  if (existsSync(path.join(buildDir, 'index.html'))) return {name, dir: buildDir};

  const checkout = path.join(cache, 'checkout');
  mkdirSync(cache, {recursive: true});
  rmSync(checkout, {recursive: true, force: true});
  run('git', ['worktree', 'prune']);
  run('git', ['worktree', 'add', '--detach', checkout, commit]);
  try {
    const sameLock =
      readFileSync(path.join(checkout, 'package-lock.json'), 'utf8') === readFileSync(path.join(siteDir, 'package-lock.json'), 'utf8');
    if (sameLock) symlinkSync(path.join(siteDir, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    else run('npm', ['ci', '--no-audit', '--no-fund'], {cwd: checkout, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024});
    console.log(`Building ${name} for the before/after Lighthouse runs…`);
    const docusaurus = path.join(checkout, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
    run(process.execPath, [docusaurus, 'build', '--out-dir', buildDir], {
      cwd: checkout,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    run('git', ['worktree', 'remove', '--force', checkout]);
  }
  return {name, dir: buildDir};
}
