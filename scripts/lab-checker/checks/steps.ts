/**
 * Runs the students' steps in order, in a temporary copy of the solution folder, so the commands
 * the lab page shows are the ones proven to work.
 */
import {cpSync, mkdtempSync} from 'node:fs';
import path from 'node:path';
import {isAborted, run, tail} from '../proc';
import {progress} from '../log';
import {shown, type LabContext} from '../context';
import type {LabStep, StepsCheck} from '../manifest';
import {failed, passed, type CheckOutcome} from './outcome';
import {containerLogs, prepareResources, removeResources} from './resources';

/** What the checker runs for a step in a given world: the page's command or its stand-in. */
export function commandToRun(step: LabStep, world: 'online' | 'offline'): string {
  if (world === 'offline' && step.offlineCheck) return step.offlineCheck;
  return step.check ?? step.command;
}

export async function stepsCheck(ctx: LabContext, check: StepsCheck): Promise<CheckOutcome[]> {
  const steps = ctx.lab.steps ?? [];
  const solutionDir = path.join(ctx.labDir, 'solution');
  const workDir = mkdtempSync(path.join(ctx.workDir, 'steps-'));
  cpSync(solutionDir, workDir, {recursive: true});
  const outcomes: CheckOutcome[] = [];
  const blocked = await prepareResources(ctx, ctx.lab.resources);
  if (blocked) return [failed({name: check.name, kind: 'steps'}, 0, blocked)];
  try {
    let failedStep: string | undefined;
    for (const step of steps) {
      const base = {name: `step ${step.id}`, kind: 'steps' as const};
      if (step.run === false || failedStep || isAborted()) {
        const reason = isAborted() ? 'interrupted' : failedStep ? `after failed step ${failedStep}` : 'not run (run: false)';
        outcomes.push({...base, status: 'skip', seconds: 0, reason});
        continue;
      }
      const command = commandToRun(step, ctx.world);
      const result = await run('bash', ['-c', command], {cwd: workDir, env: ctx.env, timeoutSeconds: check.timeoutSeconds ?? 300});
      const reproduce = `cd ${shown(solutionDir)} && ${command}`;
      let reason: string | undefined;
      if (result.timedOut) reason = `\`${command}\` did not finish within ${check.timeoutSeconds ?? 300}s`;
      else if (result.code !== 0) reason = `\`${command}\` exited with ${result.code}:\n${tail(result.output, 15)}`;
      else if (step.expect && !result.output.includes(step.expect)) {
        reason = `\`${command}\` printed no ${JSON.stringify(step.expect)}; its output was:\n${tail(result.output, 15) || '(no output)'}`;
      }
      progress(`${ctx.lab.id} › step ${step.id} … ${reason ? 'FAILED' : 'ok'} (${result.seconds}s)`);
      if (reason) {
        failedStep = step.id;
        outcomes.push(failed(base, result.seconds, reason, {reproduce, logs: await containerLogs(ctx, ctx.lab.resources)}));
      } else {
        outcomes.push(passed(base, result.seconds));
      }
    }
    return outcomes;
  } finally {
    await removeResources(ctx, ctx.lab.resources);
  }
}
