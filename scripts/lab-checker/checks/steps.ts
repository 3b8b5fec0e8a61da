/**
 * Runs the students' steps in order, in a temporary copy of the solution folder, so the commands
 * the lab page shows are the ones proven to work. Steps that share the folder with a container are
 * run as the student they are written for (see host-user.ts), and a step's Linux variant for other
 * user ids is run again as such a student.
 */
import {chmodSync, cpSync, mkdtempSync} from 'node:fs';
import path from 'node:path';
import {isAborted, tail, type RunResult} from '../proc';
import {progress} from '../log';
import {shown, type LabContext} from '../context';
import type {LabStep, StepsCheck} from '../manifest';
import {busyPortProblems, publishedPorts} from './host-ports';
import {currentUser, imageUidStudent, otherUidStudent, type HostStudent} from './host-user';
import {failed, passed, sequenceSkipReason, type CheckOutcome} from './outcome';
import {containerLogs, prepareResources, removeResources} from './resources';

/** What the checker runs for a step in a given world: the page's command or its stand-in. */
export function commandToRun(step: LabStep, world: 'online' | 'offline'): string {
  if (world === 'offline' && step.offlineCheck) return step.offlineCheck;
  return step.check ?? step.command;
}

/** Why one run of a step's command fails it, or undefined when it passes. */
export function stepFailure(step: LabStep, command: string, result: RunResult, who: string, timeoutSeconds: number): string | undefined {
  if (result.timedOut) return `\`${command}\`${who} did not finish within ${timeoutSeconds}s`;
  if (result.code !== 0) return `\`${command}\`${who} exited with ${result.code}:\n${tail(result.output, 15)}`;
  if (step.expect && !result.output.includes(step.expect)) {
    return `\`${command}\`${who} printed no ${JSON.stringify(step.expect)}; its output was:\n${tail(result.output, 15) || '(no output)'}`;
  }
  return undefined;
}

/**
 * Runs a step's command once, or, for a `retryFor` step, again every second until it passes or
 * the time is up (the last failure is the reason then, with how long the checker waited).
 */
export async function runStep(
  step: LabStep,
  command: string,
  runOnce: () => Promise<RunResult>,
  who: string,
  timeoutSeconds: number,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<{reason: string | undefined; seconds: number; tries: number}> {
  const started = Date.now();
  // Counted in tries a second apart, not by the clock: a slow command still gets its tries.
  const maxTries = step.retryFor ?? 1;
  let tries = 0;
  for (;;) {
    const result = await runOnce();
    tries += 1;
    const reason = stepFailure(step, command, result, who, timeoutSeconds);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    if (!reason || isAborted()) return {reason, seconds, tries};
    if (tries >= maxTries) {
      const waited = step.retryFor === undefined ? '' : `\n(tried ${tries} times, a second apart, as the page tells students to)`;
      return {reason: reason + waited, seconds, tries};
    }
    await pause(1000);
  }
}

/** The run of consecutive `mountsFolder` steps that holds `steps[index]`: a Linux variant replays it. */
export function mountedGroup(steps: readonly LabStep[], index: number): LabStep[] {
  let start = index;
  while (start > 0 && steps[start - 1]?.mountsFolder) start -= 1;
  let end = index;
  while (end < steps.length - 1 && steps[end + 1]?.mountsFolder) end += 1;
  return steps.slice(start, end + 1);
}

/** The steps of one pass: the page's order, then each Linux variant's group with the variant swapped in. */
interface Pass {
  readonly suffix: string;
  readonly steps: readonly LabStep[];
  readonly student: (folder: string) => HostStudent | string;
}

export async function stepsCheck(ctx: LabContext, check: StepsCheck): Promise<CheckOutcome[]> {
  const steps = ctx.lab.steps ?? [];
  const solutionDir = path.join(ctx.labDir, 'solution');
  const workDir = mkdtempSync(path.join(ctx.workDir, 'steps-'));
  cpSync(solutionDir, workDir, {recursive: true});
  // Searchable by another user: a pass below may run as one (the folder itself is handed over).
  chmodSync(ctx.workDir, 0o711);
  const blocked = await prepareResources(ctx, ctx.lab.resources);
  if (blocked) return [failed({name: check.name, kind: 'steps'}, 0, blocked)];
  const ports = steps
    .filter((step) => step.run !== false)
    .flatMap((step) => [...publishedPorts(step, commandToRun(step, ctx.world)), ...publishedPorts(step, step.linuxOtherUser ?? '')]);
  const busy = await busyPortProblems(ports);
  if (busy.length > 0) return [failed({name: check.name, kind: 'steps'}, 0, busy.join('\n'))];

  const passes: Pass[] = [{suffix: '', steps, student: (folder) => imageUidStudent(ctx, folder)}];
  steps.forEach((step, index) => {
    if (step.linuxOtherUser === undefined || step.run === false) return;
    const group = mountedGroup(steps, index).map((s) => (s === step ? {...s, command: step.linuxOtherUser ?? s.command, check: undefined} : s));
    passes.push({suffix: ' (Linux, another user id)', steps: group, student: (folder) => otherUidStudent(ctx, folder)});
  });

  // Steps that mount nothing run as the checker's own user: who that is does not matter to them.
  const checkerItself = currentUser(ctx);
  const outcomes: CheckOutcome[] = [];
  try {
    let failedStep: string | undefined;
    for (const pass of passes) {
      // The folder is handed to a pass's student only when its first mounted step comes.
      let student: HostStudent | string | undefined;
      for (const step of pass.steps) {
        const base = {name: `step ${step.id}${pass.suffix}`, kind: 'steps' as const};
        if (step.run === false || failedStep || isAborted()) {
          outcomes.push({...base, status: 'skip', seconds: 0, reason: sequenceSkipReason({aborted: isAborted(), failedStep, notRunBecause: step.notRunBecause})});
          continue;
        }
        if (step.mountsFolder) student ??= pass.student(workDir);
        const runner = step.mountsFolder ? student : checkerItself;
        if (typeof runner !== 'object') {
          outcomes.push({...base, status: 'skip', seconds: 0, reason: runner ?? 'no student to run it as'});
          continue;
        }
        const command = commandToRun(step, ctx.world);
        const timeoutSeconds = check.timeoutSeconds ?? 300;
        const who = step.mountsFolder ? ` as ${runner.label}` : '';
        const cwd = step.mountsFolder ? (runner.folder ?? workDir) : workDir;
        const {reason, seconds, tries} = await runStep(step, command, () => runner.run(command, cwd, timeoutSeconds), `${who}`, timeoutSeconds);
        const reproduce = `cd ${shown(solutionDir)} && ${command}`;
        const triesNote = tries > 1 ? `, ${tries} tries` : '';
        progress(`${ctx.lab.id} › step ${step.id}${pass.suffix}${who} … ${reason ? 'FAILED' : 'ok'} (${seconds}s${triesNote})`);
        if (reason) {
          failedStep = `${step.id}${pass.suffix}`;
          outcomes.push(failed(base, seconds, reason, {reproduce, logs: await containerLogs(ctx, ctx.lab.resources)}));
        } else if (runner.preparedBy) {
          outcomes.push({...passed(base, seconds), ranInstead: `${command} (${runner.preparedBy})`});
        } else if (command !== step.command) {
          // Passed, but through an equivalent: the report says which command really ran.
          outcomes.push({...passed(base, seconds), ranInstead: command});
        } else {
          outcomes.push(passed(base, seconds));
        }
      }
    }
    return outcomes;
  } finally {
    await removeResources(ctx, ctx.lab.resources);
  }
}
