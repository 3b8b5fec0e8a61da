/** Executes a notebook headless inside a lab image; it must run top to bottom and write its files. */
import {run, tail} from '../proc';
import {RUN_LABEL, runName, type LabContext} from '../context';
import type {NotebookCheck} from '../manifest';
import {failed, passed, type CheckOutcome} from './outcome';
import {reproduceRun} from './run-output';

/** Runs in the container's shell; the notebook and files arrive as arguments, never spliced in. */
const SCRIPT =
  'nb="$1"; shift; jupyter nbconvert --to notebook --execute --output /tmp/executed.ipynb "$nb" || exit 1; ' +
  'for f in "$@"; do test -e "$f" || { echo "missing file after execution: $f"; exit 1; }; done';

export async function notebookCheck(ctx: LabContext, check: NotebookCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  const tag = ctx.imageTags.get(check.image);
  if (!tag) return failed(base, 0, `image "${check.image}" did not build, so it cannot run`);
  const args = ['sh', '-c', SCRIPT, 'sh', check.notebook, ...(check.expectFiles ?? [])];
  const result = await run(
    ctx.docker,
    ['run', '--rm', '--name', runName(ctx, check.name), '--label', `${RUN_LABEL}=${ctx.runId}`, tag, ...args],
    {env: ctx.env, timeoutSeconds: check.timeoutSeconds ?? 600},
  );
  if (result.code !== 0) {
    return failed(base, result.seconds, `executing ${check.notebook} failed (exit ${result.code}):\n${tail(result.output, 25)}`, {
      reproduce: reproduceRun(ctx, check.image, [check.image, 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', check.notebook]),
    });
  }
  return passed(base, result.seconds);
}
