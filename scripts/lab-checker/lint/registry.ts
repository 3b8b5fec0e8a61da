/** Every rule the linter knows, in one place: the fixture test iterates over this. */
import {composeConfigValid} from './compose/config-check.js';
import type {ComposeRule} from './compose/rule.js';
import {composeHealthcheckOnDependency} from './compose/rules/compose-healthcheck-on-dependency.js';
import {composeNoInlineSecret} from './compose/rules/compose-no-inline-secret.js';
import {composeNoVersion} from './compose/rules/compose-no-version.js';
import {composePgIsreadyHost} from './compose/rules/compose-pg-isready-host.js';
import {composePinnedTags} from './compose/rules/compose-pinned-tags.js';
import {composePortsOnLoopback} from './compose/rules/compose-ports-on-loopback.js';
import {composeSafeHostPorts} from './compose/rules/compose-safe-host-ports.js';
import {composeValidYaml} from './compose/rules/compose-valid-yaml.js';
import {composeWaitForHealthy} from './compose/rules/compose-wait-for-healthy.js';
import type {DockerfileRule} from './dockerfile/rule.js';
import {aptListsCleaned} from './dockerfile/rules/apt-lists-cleaned.js';
import {aptNoInstallRecommends} from './dockerfile/rules/apt-no-install-recommends.js';
import {copyNotAdd} from './dockerfile/rules/copy-not-add.js';
import {dockerignorePresent} from './dockerfile/rules/dockerignore-present.js';
import {execFormCmd} from './dockerfile/rules/exec-form-cmd.js';
import {nonRootUser} from './dockerfile/rules/non-root-user.js';
import {pinnedBaseTag} from './dockerfile/rules/pinned-base-tag.js';
import {pipNoCacheDir} from './dockerfile/rules/pip-no-cache-dir.js';
import {ignoreDirectiveValid} from './ignore-directive-rule.js';
import type {ScriptRule} from './scripts/rule.js';
import {powershell5Compatible} from './scripts/rules/powershell-5-compatible.js';
import {powershellEncoding} from './scripts/rules/powershell-encoding.js';
import {powershellParses} from './scripts/rules/powershell-parses.js';
import {scriptShellcheck} from './scripts/rules/script-shellcheck.js';
import {shellScriptParses} from './scripts/rules/shell-script-parses.js';
import type {RuleMeta} from './types.js';

export const dockerfileRules: readonly DockerfileRule[] = [
  pinnedBaseTag,
  execFormCmd,
  pipNoCacheDir,
  copyNotAdd,
  nonRootUser,
  aptListsCleaned,
  aptNoInstallRecommends,
  dockerignorePresent,
];

export const composeRules: readonly ComposeRule[] = [
  composeValidYaml,
  composeNoVersion,
  composePinnedTags,
  composeHealthcheckOnDependency,
  composeSafeHostPorts,
  composeNoInlineSecret,
  composePgIsreadyHost,
  composeWaitForHealthy,
  composePortsOnLoopback,
];

/** Rules for the self-check scripts students run: they must parse, and bash ones pass ShellCheck. */
export const scriptRules: readonly ScriptRule[] = [
  shellScriptParses,
  scriptShellcheck,
  powershellParses,
  powershell5Compatible,
  powershellEncoding,
];

/** All rule ids, including the directive check and `compose-config-valid` (which needs Docker). */
export const allRules: readonly RuleMeta[] = [
  ...dockerfileRules,
  ...composeRules,
  ...scriptRules,
  ignoreDirectiveValid,
  composeConfigValid,
];

export const knownRuleIds: ReadonlySet<string> = new Set(allRules.map((rule) => rule.id));
