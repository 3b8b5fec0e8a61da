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
import type {LabStep, StepsCheck} from '../../../lib/labs/manifest';
import {boxIsCaptured, boxOf, boxProblem} from '../../../lib/labs/boxes';
import {screenshot, takingScreenshots} from '../captures/screenshots';
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
): Promise<{reason: string | undefined; seconds: number; tries: number; output: string}> {
  const started = Date.now();
  // Counted in tries a second apart, not by the clock: a slow command still gets its tries.
  const maxTries = step.retryFor ?? 1;
  let tries = 0;
  for (;;) {
    const result = await runOnce();
    tries += 1;
    const reason = stepFailure(step, command, result, who, timeoutSeconds);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    if (!reason || isAborted()) return {reason, seconds, tries, output: result.output};
    if (tries >= maxTries) {
      const waited = step.retryFor === undefined ? '' : `\n(tried ${tries} times, a second apart, as the page tells students to)`;
      return {reason: reason + waited, seconds, tries, output: result.output};
    }
    await pause(1000);
  }
}

/** The box a step's outcome carries into the report, when it has one (a step that printed nothing has none). */
function boxOutcome(step: LabStep, box: string | undefined): Pick<CheckOutcome, 'box'> {
  return box ? {box: {step: step.id, text: box}} : {};
}

/**
 * With `--capture`, the pictures due after `done` (a step's own, or another's that names it in
 * `after`), taken from the containers the steps so far left running.
 */
async function picturesAfter(steps: readonly LabStep[], done: LabStep): Promise<CheckOutcome[]> {
  if (!takingScreenshots()) return [];
  const due = steps.flatMap((step) => (step.screenshots ?? []).filter((shot) => (shot.after ?? step.id) === done.id));
  const outcomes: CheckOutcome[] = [];
  for (const shot of due) {
    const started = Date.now();
    const problem = await screenshot(shot);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    progress(`  picture ${shot.file} … ${problem ? 'FAILED' : 'ok'} (${seconds}s)`);
    const base = {name: `picture ${shot.file}`, kind: 'picture' as const};
    outcomes.push(problem ? failed(base, seconds, problem) : passed(base, seconds));
  }
  return outcomes;
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
    const group = mountedGroup(steps, index).map((s) =>
      s === step ? {...s, command: step.linuxOtherUser ?? s.command, check: undefined} : s,
    );
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
          outcomes.push({
            ...base,
            status: 'skip',
            seconds: 0,
            reason: sequenceSkipReason({aborted: isAborted(), failedStep, notRunBecause: step.notRunBecause}),
          });
          if (pass.suffix === '' && !failedStep && !isAborted()) outcomes.push(...(await picturesAfter(steps, step)));
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
        const ran = await runStep(step, command, () => runner.run(command, cwd, timeoutSeconds), `${who}`, timeoutSeconds);
        const {seconds, tries} = ran;
        // The first pass runs the page's order: its output is what the page's box shows.
        const box = !ran.reason && pass.suffix === '' && boxIsCaptured(step) ? boxOf(step, ran.output) : undefined;
        const reason = ran.reason ?? (box === undefined ? undefined : boxProblem(step, box));
        const reproduce = `cd ${shown(solutionDir)} && ${command}`;
        const triesNote = tries > 1 ? `, ${tries} tries` : '';
        progress(`${ctx.lab.id} › step ${step.id}${pass.suffix}${who} … ${reason ? 'FAILED' : 'ok'} (${seconds}s${triesNote})`);
        if (reason) {
          failedStep = `${step.id}${pass.suffix}`;
          outcomes.push(failed(base, seconds, reason, {reproduce, logs: await containerLogs(ctx, ctx.lab.resources)}));
        } else if (runner.preparedBy) {
          outcomes.push({...passed(base, seconds), ranInstead: `${command} (${runner.preparedBy})`, ...boxOutcome(step, box)});
        } else if (command !== step.command) {
          // Passed, but through an equivalent: the report says which command really ran.
          outcomes.push({...passed(base, seconds), ranInstead: command});
        } else {
          outcomes.push({...passed(base, seconds), ...boxOutcome(step, box)});
        }
        if (!reason && pass.suffix === '') outcomes.push(...(await picturesAfter(steps, step)));
      }
    }
    return outcomes;
  } finally {
    await removeResources(ctx, ctx.lab.resources);
  }
}
