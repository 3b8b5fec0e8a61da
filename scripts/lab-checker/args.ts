/** Command-line arguments of `npm run labs:check -- [lab-id ...] [--labs-dir DIR] [--report FILE]`. */
import path from 'node:path';
import {defaultLabsDir, reportPath} from './paths';

export interface CliArgs {
  readonly labIds: readonly string[];
  readonly labsDir: string;
  readonly reportFile: string;
  readonly help: boolean;
  /** Write each lab's "you should see" boxes from this run beside its data (`npm run labs:capture`). */
  readonly capture: boolean;
}

export const USAGE = `Usage: npm run labs:check -- [lab-id ...] [--labs-dir DIR] [--report FILE] [--capture]

Builds every image of each lab's solution, checks each starter, runs the lab's checks and
writes a JSON report (default build/labs-report.json). No lab ids: every lab in the labs dir.
--capture (what \`npm run labs:capture -- [lab-id ...]\` runs) also writes each lab's captured
"you should see" boxes to its captured.json, when all of its steps ran.

Environment: LAB_CHECKER_WORLD=online|offline skips the registry probe;
LAB_CHECKER_ENGINE=private uses a private daemon even next to a running Docker.`;

export function parseArgs(argv: readonly string[], cwd = process.cwd()): CliArgs {
  const labIds: string[] = [];
  let labsDir = defaultLabsDir;
  let reportFile = reportPath;
  let help = false;
  let capture = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--labs-dir') labsDir = path.resolve(cwd, value());
    else if (arg.startsWith('--labs-dir=')) labsDir = path.resolve(cwd, arg.slice('--labs-dir='.length));
    else if (arg === '--report') reportFile = path.resolve(cwd, value());
    else if (arg.startsWith('--report=')) reportFile = path.resolve(cwd, arg.slice('--report='.length));
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--capture') capture = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else labIds.push(arg);
  }
  return {labIds, labsDir, reportFile, help, capture};
}
