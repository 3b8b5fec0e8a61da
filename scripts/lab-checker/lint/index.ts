/** Public API of the lab-material linter, for the lab checker's CLI and for tests. */
export type { Finding, RuleHit, RuleMeta, Severity } from './types.js';
export { lintLabs, findLabFiles, isComposeFileName, isDockerfileName, type LabFiles, type LintLabsOptions } from './lint-labs.js';
export { lintDockerfile, lintDockerfileText, type DockerfileLintOptions } from './lint-dockerfile.js';
export { lintCompose, lintComposeText } from './lint-compose.js';
export { lintScript } from './lint-scripts.js';
export type { ComposeInputs } from './compose/model.js';
export { checkComposeConfig, type DockerCli } from './compose/config-check.js';
export { formatFindings, hasErrors, type FormatOptions } from './format.js';
export { allRules, composeRules, dockerfileRules, knownRuleIds, scriptRules } from './registry.js';
