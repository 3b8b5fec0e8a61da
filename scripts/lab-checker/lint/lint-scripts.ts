import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {knownRuleIds, scriptRules} from './registry.js';
import {runRules} from './run-rules.js';
import type {ScriptTools} from './scripts/rule.js';
import type {Finding, LintResult, RuleHit, SkippedRule} from './types.js';

/**
 * Lints one student-facing script; `# lint-ignore` directives work as in Dockerfiles. A rule whose
 * program is missing here (ShellCheck) does not run, and is listed in `skipped` with the reason.
 */
export async function lintScriptReport(file: string, tools: ScriptTools = {}): Promise<LintResult> {
  const text = await readFile(file, 'utf8');
  const applicable = scriptRules.filter((rule) => rule.appliesTo(basename(file)));
  const reasons = await Promise.all(applicable.map((rule) => rule.unavailable?.(tools) ?? Promise.resolve(undefined)));
  const skipped: SkippedRule[] = [];
  const rules = applicable.filter((rule, index) => {
    const reason = reasons[index];
    if (reason !== undefined) skipped.push({file, ruleId: rule.id, reason});
    return reason === undefined;
  });
  // The rules parse asynchronously; the shared runner is synchronous, so it gets their hits ready-made.
  const hits = await Promise.all(rules.map((rule) => rule.check(file, text, tools)));
  const ready = rules.map((rule, index) => ({...rule, check: (): RuleHit[] => hits[index] ?? []}));
  return {findings: runRules(file, text, ready, undefined, knownRuleIds), skipped};
}

/** The findings of `lintScriptReport`; rules that could not run here are left out (see its `skipped`). */
export async function lintScript(file: string, tools: ScriptTools = {}): Promise<Finding[]> {
  return (await lintScriptReport(file, tools)).findings;
}
