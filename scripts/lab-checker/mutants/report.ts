/** build/mutants-report.json: the suite's score and time, for `npm run bench`. */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {repoRoot} from '../paths';

export interface MutantResult {
  readonly lab: string;
  readonly id: string;
  readonly breaks: string;
  readonly killed: boolean;
  /** Why it could not be tried here (its checks were skipped); neither killed nor survived. */
  readonly skipped?: string;
  readonly seconds: number;
  readonly problems: readonly string[];
  readonly reasons: readonly string[];
  readonly diff?: string;
}

export interface MutantsReport {
  readonly seconds: number;
  readonly killed: number;
  readonly skipped: number;
  readonly total: number;
  readonly mutants: readonly MutantResult[];
}

export const mutantsReportPath = path.join(repoRoot, 'build', 'mutants-report.json');

export function writeMutantsReport(report: MutantsReport, file = mutantsReportPath): void {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

export function readMutantsReport(file = mutantsReportPath): MutantsReport {
  return JSON.parse(readFileSync(file, 'utf8')) as MutantsReport;
}
