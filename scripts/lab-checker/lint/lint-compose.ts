import {readFile} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import {isRecord, parseCompose, type ComposeContext, type ComposeInputs} from './compose/model.js';
import {lineOf, parseDockerfile, stageChain} from './dockerfile/model.js';
import {exists} from './lint-dockerfile.js';
import {composeRules, knownRuleIds} from './registry.js';
import {runRules} from './run-rules.js';
import {parseDotenv} from './shared/dotenv.js';
import type {Finding} from './types.js';

export function lintComposeText(file: string, text: string, inputs: ComposeInputs = {}): Finding[] {
  return runRules(file, text, composeRules, parseCompose(file, text, inputs), knownRuleIds);
}

/** Lints a Compose file, reading its .env and the Dockerfiles of its `build:` services. */
export async function lintCompose(file: string): Promise<Finding[]> {
  const text = await readFile(file, 'utf8');
  const projectDir = dirname(file);
  const envFile = resolve(projectDir, '.env');
  const dotenv = (await exists(envFile)) ? parseDotenv(await readFile(envFile, 'utf8')) : new Map<string, string>();
  const variables = (name: string): string | undefined => dotenv.get(name);
  const context = parseCompose(file, text, {variables});
  const builtImageHasHealthcheck = new Map<string, boolean>();
  for (const build of composeBuilds(context)) {
    const dockerfileText = build.inline ?? ((await exists(build.dockerfile)) ? await readFile(build.dockerfile, 'utf8') : undefined);
    if (dockerfileText !== undefined) builtImageHasHealthcheck.set(build.service, dockerfileHasHealthcheck(dockerfileText));
  }
  return lintComposeText(file, text, {variables, builtImageHasHealthcheck});
}

export interface ComposeBuild {
  service: string;
  /** Absolute build context folder. */
  contextDir: string;
  /** Absolute Dockerfile path (relative `dockerfile:` is resolved against the context, as Compose does). */
  dockerfile: string;
  inline?: string;
}

/** The local builds a Compose file declares; remote (git/URL) contexts are skipped. */
export function composeBuilds(context: ComposeContext): ComposeBuild[] {
  const projectDir = dirname(resolve(context.file));
  const builds: ComposeBuild[] = [];
  for (const [service, model] of context.services) {
    const build = model.build;
    const spec = typeof build === 'string' ? {context: build} : isRecord(build) ? build : undefined;
    if (!spec) continue;
    const contextPath = typeof spec.context === 'string' ? spec.context : '.';
    if (/^[a-z]+:\/\/|^git@/.test(contextPath)) continue;
    const contextDir = resolve(projectDir, contextPath);
    const dockerfile = resolve(contextDir, typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile');
    const inline = typeof spec.dockerfile_inline === 'string' ? spec.dockerfile_inline : undefined;
    builds.push({service, contextDir, dockerfile, ...(inline !== undefined ? {inline} : {})});
  }
  return builds;
}

/** Whether the final image gets a HEALTHCHECK (the last one in its stage chain, and not NONE). */
export function dockerfileHasHealthcheck(text: string): boolean {
  const {stages} = parseDockerfile('Dockerfile', text, true);
  const final = stages.at(-1);
  if (!final) return false;
  const last = stageChain(final)
    .flatMap((stage) => stage.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK').sort((a, b) => lineOf(b) - lineOf(a)))
    .at(0);
  return last !== undefined && !/^NONE\b/i.test((last.getArgumentsContent() ?? '').trim());
}
