/** Shared types of the lab-material linter. */

export type Severity = 'error' | 'warning';

/** One problem in one file, pointing at the line a student should edit. */
export interface Finding {
  /** Path of the linted file, as it was given to the linter. */
  file: string;
  /** 1-based line number. */
  line: number;
  ruleId: string;
  severity: Severity;
  /** What is wrong and what to do about it. */
  message: string;
}

/** A rule that did not run on a file because a program it needs is missing here: not a pass. */
export interface SkippedRule {
  file: string;
  ruleId: string;
  /** Why, and what to install. */
  reason: string;
}

/** Everything a lint run found, and every rule it could not run. */
export interface LintResult {
  findings: Finding[];
  skipped: SkippedRule[];
}

/** What a rule reports; the runner adds file, rule id and severity. */
export interface RuleHit {
  line: number;
  message: string;
}

export interface RuleMeta {
  id: string;
  /** One line, shown in docs and `--list-rules` style output. */
  description: string;
  severity: Severity;
}

/**
 * A rule one file is exempt from, kept in the lab's data (its manifest's `lintExemptions`) instead
 * of a `# lint-ignore-file` comment in a file students read. Silences the rules in the whole file.
 */
export interface LintExemption {
  /** The file, relative to the folder being linted. */
  readonly file: string;
  readonly rules: readonly string[];
  readonly reason: string;
}
