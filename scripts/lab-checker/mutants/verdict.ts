/** Whether the checker killed a mutant: each named check failed, with the text that names what broke. */
import type {LabReport} from '../report';
import {isSequenceSkip} from '../checks/outcome';
import type {Mutant} from './mutant';
import type {LeadingChecks} from '../run-lab';
import {LINT_CHECK_NAME, LINT_RULE_PREFIX} from '../checks/lint';
import {STARTER_PREFIX} from '../starter';

export interface Verdict {
  readonly killed: boolean;
  /** Set when a named check was skipped here (offline, say): the mutant is then neither killed nor survived. */
  readonly skipped?: string;
  /** Why it survived: a named check that passed, was not run, or failed for another reason. */
  readonly problems: readonly string[];
  /** The first line of each named check's failure, to show that the reason fits the breakage. */
  readonly reasons: readonly string[];
}

export function verdict(mutant: Mutant, report: LabReport): Verdict {
  const problems: string[] = [];
  const reasons: string[] = [];
  const skips: string[] = [];
  for (const [name, wanted] of Object.entries(mutant.kills)) {
    const outcome = report.checks.find((check) => check.name === name);
    if (!outcome) {
      problems.push(`"${name}" was not run (check names: ${report.checks.map((check) => check.name).join(', ')})`);
      continue;
    }
    // Skipped after an earlier failure: something else broke first, so this is not the kill meant.
    if (outcome.status === 'skip' && isSequenceSkip(outcome.reason)) {
      problems.push(`"${name}" was skipped: ${outcome.reason ?? ''} (another check broke first)`);
      continue;
    }
    if (outcome.status === 'skip') {
      skips.push(`"${name}" was skipped: ${outcome.reason ?? 'no reason given'}`);
      continue;
    }
    if (outcome.status !== 'fail') {
      problems.push(`"${name}" passed`);
      continue;
    }
    const reason = outcome.reason ?? '';
    const missing = (typeof wanted === 'string' ? [wanted] : wanted).filter((text) => !reason.includes(text));
    if (missing.length > 0)
      problems.push(`"${name}" failed, but its reason lacks ${missing.map((text) => JSON.stringify(text)).join(', ')}:\n${reason}`);
    else reasons.push(`${name}: ${reason.split('\n')[0] ?? ''}`);
  }
  // Every check meant to kill it was skipped: not proven here, which is said, not counted as a kill.
  if (skips.length > 0 && problems.length === 0 && reasons.length === 0)
    return {killed: false, skipped: skips.join('; '), problems: [], reasons: []};
  problems.push(...skips);
  if (report.status !== 'fail') problems.push('the lab passed');
  return {killed: problems.length === 0, problems, reasons};
}

/** Check names a mutant names that a lab's manifest check carries (steps are `step <id>`). */
export function selectedCheckNames(mutant: Mutant, checkNames: readonly {name: string; kind: string}[]): Set<string> {
  const wanted = Object.keys(mutant.kills);
  const selected = new Set<string>();
  for (const check of checkNames) {
    const own = wanted.some((name) => name === check.name || name.startsWith(`${check.name} (`));
    const step = check.kind === 'steps' && wanted.some((name) => name.startsWith('step '));
    if (own || step) selected.add(check.name);
  }
  return selected;
}

/** The lint and starter checks run for a mutant only when it names one of their outcomes. */
export function leadingChecksFor(mutant: Mutant): LeadingChecks {
  const names = Object.keys(mutant.kills);
  return {
    lint: names.some((name) => name === LINT_CHECK_NAME || name.startsWith(LINT_RULE_PREFIX)),
    starter: names.some((name) => name.startsWith(STARTER_PREFIX)),
  };
}
