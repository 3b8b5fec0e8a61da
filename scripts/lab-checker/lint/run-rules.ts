/** Runs a file's rules, applies `# lint-ignore` directives, and turns hits into findings. */
import {ignoreDirectiveValid} from './ignore-directive-rule.js';
import {isSilenced, parseIgnoreDirectives} from './shared/ignore-directives.js';
import type {Finding, RuleHit, RuleMeta} from './types.js';

export interface Checkable<Context> extends RuleMeta {
  check(context: Context): RuleHit[];
}

export function runRules<Context>(
  file: string,
  text: string,
  rules: ReadonlyArray<Checkable<Context>>,
  context: Context,
  knownRuleIds: ReadonlySet<string>,
): Finding[] {
  const {directives, problems} = parseIgnoreDirectives(text, knownRuleIds);
  const ruleFindings = rules.flatMap((rule) =>
    rule
      .check(context)
      .filter((hit) => !isSilenced(directives, rule.id, hit.line))
      .map((hit) => toFinding(file, rule, hit)),
  );
  const directiveFindings = problems.map((problem) => toFinding(file, ignoreDirectiveValid, problem));
  return sortFindings([...ruleFindings, ...directiveFindings]);
}

export function toFinding(file: string, rule: RuleMeta, hit: RuleHit): Finding {
  return {file, line: hit.line, ruleId: rule.id, severity: rule.severity, message: hit.message};
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
