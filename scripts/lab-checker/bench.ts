/**
 * For `npm run bench`: runs the full lab check in a child process and returns its report.
 * Cold = a fresh cache home (private daemon data-root, stand-ins, Compose all rebuilt);
 * warm = the same cache home again.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {run} from './proc';
import {repoRoot} from './paths';
import {benchFigures, readReport, type BenchFigures} from './report';

export interface LabCheckRun {
  readonly exitCode: number;
  readonly figures: BenchFigures;
}

/** `cacheHome` becomes XDG_CACHE_HOME; omit it to use the normal cache. */
export async function runLabCheck(options: {readonly cacheHome?: string; readonly labIds?: readonly string[]} = {}): Promise<LabCheckRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'labcheck-bench-'));
  try {
    const reportFile = path.join(dir, 'report.json');
    const env = options.cacheHome ? {...process.env, XDG_CACHE_HOME: options.cacheHome} : process.env;
    const result = await run(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [path.join(repoRoot, 'scripts', 'lab-checker', 'cli.ts'), '--report', reportFile, ...(options.labIds ?? [])],
      {cwd: repoRoot, env, echo: true},
    );
    return {exitCode: result.code, figures: benchFigures(readReport(reportFile))};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Cold then warm, on a throw-away cache home that is removed afterwards. */
export async function coldAndWarm(labIds: readonly string[] = []): Promise<{cold: LabCheckRun; warm: LabCheckRun}> {
  const cacheHome = mkdtempSync(path.join(tmpdir(), 'labcheck-cold-'));
  try {
    const cold = await runLabCheck({cacheHome, labIds});
    const warm = await runLabCheck({cacheHome, labIds});
    return {cold, warm};
  } finally {
    rmSync(cacheHome, {recursive: true, force: true});
  }
}
