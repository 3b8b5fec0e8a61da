/** Executes a notebook headless inside a lab image; it must run top to bottom and write its files. */
import {run, tail} from '../proc';
import {RUN_LABEL, runName, type LabContext} from '../context';
import type {NotebookCheck} from '../../../lib/labs/manifest';
import {failed, passed, type CheckOutcome} from './outcome';
import {reproduceRun} from './run-output';
import {handoffFolder} from '../handoff';

/** Where the container puts the files it hands over to later labs (a folder of the checker's). */
const HANDOFF_MOUNT = '/lab-checker-handoff';

/**
 * Runs in the container's shell; the notebook and files arrive as arguments, never spliced in:
 * the notebook, the files that must exist, then `--hand-off` and the files to hand over.
 */
const SCRIPT =
  'nb="$1"; shift; jupyter nbconvert --to notebook --execute --output /tmp/executed.ipynb "$nb" || exit 1; ' +
  'while [ $# -gt 0 ] && [ "$1" != --hand-off ]; do test -e "$1" || { echo "missing file after execution: $1"; exit 1; }; shift; done; ' +
  // umask 0: the checker, whatever its user, must be able to delete what the container wrote.
  `[ $# -gt 0 ] && shift; umask 0; for f in "$@"; do cp --parents "$f" ${HANDOFF_MOUNT}/ || exit 1; done`;

/** The container's arguments after the image: kept apart so a unit test can read them. */
export function notebookArgs(check: Pick<NotebookCheck, 'notebook' | 'expectFiles' | 'handOff'>): string[] {
  const handOff = check.handOff ?? [];
  return [
    'sh',
    '-c',
    SCRIPT,
    'sh',
    check.notebook,
    ...(check.expectFiles ?? []),
    ...(handOff.length > 0 ? ['--hand-off', ...handOff] : []),
  ];
}

export async function notebookCheck(ctx: LabContext, check: NotebookCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  const tag = ctx.imageTags.get(check.image);
  if (!tag) return failed(base, 0, `image "${check.image}" did not build, so it cannot run`);
  const mount = check.handOff?.length ? ['--volume', `${handoffFolder(ctx.runId, ctx.lab.id)}:${HANDOFF_MOUNT}`] : [];
  const result = await run(
    ctx.docker,
    ['run', '--rm', '--name', runName(ctx, check.name), '--label', `${RUN_LABEL}=${ctx.runId}`, ...mount, tag, ...notebookArgs(check)],
    {env: ctx.env, timeoutSeconds: check.timeoutSeconds ?? 600},
  );
  if (result.code !== 0) {
    return failed(base, result.seconds, `executing ${check.notebook} failed (exit ${result.code}):\n${tail(result.output, 25)}`, {
      reproduce: reproduceRun(ctx, check.image, [check.image, 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', check.notebook]),
    });
  }
  return passed(base, result.seconds);
}
