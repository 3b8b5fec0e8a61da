/** Running commands: args arrays only, output captured, a timeout that really kills. */
import {spawn, type StdioOptions} from 'node:child_process';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutSeconds?: number;
  /** Written to the child's stdin, then stdin is closed. */
  readonly input?: string | Buffer;
  /** Echo the child's output live (long builds), besides capturing it. */
  readonly echo?: boolean;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved as they arrived. */
  readonly output: string;
  readonly timedOut: boolean;
  readonly seconds: number;
}

/** Environment every command of a run gets (DOCKER_HOST etc. of the chosen engine). */
let baseEnv: NodeJS.ProcessEnv = process.env;

export function setBaseEnv(env: NodeJS.ProcessEnv): void {
  baseEnv = env;
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const stdio: StdioOptions = ['pipe', 'pipe', 'pipe'];
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? baseEnv,
      stdio,
      // Own process group, so a timeout can kill the whole tree (bash and its docker children).
      detached: true,
    });
    if (child.pid !== undefined) activeGroups.add(child.pid);
    let stdout = '';
    let stderr = '';
    let output = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stdout += text;
      output += text;
      if (options.echo) process.stdout.write(text);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      output += text;
      if (options.echo) process.stderr.write(text);
    });
    const timer =
      options.timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
          }, options.timeoutSeconds * 1000);
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      resolve({code: 127, stdout, stderr: stderr + error.message, output: output + error.message, timedOut, seconds: elapsed(started)});
    });
    child.on('close', (code, signal) => {
      if (child.pid !== undefined) activeGroups.delete(child.pid);
      if (timer) clearTimeout(timer);
      resolve({code: code ?? (signal ? 128 : 1), stdout, stderr, output, timedOut, seconds: elapsed(started)});
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Process groups of running children: they do not get the terminal's Ctrl-C (own group). */
const activeGroups = new Set<number>();

let aborted = false;

/** For the SIGINT/SIGTERM handler: kills every running child; loops then stop at their next turn. */
export function abortRun(): void {
  aborted = true;
  for (const pid of activeGroups) killGroup(pid);
  activeGroups.clear();
}

/** True after Ctrl-C / SIGTERM: start no new step, check or lab (clean-up still runs commands). */
export function isAborted(): boolean {
  return aborted;
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Runs and throws with the command's own output when it fails. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const why = result.timedOut ? `timed out after ${options.timeoutSeconds}s` : `exited ${result.code}`;
    throw new Error(`\`${command} ${args.join(' ')}\` ${why}:\n${tail(result.output, 40)}`);
  }
  return result;
}

export function elapsed(startedMs: number): number {
  return Math.round((Date.now() - startedMs) / 100) / 10;
}

/** Terminal colour codes (ESC [ … m), which IPython's tracebacks carry. */
const COLOUR_CODE = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*[A-Za-z]`, 'g');

/** The last lines of a command's output, for a reason a person reads: without colour codes. */
export function tail(text: string, lines: number): string {
  const all = text.replace(COLOUR_CODE, '').trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}

/** Quotes an argument for a command line shown to a human to copy. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
