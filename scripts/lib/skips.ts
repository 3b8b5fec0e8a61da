/**
 * Every test the run skipped, with its reason, read from the reports the test runners write: so
 * the end of `npm test` lists them all, and a skip never hides in the middle of a long log.
 */
import {existsSync, readFileSync} from 'node:fs';

export interface Skip {
  /** Which part of the run: "unit tests", "browser tests", "lab checker", … */
  readonly where: string;
  readonly what: string;
  readonly reason: string;
}

interface VitestJson {
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly {readonly fullName: string; readonly status: string}[];
  }[];
}

/** Vitest's JSON reporter: a skipped test's reason is in its describe block's title, as the suites write it. */
export function vitestSkips(report: VitestJson, where: string, root = ''): Skip[] {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'skipped' || test.status === 'pending')
      .map((test) => ({where, what: file.name.replace(root, ''), reason: test.fullName})),
  );
}

interface PlaywrightSuite {
  readonly title: string;
  readonly suites?: readonly PlaywrightSuite[];
  readonly specs?: readonly {
    readonly title: string;
    readonly tests: readonly {
      readonly annotations?: readonly {readonly type: string; readonly description?: string}[];
      readonly results: readonly {readonly status: string}[];
    }[];
  }[];
}

/** Playwright's JSON reporter: a skipped test's reason is its `skip` annotation. */
export function playwrightSkips(report: {readonly suites: readonly PlaywrightSuite[]}, where: string): Skip[] {
  const walk = (suite: PlaywrightSuite, path: string): Skip[] => {
    const here = path ? `${path} › ${suite.title}` : suite.title;
    const specs = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.results.some((result) => result.status === 'skipped'))
        .map((test) => ({
          where,
          what: `${here} › ${spec.title}`,
          reason: test.annotations?.find((note) => note.type === 'skip')?.description ?? 'skipped, no reason given',
        })),
    );
    return [...specs, ...(suite.suites ?? []).flatMap((child) => walk(child, here))];
  };
  return report.suites.flatMap((suite) => walk(suite, ''));
}

interface LabsJson {
  readonly labs: readonly {
    readonly id: string;
    readonly checks: readonly {readonly name: string; readonly status: string; readonly reason?: string}[];
  }[];
}

/** The lab checker's report: each skipped check with its reason. */
export function labCheckerSkips(report: LabsJson, where: string): Skip[] {
  return report.labs.flatMap((lab) =>
    lab.checks
      .filter((check) => check.status === 'skip')
      .map((check) => ({where, what: `${lab.id} › ${check.name}`, reason: check.reason ?? 'no reason given'})),
  );
}

/** The mutation suite's report: a mutant whose checks were skipped here. */
export function mutantSkips(
  report: {readonly mutants: readonly {readonly lab: string; readonly id: string; readonly skipped?: string}[]},
  where: string,
): Skip[] {
  return report.mutants
    .filter((mutant) => mutant.skipped !== undefined)
    .map((mutant) => ({where, what: `${mutant.lab}:${mutant.id}`, reason: mutant.skipped ?? ''}));
}

/** The audit of the Python locks: each pin it could not audit. */
export function auditSkips(
  report: {readonly audits: readonly {readonly lock: string; readonly name: string; readonly version: string; readonly skipped?: string}[]},
  where: string,
): Skip[] {
  return report.audits
    .filter((audit) => audit.skipped !== undefined)
    .map((audit) => ({where, what: `${audit.lock}: ${audit.name}==${audit.version}`, reason: audit.skipped ?? ''}));
}

/** Reads a report if the run got as far as writing it. */
export function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export function formatSkips(skips: readonly Skip[]): string {
  if (skips.length === 0) return 'Skipped in this run: nothing.';
  return [
    `Skipped in this run: ${skips.length}, each with its reason:`,
    ...skips.map((skip) => `  - [${skip.where}] ${skip.what}: ${skip.reason}`),
  ].join('\n');
}
