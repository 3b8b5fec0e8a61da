import {describe, expect, it} from 'vitest';
import lab03 from '../../labs/03-model/lab';
import lab04 from '../../labs/04-rest-api/lab';
import w1 from '../../labs/02-workflows/w1-jupyter/lab';
import {runStep} from '../../scripts/lab-checker/checks/steps';
import type {LabStep} from '../../lib/labs/manifest';
import type {RunResult} from '../../scripts/lab-checker/proc';

const result = (output: string, code = 0): RunResult => ({code, stdout: output, stderr: '', output, timedOut: false, seconds: 0});

/** A command whose outputs come one per call, as a starting server's log grows. */
function outputs(...texts: string[]): {next: () => Promise<RunResult>; calls: () => number} {
  let calls = 0;
  return {
    next: () => Promise.resolve(result(texts[Math.min(calls++, texts.length - 1)] ?? '')),
    calls: () => calls,
  };
}

const noPause = () => Promise.resolve();
const step = (overrides: Partial<LabStep>): LabStep => ({
  id: 'logs',
  title: 'Logs',
  explain: '',
  command: 'docker logs box',
  expect: 'is running at',
  ...overrides,
});

describe('runStep', () => {
  it('runs a step once, and fails it at once when its output lacks the expectation', async () => {
    const log = outputs('starting', 'is running at');
    const {reason, tries} = await runStep(step({}), 'docker logs box', log.next, '', 300, noPause);
    expect(tries).toBe(1);
    expect(reason).toMatch(/printed no "is running at"/);
  });

  it('runs a retried step again until the output comes, and passes it', async () => {
    const log = outputs('starting', 'starting', 'Jupyter is running at http://…');
    const {reason, tries} = await runStep(step({retryFor: 60}), 'docker logs box', log.next, '', 300, noPause);
    expect(reason).toBeUndefined();
    expect(tries).toBe(3);
  });

  it('gives up on a retried step when its time is up, saying how long it waited', async () => {
    const log = outputs('starting');
    const {reason, tries} = await runStep(step({retryFor: 3}), 'docker logs box', log.next, '', 300, noPause);
    expect(tries).toBe(3);
    expect(reason).toMatch(/printed no "is running at"[\s\S]*tried 3 times, a second apart/);
  });

  it('retries a step whose command fails while the server starts', async () => {
    let calls = 0;
    const flaky = () => Promise.resolve(calls++ === 0 ? result('no such container', 1) : result('is running at'));
    const {reason, tries} = await runStep(step({retryFor: 5}), 'docker logs box', flaky, '', 300, noPause);
    expect(reason).toBeUndefined();
    expect(tries).toBe(2);
  });

  it("is what the labs use where students wait for a server: lab 03's Jupyter log, W1's Jupyter, lab 04's health", () => {
    const waits = (steps: readonly LabStep[] | undefined) => (steps ?? []).filter((s) => s.retryFor).map((s) => s.id);
    expect(waits(lab03.steps)).toEqual(['logs']);
    expect(waits(lab04.steps)).toEqual(['healthy']);
    expect(waits(w1.steps)).toEqual(['api']);
  });
});
