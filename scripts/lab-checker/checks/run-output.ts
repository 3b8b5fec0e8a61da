/** Run a container of a lab image; its output must contain the expected text, its exit code match. */
import path from 'node:path';
import {run, shellQuote, tail} from '../proc';
import {RUN_LABEL, runName, shown, type LabContext} from '../context';
import type {RunOutputCheck} from '../../../lib/labs/manifest';
import {failed, missingText, passed, type CheckOutcome} from './outcome';

function envArgs(env: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
}

export function reproduceRun(ctx: LabContext, imageName: string, runArgs: readonly string[]): string {
  const image = ctx.lab.images.find((candidate) => candidate.name === imageName);
  const contextDir = path.join(ctx.labDir, 'solution', image?.context ?? '.');
  return [`docker build -t ${imageName} ${shown(contextDir)}`, ['docker', 'run', '--rm', ...runArgs.map(shellQuote)].join(' ')].join(
    ' && ',
  );
}

export async function runOutputCheck(ctx: LabContext, check: RunOutputCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  const tag = ctx.imageTags.get(check.image);
  if (!tag) return failed(base, 0, `image "${check.image}" did not build, so it cannot run`);
  const name = runName(ctx, check.name);
  const shownArgs = [...envArgs(check.env), check.image, ...(check.args ?? [])];
  const result = await run(
    ctx.docker,
    ['run', '--rm', '--name', name, '--label', `${RUN_LABEL}=${ctx.runId}`, ...envArgs(check.env), tag, ...(check.args ?? [])],
    {env: ctx.env, timeoutSeconds: check.timeoutSeconds ?? 120},
  );
  const reproduce = reproduceRun(ctx, check.image, shownArgs);
  if (result.timedOut)
    return failed(base, result.seconds, `the container did not finish within ${check.timeoutSeconds ?? 120}s`, {reproduce});
  const expectedCode = check.expectExitCode ?? 0;
  if (result.code !== expectedCode) {
    // The output goes into the reason too: it is what says why (a missing file, a traceback).
    const output = tail(result.output, 15) || '(no output)';
    return failed(base, result.seconds, `the container exited with ${result.code}, expected ${expectedCode}; its output was:\n${output}`, {
      reproduce,
    });
  }
  const missing = missingText(check.expectOutput, result.output);
  if (missing) return failed(base, result.seconds, missing, {reproduce});
  return passed(base, result.seconds);
}
