import {readdir, readFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {parseCompose} from './compose/model.js';
import {checkComposeConfig, composeConfigValid, type DockerCli} from './compose/config-check.js';
import {composeBuilds, lintCompose} from './lint-compose.js';
import {lintDockerfile} from './lint-dockerfile.js';
import {lintScriptReport} from './lint-scripts.js';
import {isScriptName, type ScriptTools} from './scripts/rule.js';
import {applyExemptions} from './exemptions.js';
import {sortFindings} from './run-rules.js';
import type {Finding, LintExemption, LintResult, SkippedRule} from './types.js';

/** Folders that hold no lab material, only tool output or dependencies. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', '.ipynb_checkpoints']);
const COMPOSE_FILE = /^(docker-)?compose\.ya?ml$/;

export function isDockerfileName(name: string): boolean {
  return (/^Dockerfile/.test(name) || /\.dockerfile$/i.test(name)) && !name.endsWith('.dockerignore');
}

export function isComposeFileName(name: string): boolean {
  return COMPOSE_FILE.test(name);
}

export interface LabFiles {
  dockerfiles: string[];
  composeFiles: string[];
  /** Self-check scripts: `*.sh` and `*.ps1`. */
  scripts: string[];
}

export async function findLabFiles(dir: string): Promise<LabFiles> {
  const found: LabFiles = {dockerfiles: [], composeFiles: [], scripts: []};
  const entries = await readdir(dir, {withFileTypes: true});
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const nested = await findLabFiles(path);
      found.dockerfiles.push(...nested.dockerfiles);
      found.composeFiles.push(...nested.composeFiles);
      found.scripts.push(...nested.scripts);
    } else if (entry.isFile()) {
      if (isDockerfileName(entry.name)) found.dockerfiles.push(path);
      else if (isComposeFileName(entry.name)) found.composeFiles.push(path);
      else if (isScriptName(entry.name)) found.scripts.push(path);
    }
  }
  return found;
}

export interface LintLabsOptions {
  /**
   * When a CLI is given, each Compose file is also checked with `docker compose config` through it;
   * `{ unavailable }` says why Compose cannot run here, and `skipped` then lists the rule per file.
   */
  composeConfig?: DockerCli | {unavailable: string};
  /** The ShellCheck command for `script-shellcheck`; `shellcheck` on PATH by default. */
  shellcheck?: string;
  /** Rules files under `labsDir` are exempt from (a lab manifest's `lintExemptions`, when `labsDir` is that lab's folder). */
  exemptions?: readonly LintExemption[];
}

/**
 * Lints every Dockerfile, Compose file and self-check script under `labsDir`. A Dockerfile that a Compose
 * file builds is checked against that build's context (for .dockerignore); others
 * against their own folder. Finding paths are `labsDir`-joined, as given. A rule that needs a
 * program this machine lacks (ShellCheck) is not run, and `skipped` says so for each file. The
 * `exemptions` silence their rules in their files, and are reported where they are not valid.
 */
export async function lintLabsReport(labsDir: string, options: LintLabsOptions = {}): Promise<LintResult> {
  const {dockerfiles, composeFiles, scripts} = await findLabFiles(labsDir);
  const contextOf = new Map<string, string>();
  for (const composeFile of composeFiles) {
    const context = parseCompose(composeFile, await readFile(composeFile, 'utf8'));
    for (const build of composeBuilds(context)) contextOf.set(build.dockerfile, build.contextDir);
  }
  const findings: Finding[] = [];
  const skipped: SkippedRule[] = [];
  for (const dockerfile of dockerfiles) {
    const contextDir = contextOf.get(resolve(dockerfile));
    findings.push(...(await lintDockerfile(dockerfile, contextDir !== undefined ? {contextDir} : {})));
  }
  for (const composeFile of composeFiles) {
    findings.push(...(await lintCompose(composeFile)));
    const compose = options.composeConfig;
    if (compose && 'unavailable' in compose) skipped.push({file: composeFile, ruleId: composeConfigValid.id, reason: compose.unavailable});
    else if (compose) findings.push(...(await checkComposeConfig(composeFile, compose)));
  }
  const tools: ScriptTools = options.shellcheck !== undefined ? {shellcheck: options.shellcheck} : {};
  for (const script of scripts) {
    const result = await lintScriptReport(script, tools);
    findings.push(...result.findings);
    skipped.push(...result.skipped);
  }
  return {findings: sortFindings(applyExemptions(labsDir, findings, options.exemptions ?? [])), skipped};
}

/** The findings of `lintLabsReport`; rules that could not run here are left out (see its `skipped`). */
export async function lintLabs(labsDir: string, options: LintLabsOptions = {}): Promise<Finding[]> {
  return (await lintLabsReport(labsDir, options)).findings;
}
