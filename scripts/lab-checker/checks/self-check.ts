/**
 * Runs the lab's own student self-check, as students do, in a temporary copy of the lab: the bash
 * script, then its PowerShell twin where PowerShell is installed.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync} from 'node:fs';
import path from 'node:path';
import {SHARED_FOLDER} from '../../../lib/bundles/lab-bundles';
import {labsDirOf} from '../../../lib/labs/load-labs';
import {run, tail} from '../proc';
import {shown, type LabContext} from '../context';
import type {SelfCheck} from '../../../lib/labs/manifest';
import {failed, missingText, passed, type CheckOutcome} from './outcome';
import {removeResources} from './resources';

/** How a script is started: the program and the arguments that come before the script's own. */
interface Interpreter {
  readonly program: string;
  readonly leading: readonly string[];
}

const BASH: Interpreter = {program: 'bash', leading: []};
// -NonInteractive: a script that prompts fails instead of hanging the check.
const PWSH: Interpreter = {program: 'pwsh', leading: ['-NoLogo', '-NoProfile', '-NonInteractive', '-File']};

let pwshVersion: string | null | undefined;

/** The installed PowerShell's version, or null when there is none (cached: it cannot change mid-run). */
export function installedPowershell(): string | null {
  if (pwshVersion === undefined) {
    const probe = spawnSync('pwsh', ['-NoLogo', '-NoProfile', '-Command', '$PSVersionTable.PSVersion.ToString()'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    pwshVersion = probe.status === 0 ? probe.stdout.trim() : null;
  }
  return pwshVersion;
}

export async function selfCheck(ctx: LabContext, check: SelfCheck): Promise<CheckOutcome[]> {
  const outcomes = [await runScript(ctx, check, check.script, BASH, check.name)];
  if (check.powershellTwin) {
    const name = `${check.name} (PowerShell: ${check.powershellTwin})`;
    if (installedPowershell() === null) {
      // Not a pass: the report says plainly that this script was not run here, and why.
      outcomes.push({
        name,
        kind: check.kind,
        status: 'skip',
        seconds: 0,
        reason: 'PowerShell (`pwsh`) is not installed on this machine; the lint check only proved that the script parses',
      });
    } else {
      outcomes.push(await runScript(ctx, check, check.powershellTwin, PWSH, name));
    }
  }
  return outcomes;
}

/**
 * A scratch copy of the lab, laid out as in the repository and in the lab's zip: the lab folder at
 * its id's path, and the self-check helpers it loads (`labs/shared/`) beside it. Returns the copy of
 * the lab folder.
 */
function copyWithSharedHelpers(ctx: LabContext): string {
  const root = mkdtempSync(path.join(ctx.workDir, 'self-check-'));
  const copy = path.join(root, ...ctx.lab.id.split('/'));
  cpSync(ctx.labDir, copy, {recursive: true});
  const shared = path.join(labsDirOf(ctx.labDir, ctx.lab.id), SHARED_FOLDER);
  if (existsSync(shared)) cpSync(shared, path.join(root, SHARED_FOLDER), {recursive: true});
  return copy;
}

async function runScript(ctx: LabContext, check: SelfCheck, script: string, interpreter: Interpreter, name: string): Promise<CheckOutcome> {
  const base = {name, kind: check.kind};
  const copy = copyWithSharedHelpers(ctx);
  const timeoutSeconds = check.timeoutSeconds ?? 600;
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const commandLine = (args: readonly string[]): string => [interpreter.program, ...interpreter.leading, script, ...args].join(' ');
  const reproduceWith = (args: readonly string[]): string => `cd ${shown(ctx.labDir)} && ${commandLine(args)}`;
  const runWith = (args: readonly string[]) =>
    run(interpreter.program, [...interpreter.leading, script, ...args], {cwd: copy, env: ctx.env, timeoutSeconds});
  try {
    const result = await runWith(check.args);
    const reproduce = reproduceWith(check.args);
    if (result.code !== 0) {
      return failed(base, seconds(), `${commandLine(check.args)} exited with ${result.code}:\n${tail(result.output, 20)}`, {reproduce});
    }
    const missing = missingText(check.expectOutput ?? [], result.output);
    if (missing) return failed(base, seconds(), missing, {reproduce});
    // The self-check must be able to fail: on the unfinished starter it has to say so, at its gate.
    for (const failure of check.mustFailWith ?? []) {
      const negative = await runWith(failure.args);
      const reproduce = reproduceWith(failure.args);
      if (negative.code === 0) {
        return failed(
          base,
          seconds(),
          `${commandLine(failure.args)} passed, but it must fail there (it cannot catch mistakes):\n${tail(negative.output, 10)}`,
          {reproduce},
        );
      }
      if (!negative.output.includes(failure.expectOutput)) {
        return failed(
          base,
          seconds(),
          `${commandLine(failure.args)} failed, but not with ${JSON.stringify(failure.expectOutput)} (another gate stopped it, or this one says something else):\n${tail(negative.output, 10)}`,
          {reproduce},
        );
      }
    }
    return passed(base, seconds());
  } finally {
    await removeResources(ctx, ctx.lab.resources);
  }
}
