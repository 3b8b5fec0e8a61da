import {access, readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {parseDockerfile} from './dockerfile/model.js';
import {dockerfileRules, knownRuleIds} from './registry.js';
import {runRules} from './run-rules.js';
import type {Finding} from './types.js';

export interface DockerfileLintOptions {
  /** The build context; defaults to the Dockerfile's folder. */
  contextDir?: string;
}

/** Lints Dockerfile text; `hasDockerignore` says whether its build context has a .dockerignore. */
export function lintDockerfileText(file: string, text: string, hasDockerignore: boolean): Finding[] {
  return runRules(file, text, dockerfileRules, parseDockerfile(file, text, hasDockerignore), knownRuleIds);
}

export async function lintDockerfile(file: string, options: DockerfileLintOptions = {}): Promise<Finding[]> {
  const text = await readFile(file, 'utf8');
  return lintDockerfileText(file, text, await hasDockerignore(file, options.contextDir ?? dirname(file)));
}

/** BuildKit also reads `<Dockerfile name>.dockerignore` next to the Dockerfile, which wins over the context's. */
export async function hasDockerignore(dockerfile: string, contextDir: string): Promise<boolean> {
  return (await exists(`${dockerfile}.dockerignore`)) || (await exists(join(contextDir, '.dockerignore')));
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
