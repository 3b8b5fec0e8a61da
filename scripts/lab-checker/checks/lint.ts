/**
 * The lab material linter as a check: every Dockerfile, Compose file and script of the lab (starter
 * and solution) must follow the course's conventions, apart from the exemptions the lab's manifest
 * gives (`lintExemptions`), and Compose files must pass `docker compose config`. A lint rule that
 * cannot run here (ShellCheck or Compose not installed) is its own skipped check, with the reason,
 * so the lab's result says so; with REQUIRE_SHELLCHECK=1 or REQUIRE_DOCKER_COMPOSE=1 that is a
 * failure instead.
 */
import {formatFindings, hasErrors, lintLabsReport, type SkippedRule} from '../lint/index';
import type {LabContext} from '../context';
import {failed, passed, type CheckOutcome} from './outcome';

/** Environment variables that turn a rule's missing program into a failure, by rule id. */
const REQUIRED_BY: Readonly<Record<string, string>> = {
  'script-shellcheck': 'REQUIRE_SHELLCHECK',
  'compose-config-valid': 'REQUIRE_DOCKER_COMPOSE',
};

const NO_COMPOSE =
  'Docker Compose v2 is not available here (`docker compose version` fails): install the Compose plugin to run `docker compose config`';

export const LINT_CHECK_NAME = 'lab material follows the course conventions';
/** The name of the outcome of a rule that could not run here. */
export const LINT_RULE_PREFIX = 'lint rule ';

export async function lintCheck(ctx: Omit<LabContext, 'imageTags'>): Promise<CheckOutcome[]> {
  const started = Date.now();
  const base = {name: LINT_CHECK_NAME, kind: 'lint' as const};
  const composeConfig = ctx.composeVersion ? {command: ctx.docker, env: ctx.env} : {unavailable: NO_COMPOSE};
  const {findings, skipped} = await lintLabsReport(ctx.labDir, {composeConfig, exemptions: ctx.lab.lintExemptions ?? []});
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const lint = hasErrors(findings)
    ? failed(base, seconds, formatFindings(findings, {relativeTo: process.cwd(), skipped}), {
        reproduce: `npx tsx -e "import {lintLabs, formatFindings} from './scripts/lab-checker/lint/index'; import lab from '${ctx.labDir}/lab'; lintLabs('${ctx.labDir}', {exemptions: lab.lintExemptions}).then((f) => console.log(formatFindings(f)))"`,
      })
    : passed(base, seconds);
  return [lint, ...skippedRuleOutcomes(skipped)];
}

/** One outcome per rule that could not run: skipped with its reason, or failed where it is required. */
export function skippedRuleOutcomes(skipped: readonly SkippedRule[], env: NodeJS.ProcessEnv = process.env): CheckOutcome[] {
  const ruleIds = [...new Set(skipped.map((skip) => skip.ruleId))];
  return ruleIds.map((ruleId) => {
    const mine = skipped.filter((skip) => skip.ruleId === ruleId);
    const files = new Set(mine.map((skip) => skip.file)).size;
    const reasons = [...new Set(mine.map((skip) => skip.reason))].join('; ');
    const name = `${LINT_RULE_PREFIX}${ruleId}`;
    const reason = `not run on ${files} file${files === 1 ? '' : 's'}: ${reasons}`;
    const required = REQUIRED_BY[ruleId];
    if (required !== undefined && env[required] === '1')
      return failed({name, kind: 'lint'}, 0, `${required}=1, but the rule was ${reason}`);
    return {name, kind: 'lint', status: 'skip', seconds: 0, reason};
  });
}
