import {relative} from 'node:path';
import {sortFindings} from './run-rules.js';
import type {Finding, SkippedRule} from './types.js';

export interface FormatOptions {
  /** Show paths relative to this folder (e.g. the repository root). */
  relativeTo?: string;
  /** Rules that could not run (from `lintLabsReport`): listed after the findings, with their reasons. */
  skipped?: readonly SkippedRule[];
}

/**
 * One finding per line, `path:line  severity  rule-id  message`, grouped by file
 * order, then a count — readable in a terminal and in CI logs alike. Rules that could not run
 * come last, one line per rule and reason, so a clean result never hides them.
 */
export function formatFindings(findings: readonly Finding[], options: FormatOptions = {}): string {
  const notRun = skippedLines(options.skipped ?? []);
  if (findings.length === 0) return ['Lab material lint: no problems found.', ...notRun].join('\n');
  const lines = sortFindings(findings).map((f) => {
    const path = options.relativeTo !== undefined ? relative(options.relativeTo, f.file) : f.file;
    return `${path}:${f.line}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${f.message}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  lines.push(`Lab material lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return [...lines, ...notRun].join('\n');
}

/** "Not run: script-shellcheck on 3 files: <reason>.", once per rule and reason. */
function skippedLines(skipped: readonly SkippedRule[]): string[] {
  const groups: {ruleId: string; reason: string; files: Set<string>}[] = [];
  for (const skip of skipped) {
    const group = groups.find((g) => g.ruleId === skip.ruleId && g.reason === skip.reason);
    if (group) group.files.add(skip.file);
    else groups.push({ruleId: skip.ruleId, reason: skip.reason, files: new Set([skip.file])});
  }
  return groups.map((g) => `Not run: ${g.ruleId} on ${plural(g.files.size, 'file')}: ${g.reason}.`);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
