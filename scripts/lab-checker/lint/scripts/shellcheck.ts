/**
 * ShellCheck, run the same way everywhere: the flags below are the whole configuration, so a
 * `.shellcheckrc` in the repository or the home folder cannot change a verdict. The course pins
 * Debian 12's `shellcheck` package, ShellCheck 0.9.0; other versions may find more or less.
 */
import {spawn} from 'node:child_process';

/** The version CI installs (Debian 12's package), named in the skip reason and the README. */
export const PINNED_SHELLCHECK_VERSION = '0.9.0';

/**
 * `--shell=bash`: the checker and the lab pages run every self-check with bash, and
 * `shell-script-parses` reads every `.sh` as bash too. `--severity=style`: every level ShellCheck
 * has (its own default, written out), since `info` holds the quoting advice (SC2086) that matters
 * most for scripts run in folders whose paths students choose. `--norc`: no `.shellcheckrc`.
 * `--external-sources`: a self-check loads the course's shared helpers (`. ../shared/self-check.sh`,
 * found through its `# shellcheck source-path=SCRIPTDIR`), and ShellCheck reads them with it.
 */
export const SHELLCHECK_ARGS: readonly string[] = ['--shell=bash', '--severity=style', '--norc', '--external-sources', '--format=json1'];

export type ShellcheckLevel = 'error' | 'warning' | 'info' | 'style';

/** One entry of `--format=json1`'s `comments` (its `fix` suggestions are not used). */
export interface ShellcheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: ShellcheckLevel;
  /** The number of the SC code: 2086 for SC2086. */
  code: number;
  message: string;
}

const LEVELS: ReadonlySet<string> = new Set<ShellcheckLevel>(['error', 'warning', 'info', 'style']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLevel(value: unknown): value is ShellcheckLevel {
  return typeof value === 'string' && LEVELS.has(value);
}

function positiveInteger(entry: Record<string, unknown>, key: string, index: number): number {
  const value = entry[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`ShellCheck's JSON: comments[${index}].${key} is ${JSON.stringify(value)}, not a positive whole number`);
  }
  return value;
}

function text(entry: Record<string, unknown>, key: string, index: number): string {
  const value = entry[key];
  if (typeof value !== 'string') throw new Error(`ShellCheck's JSON: comments[${index}].${key} is ${JSON.stringify(value)}, not a string`);
  return value;
}

/** Reads what `shellcheck --format=json1` prints; anything of another shape is an error, not "no findings". */
export function parseShellcheckJson1(output: string): ShellcheckComment[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    throw new Error(`ShellCheck printed no JSON (was it run with --format=json1?): ${output.trim().slice(0, 200) || '(nothing)'}`);
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.comments)) throw new Error('ShellCheck\'s JSON has no "comments" list');
  return parsed.comments.map((entry: unknown, index): ShellcheckComment => {
    if (!isRecord(entry)) throw new Error(`ShellCheck's JSON: comments[${index}] is not an object`);
    const level = entry.level;
    if (!isLevel(level))
      throw new Error(`ShellCheck's JSON: comments[${index}].level is ${JSON.stringify(level)}, not error, warning, info or style`);
    return {
      file: text(entry, 'file', index),
      line: positiveInteger(entry, 'line', index),
      endLine: positiveInteger(entry, 'endLine', index),
      column: positiveInteger(entry, 'column', index),
      endColumn: positiveInteger(entry, 'endColumn', index),
      level,
      code: positiveInteger(entry, 'code', index),
      message: text(entry, 'message', index),
    };
  });
}

/** `SC2086`, as ShellCheck's directives and wiki name it. */
export function scCode(comment: Pick<ShellcheckComment, 'code'>): string {
  return `SC${comment.code}`;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCommand(command: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

export type ShellcheckAvailability = {available: true; version: string} | {available: false; reason: string};

const probes = new Map<string, Promise<ShellcheckAvailability>>();

/** Whether `command` is a working ShellCheck, asked once per command (it cannot change mid-run). */
export function shellcheckAvailability(command = 'shellcheck'): Promise<ShellcheckAvailability> {
  let probe = probes.get(command);
  if (!probe) {
    probe = runCommand(command, ['--version']).then(
      (ran): ShellcheckAvailability => {
        const version = /^version:\s*(\S+)/m.exec(ran.stdout)?.[1];
        if (ran.code === 0 && version) return {available: true, version};
        const said = (ran.stderr.trim() || ran.stdout.trim()).split('\n')[0] ?? '';
        return {
          available: false,
          reason: `\`${command} --version\` exited with ${String(ran.code)}${said ? ` (${said})` : ''}, so ShellCheck cannot run`,
        };
      },
      (error: unknown): ShellcheckAvailability => {
        const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
        const why = missing
          ? 'is not installed on this machine'
          : `cannot be started (${error instanceof Error ? error.message : String(error)})`;
        return {
          available: false,
          reason: `ShellCheck (\`${command}\`) ${why}: install Debian's \`shellcheck\` package (ShellCheck ${PINNED_SHELLCHECK_VERSION}); until then only \`bash -n\` checked the .sh scripts`,
        };
      },
    );
    probes.set(command, probe);
  }
  return probe;
}

/**
 * ShellCheck's comments on one script. Exit 0 (nothing to say) and 1 (comments) are answers; any
 * other exit means ShellCheck could not read the file or its options, which is not a lint finding,
 * so it rejects, as `checkComposeConfig` does when Docker cannot be started.
 */
export async function runShellcheck(file: string, command = 'shellcheck'): Promise<ShellcheckComment[]> {
  const ran = await runCommand(command, [...SHELLCHECK_ARGS, file]);
  if (ran.code !== 0 && ran.code !== 1) {
    throw new Error(
      `${command} ${[...SHELLCHECK_ARGS, file].join(' ')} exited with ${String(ran.code)}: ${ran.stderr.trim() || '(no message)'}`,
    );
  }
  return parseShellcheckJson1(ran.stdout);
}
