/** Public API of the lab-material linter, for the lab checker's CLI and for tests. */
export type {Finding, LintExemption, LintResult, RuleHit, RuleMeta, Severity, SkippedRule} from './types.js';
export {applyExemptions} from './exemptions.js';
export {
  lintLabs,
  lintLabsReport,
  findLabFiles,
  isComposeFileName,
  isDockerfileName,
  type LabFiles,
  type LintLabsOptions,
} from './lint-labs.js';
export {lintDockerfile, lintDockerfileText, type DockerfileLintOptions} from './lint-dockerfile.js';
export {lintCompose, lintComposeText} from './lint-compose.js';
export {lintScript, lintScriptReport} from './lint-scripts.js';
export type {ScriptTools} from './scripts/rule.js';
export {
  parseShellcheckJson1,
  PINNED_SHELLCHECK_VERSION,
  runShellcheck,
  SHELLCHECK_ARGS,
  shellcheckAvailability,
  type ShellcheckAvailability,
  type ShellcheckComment,
  type ShellcheckLevel,
} from './scripts/shellcheck.js';
export type {ComposeInputs} from './compose/model.js';
export {checkComposeConfig, type DockerCli} from './compose/config-check.js';
export {formatFindings, hasErrors, type FormatOptions} from './format.js';
export {allRules, composeRules, dockerfileRules, knownRuleIds, scriptRules} from './registry.js';
