import { relative } from 'node:path';
import { sortFindings } from './run-rules.js';
import type { Finding } from './types.js';

export interface FormatOptions {
  /** Show paths relative to this folder (e.g. the repository root). */
  relativeTo?: string;
}

/**
 * One finding per line, `path:line  severity  rule-id  message`, grouped by file
 * order, then a count — readable in a terminal and in CI logs alike.
 */
export function formatFindings(findings: readonly Finding[], options: FormatOptions = {}): string {
  if (findings.length === 0) return 'Lab material lint: no problems found.';
  const lines = sortFindings(findings).map((f) => {
    const path = options.relativeTo !== undefined ? relative(options.relativeTo, f.file) : f.file;
    return `${path}:${f.line}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${f.message}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  lines.push(`Lab material lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return lines.join('\n');
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
