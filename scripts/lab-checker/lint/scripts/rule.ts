import type { RuleHit, RuleMeta } from '../types.js';

/** A rule about a student-facing script (`check.sh`, `check.ps1`); parsing is async, so rules are too. */
export interface ScriptRule extends RuleMeta {
  kind: 'script';
  /** Whether the rule looks at this file name at all. */
  appliesTo(fileName: string): boolean;
  check(file: string, text: string): Promise<RuleHit[]>;
}

export function isShellScriptName(name: string): boolean {
  return /\.sh$/i.test(name);
}

export function isPowershellScriptName(name: string): boolean {
  return /\.ps1$/i.test(name);
}

export function isScriptName(name: string): boolean {
  return isShellScriptName(name) || isPowershellScriptName(name);
}
