/**
 * The lab material linter as a check: every Dockerfile and Compose file of the lab (starter and
 * solution) must follow the course's conventions, and Compose files must pass `docker compose config`.
 */
import {formatFindings, hasErrors, lintLabs} from '../lint/index';
import type {LabContext} from '../context';
import {failed, passed, type CheckOutcome} from './outcome';

export async function lintCheck(ctx: Omit<LabContext, 'imageTags'>): Promise<CheckOutcome> {
  const started = Date.now();
  const base = {name: 'lab material follows the course conventions', kind: 'lint' as const};
  const composeConfig = ctx.composeVersion ? {command: ctx.docker, env: ctx.env} : undefined;
  const findings = await lintLabs(ctx.labDir, {composeConfig});
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  if (!hasErrors(findings)) return passed(base, seconds);
  return failed(base, seconds, formatFindings(findings, {relativeTo: process.cwd()}), {
    reproduce: `npx tsx -e "import {lintLabs, formatFindings} from './scripts/lab-checker/lint/index'; lintLabs('${ctx.labDir}').then((f) => console.log(formatFindings(f)))"`,
  });
}
