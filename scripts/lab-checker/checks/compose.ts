/** `docker compose up --wait` on a solution's compose.yaml, scripted checks, then `down -v`. */
import {cpSync, mkdtempSync} from 'node:fs';
import path from 'node:path';
import {run, tail} from '../proc';
import {runName, shown, type LabContext} from '../context';
import type {ComposeCheck} from '../manifest';
import {COMPOSE_V2_MISSING} from '../engine/compose';
import {failed, passed, type CheckOutcome} from './outcome';

export async function composeCheck(ctx: LabContext, check: ComposeCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  if (!ctx.composeVersion) return failed(base, 0, COMPOSE_V2_MISSING);
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const copy = mkdtempSync(path.join(ctx.workDir, 'compose-'));
  cpSync(path.join(ctx.labDir, 'solution'), copy, {recursive: true});
  const dir = path.join(copy, check.dir);
  // A project name unique to the run keeps its containers, networks and volumes apart; set in
  // the environment, so the scripts' own `docker compose …` commands address the same project.
  const env = {...ctx.env, COMPOSE_PROJECT_NAME: runName(ctx, check.name)};
  const compose = (args: readonly string[], timeoutSeconds = 600) =>
    run(ctx.docker, ['compose', ...args], {cwd: dir, env, timeoutSeconds});
  const reproduce = `cd ${shown(path.join(ctx.labDir, 'solution', check.dir))} && docker compose up --build --wait`;
  try {
    const up = await compose(['up', '--build', '--wait', '--detach'], check.timeoutSeconds ?? 900);
    if (up.code !== 0) {
      const logs = await compose(['logs', '--no-color', '--tail', '80']);
      return failed(base, seconds(), `docker compose up --wait failed (exit ${up.code}):\n${tail(up.output, 25)}`, {logs: logs.output, reproduce});
    }
    for (const script of check.scripts) {
      const result = await run('bash', ['-c', script], {cwd: dir, env, timeoutSeconds: 300});
      if (result.code !== 0) {
        const logs = await compose(['logs', '--no-color', '--tail', '80']);
        return failed(base, seconds(), `\`${script}\` exited with ${result.code}:\n${tail(result.output, 20)}`, {logs: logs.output, reproduce});
      }
    }
    return passed(base, seconds());
  } finally {
    await compose(['down', '--volumes', '--rmi', 'local', '--remove-orphans']);
  }
}
