/** The phases of `npm test` (scripts/run-tests.ts) and the table of their seconds it ends with. */

/** npm scripts, in order. */
export const PHASES: readonly string[] = [
  'typecheck',
  'lint',
  'format:check',
  'test:unit',
  'build',
  'test:links',
  'test:links-base-url',
  'test:e2e',
  'labs:audit',
  'labs:check',
  'labs:check-boxes',
  'labs:check-bundles',
  'test:with-engine',
  'labs:selftest',
  'labs:mutants',
];

/** Where `npm test` leaves its phase times, for `npm run bench -- --only=tests`. */
export const PHASE_TIMES_REPORT = 'test-reports/npm-test-phases.json';

/**
 * What the whole run may take on the CI machine (2 cores), installs included: 40 minutes. CI adds
 * about 5 minutes to npm test's own total (apt and npm installs, stand-ins and Python layers built
 * cold), so the table and `npm run bench` show the total against this figure.
 */
export const CI_TARGET_SECONDS = 40 * 60;

/** "1,234 s of 2,400 s (51%)": a total against the target. */
export function againstTarget(total: number, target = CI_TARGET_SECONDS): string {
  const rounded = Math.round(total);
  const share = Math.round((100 * total) / target);
  return `${rounded.toLocaleString('en-US')} s of the ${(target / 60).toFixed(0)}-minute target (${share}%)`;
}

export interface PhaseResult {
  readonly phase: string;
  readonly seconds: number;
  readonly code: number;
}

/** The closing table: one line a phase, then the total; phases not reached are named. */
export function timingTable(results: readonly PhaseResult[], phases: readonly string[] = PHASES): string {
  const width = Math.max(...phases.map((phase) => phase.length));
  const lines = results.map(
    (r) => `  ${r.phase.padEnd(width)}  ${r.seconds.toFixed(0).padStart(5)} s${r.code === 0 ? '' : `  FAILED (exit ${r.code})`}`,
  );
  const notRun = phases.slice(results.length);
  if (notRun.length > 0) lines.push(`  not run: ${notRun.join(', ')}`);
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  lines.push(`  ${'total'.padEnd(width)}  ${total.toFixed(0).padStart(5)} s  (${againstTarget(total)}, before CI's installs)`);
  return ['Seconds per phase of npm test:', ...lines].join('\n');
}
