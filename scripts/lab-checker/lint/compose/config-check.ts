/**
 * Validation by Compose itself: `docker compose -f <file> config --quiet`.
 * Only for callers that know a Docker CLI with the compose plugin is available
 * (the lab checker's engine code decides); the pure rules never need Docker.
 */
import {spawn} from 'node:child_process';
import {dirname} from 'node:path';
import type {Finding, RuleMeta} from '../types.js';

export const composeConfigValid: RuleMeta = {
  id: 'compose-config-valid',
  description: '`docker compose config` accepts the file (needs a Docker CLI with Compose v2).',
  severity: 'error',
};

/** How to invoke Docker, e.g. { command: 'docker', env: { ...process.env, DOCKER_HOST: 'unix:///…' } }. */
export interface DockerCli {
  command: string;
  /** Arguments placed before `compose`, e.g. ['-H', 'unix:///path/docker.sock']. */
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Default 30 000 ms. */
  timeoutMs?: number;
}

interface ProcessResult {
  exitCode: number | null;
  stderr: string;
}

/**
 * Runs `docker compose -f <composeFile> config --quiet` in the file's folder (so `.env`
 * and relative paths resolve as for students). Resolves to [] when Compose accepts the
 * file, to one `compose-config-valid` finding carrying stderr otherwise. Rejects only
 * when Docker cannot be started at all (an environment problem, not a lint finding).
 */
export async function checkComposeConfig(composeFile: string, docker: DockerCli): Promise<Finding[]> {
  const result = await run(docker, [...(docker.args ?? []), 'compose', '-f', composeFile, 'config', '--quiet'], dirname(composeFile));
  if (result.exitCode === 0) return [];
  const stderr = result.stderr.trim() || `docker compose config exited with code ${String(result.exitCode)}`;
  return [
    {
      file: composeFile,
      line: lineFromComposeError(stderr),
      ruleId: composeConfigValid.id,
      severity: composeConfigValid.severity,
      message: `docker compose config rejects this file: ${stderr}`,
    },
  ];
}

/** Compose reports YAML errors as "… line 12: …"; anything else points at line 1. */
export function lineFromComposeError(stderr: string): number {
  const match = /\bline (\d+)/.exec(stderr);
  return match?.[1] ? Number.parseInt(match[1], 10) : 1;
}

function run(docker: DockerCli, args: string[], cwd: string): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(docker.command, args, {
      cwd,
      env: docker.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: docker.timeoutMs ?? 30_000,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({exitCode, stderr}));
  });
}
