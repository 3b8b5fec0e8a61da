/** `docker compose up --wait` on a solution's compose.yaml, scripted checks, then `down -v`. */
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {run, tail} from '../proc';
import {repoRoot} from '../paths';
import {fillTodoRegions} from '../todo-regions';
import {runName, shown, type LabContext} from '../context';
import type {ComposeCheck} from '../../../lib/labs/manifest';
import {COMPOSE_V2_MISSING} from '../engine/compose';
import {failed, passed, type CheckOutcome} from './outcome';
import {freePort} from './host-ports';

/** Files under `dir` (relative paths), for finding the starter's marked regions. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, base);
    return entry.isFile() ? [path.relative(base, full)] : [];
  });
}

/**
 * The folder the stack runs from: a copy of the solution, or of the starter with every marked
 * TODO region (`# >>> name` … `# <<< name`, in compose.yaml, a script, a Dockerfile) filled from
 * the solution's file of the same path.
 */
function copyLab(ctx: LabContext, check: ComposeCheck): string {
  const copy = mkdtempSync(path.join(ctx.workDir, 'compose-'));
  cpSync(path.join(ctx.labDir, check.filledStarter ? 'starter' : 'solution'), copy, {recursive: true});
  if (check.filledStarter) {
    if (!existsSync(path.join(copy, check.dir, 'compose.yaml')))
      throw new Error(`the starter has no ${path.join(check.dir, 'compose.yaml')}`);
    let filled = 0;
    for (const file of filesUnder(copy)) {
      const text = readFileSync(path.join(copy, file), 'utf8');
      if (!/^\s*#\s*>>>/m.test(text)) continue;
      const solution = path.join(ctx.labDir, 'solution', file);
      if (!existsSync(solution)) throw new Error(`the starter's ${file} has TODO regions, but the solution has no ${file}`);
      writeFileSync(path.join(copy, file), fillTodoRegions(text, readFileSync(solution, 'utf8')));
      filled += 1;
    }
    if (filled === 0) throw new Error('the starter marks no TODO region (# >>> name … # <<< name) in any file');
  }
  return path.join(copy, check.dir);
}

/**
 * The names of failed tests in a test runner's output (Vitest's `FAIL  file > test`, Playwright's
 * `1) [chromium] › file › test`): a suite's last lines are its summary, which names none.
 */
export function failingTests(output: string): string[] {
  const lines = output.split('\n').map((line) => line.trim());
  const named = lines.filter((line) => /^(FAIL|×|✗)\s+\S.*>/.test(line) || /^\d+\) \[[^\]]+\] › /.test(line));
  return [...new Set(named)].slice(0, 10);
}

export async function composeCheck(ctx: LabContext, check: ComposeCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  if (!ctx.composeVersion) return failed(base, 0, COMPOSE_V2_MISSING);
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  let dir: string;
  try {
    dir = copyLab(ctx, check);
  } catch (error) {
    return failed(
      base,
      seconds(),
      `cannot fill the starter's TODO regions from the solution: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // A project name unique to the run keeps its containers, networks and volumes apart; set in
  // the environment, so the scripts' own `docker compose …` commands address the same project.
  // NO_COLOR: the scripts' output goes into reports and CI logs as plain text.
  const env: NodeJS.ProcessEnv = {...ctx.env, COMPOSE_PROJECT_NAME: runName(ctx, check.name), REPO_ROOT: repoRoot, NO_COLOR: '1'};
  if (check.portVariable) env[check.portVariable] = String(await freePort());
  const compose = (args: readonly string[], timeoutSeconds = 600) => run(ctx.docker, ['compose', ...args], {cwd: dir, env, timeoutSeconds});
  const folder = check.filledStarter ? 'starter' : 'solution';
  const reproduce = `cd ${shown(path.join(ctx.labDir, folder, check.dir))} && ${[...(check.prepare ?? []), 'docker compose up --build --wait'].join(' && ')}`;
  try {
    for (const script of check.prepare ?? []) {
      const result = await run('bash', ['-c', script], {cwd: dir, env, timeoutSeconds: 120});
      if (result.code !== 0)
        return failed(base, seconds(), `\`${script}\` (before up) exited with ${result.code}:\n${tail(result.output, 20)}`, {reproduce});
    }
    const up = await compose(['up', '--build', '--wait', '--detach'], check.timeoutSeconds ?? 900);
    if (up.code !== 0) {
      const logs = await compose(['logs', '--no-color', '--tail', '80']);
      return failed(base, seconds(), `docker compose up --wait failed (exit ${up.code}):\n${tail(up.output, 25)}`, {
        logs: logs.output,
        reproduce,
      });
    }
    for (const script of check.scripts) {
      const result = await run('bash', ['-c', script], {cwd: dir, env, timeoutSeconds: 900});
      if (result.code !== 0) {
        const logs = await compose(['logs', '--no-color', '--tail', '80']);
        const headlines = failingTests(result.output);
        const named = headlines.length > 0 ? `; failing:\n${headlines.join('\n')}\nits last lines:` : ':';
        return failed(base, seconds(), `\`${script}\` exited with ${result.code}${named}\n${tail(result.output, 20)}`, {
          logs: logs.output,
          reproduce,
        });
      }
    }
    return passed(base, seconds());
  } finally {
    await compose(['down', '--volumes', '--rmi', 'local', '--remove-orphans']);
  }
}
