/** Progress lines: one per step, each with the time since the run started. */
const runStarted = Date.now();

// A closed stdout (`… | head`) must not crash the run before it has cleaned up.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

function stamp(): string {
  const seconds = (Date.now() - runStarted) / 1000;
  return `[${seconds.toFixed(1).padStart(6)}s]`;
}

export function progress(message: string): void {
  console.log(`${stamp()} ${message}`);
}

export function detail(text: string): void {
  for (const line of text.trimEnd().split('\n')) console.log(`           ${line}`);
}

export function failure(message: string): void {
  // stdout like the rest, so failures stay in order with the progress lines in CI logs.
  console.log(`${stamp()} FAIL ${message}`);
}

/** How a finished check reads in a progress line: ok, FAILED, or skipped with its reason. */
export function outcomeWord(outcome: {readonly status: 'pass' | 'fail' | 'skip'; readonly reason?: string}): string {
  if (outcome.status === 'pass') return 'ok';
  if (outcome.status === 'skip') return `skipped: ${outcome.reason ?? 'no reason given'}`;
  return 'FAILED';
}
