/** Where the checker keeps things between runs, and where the repository is. */
import {homedir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const checkerDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(checkerDir, '..', '..');
export const defaultLabsDir = path.join(repoRoot, 'labs');
export const reportPath = path.join(repoRoot, 'build', 'labs-report.json');

/** Kept between runs so CI re-runs on one machine reuse the private daemon's images. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.length > 0 ? env.XDG_CACHE_HOME : path.join(homedir(), '.cache');
  return path.join(base, 'docker-for-data-science');
}
