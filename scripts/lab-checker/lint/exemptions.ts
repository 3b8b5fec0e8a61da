/**
 * Exemptions kept in a lab's data (its manifest's `lintExemptions`): each silences its rules in one
 * whole file. Held to the same standard as a `# lint-ignore-file` comment, and one more: an exemption
 * that names an unknown rule or gives no reason silences nothing and is reported, and so is one that
 * silences nothing, so that none outlives the gap it was written for.
 */
import {resolve} from 'node:path';
import {ignoreDirectiveValid} from './ignore-directive-rule.js';
import {knownRuleIds} from './registry.js';
import {toFinding} from './run-rules.js';
import type {Finding, LintExemption} from './types.js';

/** Why an exemption cannot apply, or undefined when it can. */
function problemOf(exemption: LintExemption): string | undefined {
  const unknown = exemption.rules.filter((id) => !knownRuleIds.has(id));
  if (exemption.rules.length === 0) return `The lint exemption of ${exemption.file} names no rule`;
  if (unknown.length > 0) return `Unknown rule id ${unknown.join(', ')} in the lint exemption of ${exemption.file}: check the spelling`;
  if (exemption.reason.trim() === '') return `The lint exemption of ${exemption.file} from ${exemption.rules.join(', ')} needs a reason`;
  return undefined;
}

/** `findings` without those the valid exemptions silence, plus a finding for each exemption that is not valid or silences nothing. */
export function applyExemptions(labsDir: string, findings: readonly Finding[], exemptions: readonly LintExemption[]): Finding[] {
  const kept = [...findings];
  const problems: Finding[] = [];
  for (const exemption of exemptions) {
    const file = resolve(labsDir, exemption.file);
    const problem = problemOf(exemption);
    if (problem !== undefined) {
      problems.push(toFinding(file, ignoreDirectiveValid, {line: 1, message: problem}));
      continue;
    }
    for (const rule of exemption.rules) {
      const silenced = kept.filter((finding) => finding.ruleId === rule && resolve(finding.file) === file);
      if (silenced.length === 0) {
        problems.push(
          toFinding(file, ignoreDirectiveValid, {
            line: 1,
            message: `The lint exemption of ${exemption.file} from ${rule} silences nothing: remove it from the lab's lintExemptions`,
          }),
        );
      }
      for (const finding of silenced) kept.splice(kept.indexOf(finding), 1);
    }
  }
  return [...kept, ...problems];
}
