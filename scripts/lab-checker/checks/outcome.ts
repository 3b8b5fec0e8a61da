/** What a check hands back: its report line plus, on failure, what a human needs to dig in. */
import type {CheckReport} from '../report';

export interface CheckOutcome extends CheckReport {
  /** Container or compose logs captured before clean-up. */
  readonly logs?: string;
  /** Commands to reproduce the failure by hand, from the repository root. */
  readonly reproduce?: string;
}

export function passed(base: Pick<CheckReport, 'name' | 'kind'>, seconds: number): CheckOutcome {
  return {...base, status: 'pass', seconds};
}

export function failed(
  base: Pick<CheckReport, 'name' | 'kind'>,
  seconds: number,
  reason: string,
  extra: {logs?: string; reproduce?: string} = {},
): CheckOutcome {
  return {...base, status: 'fail', seconds, reason, ...extra};
}

/** "expected output to contain …" with the actual output, trimmed to what fits in a report. */
export function missingText(expected: readonly string[], output: string): string | undefined {
  const missing = expected.filter((text) => !output.includes(text));
  if (missing.length === 0) return undefined;
  const shownOutput = output.trim().length > 0 ? output.trim().split('\n').slice(-15).join('\n') : '(no output)';
  return `expected the output to contain ${missing.map((text) => JSON.stringify(text)).join(', ')}, but it was:\n${shownOutput}`;
}

/**
 * Why a step was not run: after Ctrl-C, after an earlier failure, or because it is shown but not
 * meant to run (with the step's own reason). The run's summary lists every skip but the first two.
 */
export function sequenceSkipReason(how: {aborted: boolean; failedStep: string | undefined; notRunBecause?: string}): string {
  if (how.aborted) return 'interrupted';
  if (how.failedStep) return `after failed step ${how.failedStep}`;
  return `shown to students, not run: ${how.notRunBecause ?? 'no reason given'}`;
}

/** A skip caused by the run itself (a failure before it, Ctrl-C): the failure is what to read. */
export function isSequenceSkip(reason: string | undefined): boolean {
  return /^(interrupted$|after failed step )/.test(reason ?? '');
}
