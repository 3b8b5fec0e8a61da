import type {RuleHit, RuleMeta} from '../types.js';

/** The programs script rules run, so callers (and tests) can name others than the ones on PATH. */
export interface ScriptTools {
  /** The ShellCheck command; `shellcheck` by default. */
  shellcheck?: string;
}

/** A rule about a student-facing script (`check.sh`, `check.ps1`); parsing is async, so rules are too. */
export interface ScriptRule extends RuleMeta {
  kind: 'script';
  /** Whether the rule looks at this file name at all. */
  appliesTo(fileName: string): boolean;
  /**
   * For a rule that needs a program the machine may lack: why it cannot run here, or undefined
   * when it can. Such a rule is then reported as skipped with that reason, never as passed.
   */
  unavailable?(tools: ScriptTools): Promise<string | undefined>;
  check(file: string, text: string, tools: ScriptTools): Promise<RuleHit[]>;
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
