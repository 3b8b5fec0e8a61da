/** Runs the lab's own student self-check, as students do, in a temporary copy of the lab. */
import {cpSync, mkdtempSync} from 'node:fs';
import path from 'node:path';
import {run, tail} from '../proc';
import {shown, type LabContext} from '../context';
import type {SelfCheck} from '../manifest';
import {failed, missingText, passed, type CheckOutcome} from './outcome';
import {removeResources} from './resources';

export async function selfCheck(ctx: LabContext, check: SelfCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  const copy = mkdtempSync(path.join(ctx.workDir, 'self-check-'));
  cpSync(ctx.labDir, copy, {recursive: true});
  const timeoutSeconds = check.timeoutSeconds ?? 600;
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const reproduceWith = (args: readonly string[]): string => `cd ${shown(ctx.labDir)} && bash ${[check.script, ...args].join(' ')}`;
  try {
    const result = await run('bash', [check.script, ...check.args], {cwd: copy, env: ctx.env, timeoutSeconds});
    const reproduce = reproduceWith(check.args);
    if (result.code !== 0) {
      return failed(base, seconds(), `${check.script} ${check.args.join(' ')} exited with ${result.code}:\n${tail(result.output, 20)}`, {reproduce});
    }
    const missing = missingText(check.expectOutput ?? [], result.output);
    if (missing) return failed(base, seconds(), missing, {reproduce});
    // The self-check must be able to fail: on the unfinished starter it has to say so.
    for (const args of check.mustFailWith ?? []) {
      const negative = await run('bash', [check.script, ...args], {cwd: copy, env: ctx.env, timeoutSeconds});
      if (negative.code === 0) {
        return failed(base, seconds(), `${check.script} ${args.join(' ')} passed, but it must fail there (it cannot catch mistakes):\n${tail(negative.output, 10)}`, {
          reproduce: reproduceWith(args),
        });
      }
    }
    return passed(base, seconds());
  } finally {
    await removeResources(ctx, ctx.lab.resources);
  }
}
