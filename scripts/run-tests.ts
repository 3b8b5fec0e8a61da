/**
 * `npm test`: every test, phase by phase, in the order each needs the one before (the build before
 * the link checks and browser tests, the lab checker's engine before the tests that need one).
 * Stops at the first phase that fails, and ends with every test the run skipped, with its reason,
 * and each phase's seconds, so neither a skip nor a slow phase hides in the log.
 */
import {spawn} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {auditSkips, formatSkips, labCheckerSkips, mutantSkips, playwrightSkips, readJson, vitestSkips, type Skip} from './lib/skips';
import {PHASES, PHASE_TIMES_REPORT, timingTable, type PhaseResult} from './lib/test-phases';

/** The reports the phases write, read at the end for their skips. */
const REPORTS = {
  unit: 'test-reports/vitest-unit.json',
  browser: 'test-reports/playwright.json',
  labs: 'build/labs-report.json',
  bundles: 'build/labs-bundles-report.json',
  engine: 'test-reports/vitest-engine.json',
  mutants: 'build/mutants-report.json',
  audit: 'build/audit-report.json',
} as const;

function allSkips(): Skip[] {
  const root = `${process.cwd()}/`;
  return [
    ...vitestSkips(readJson(REPORTS.unit) ?? {testResults: []}, 'unit tests', root),
    ...playwrightSkips(readJson(REPORTS.browser) ?? {suites: []}, 'browser tests'),
    ...labCheckerSkips(readJson(REPORTS.labs) ?? {labs: []}, 'lab checker'),
    ...labCheckerSkips(readJson(REPORTS.bundles) ?? {labs: []}, 'labs from their zips'),
    ...vitestSkips(readJson(REPORTS.engine) ?? {testResults: []}, 'engine tests', root),
    ...mutantSkips(readJson(REPORTS.mutants) ?? {mutants: []}, 'mutation suite'),
    ...auditSkips(readJson(REPORTS.audit) ?? {audits: []}, 'audit of the Python locks'),
  ];
}

function runScript(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {stdio: 'inherit'});
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  // An earlier run's reports would list its skips as this run's.
  for (const file of Object.values(REPORTS)) rmSync(file, {force: true});
  const results: PhaseResult[] = [];
  for (const phase of PHASES) {
    const started = Date.now();
    console.log(`\n> npm run ${phase}`);
    const code = await runScript(phase);
    results.push({phase, seconds: (Date.now() - started) / 1000, code});
    if (code !== 0) break;
  }
  console.log(`\n${formatSkips(allSkips())}`);
  console.log(`\n${timingTable(results)}`);
  // For `npm run bench -- --only=tests`: the whole run's time is a figure too.
  mkdirSync('test-reports', {recursive: true});
  writeFileSync(PHASE_TIMES_REPORT, `${JSON.stringify({finished: new Date().toISOString(), results}, null, 2)}\n`);
  return results.at(-1)?.code ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
