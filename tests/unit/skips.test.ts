import {describe, expect, it} from 'vitest';
import {formatSkips, labCheckerSkips, mutantSkips, playwrightSkips, vitestSkips} from '../../scripts/lib/skips';

describe('the skips npm test lists at its end', () => {
  it("takes skipped and pending tests from Vitest's JSON, not passed or failed ones", () => {
    const report = {
      testResults: [
        {
          name: '/repo/tests/engine/site-image.test.ts',
          assertionResults: [
            {fullName: 'the course site image, on a real engine serves the home page', status: 'skipped'},
            {fullName: 'x passes', status: 'passed'},
            {fullName: 'y fails', status: 'failed'},
            {fullName: 'z later', status: 'pending'},
          ],
        },
      ],
    };
    expect(vitestSkips(report, 'engine tests', '/repo/')).toEqual([
      {
        where: 'engine tests',
        what: 'tests/engine/site-image.test.ts',
        reason: 'the course site image, on a real engine serves the home page',
      },
      {where: 'engine tests', what: 'tests/engine/site-image.test.ts', reason: 'z later'},
    ]);
  });

  it('takes a skipped Playwright test with its skip annotation, from nested suites', () => {
    const report = {
      suites: [
        {
          title: 'decks.spec.ts',
          specs: [{title: 'runs', tests: [{results: [{status: 'passed'}]}]}],
          suites: [
            {
              title: 'print',
              specs: [
                {
                  title: 'prints A4',
                  tests: [{annotations: [{type: 'skip', description: 'no PDF viewer'}], results: [{status: 'skipped'}]}],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightSkips(report, 'browser tests')).toEqual([
      {where: 'browser tests', what: 'decks.spec.ts › print › prints A4', reason: 'no PDF viewer'},
    ]);
  });

  it("takes the lab checker's skipped checks and the mutants not tried, with their reasons", () => {
    const labs = {
      labs: [
        {
          id: '03-model',
          checks: [
            {name: 'pins', status: 'skip', reason: 'offline'},
            {name: 'steps', status: 'pass'},
          ],
        },
      ],
    };
    expect(labCheckerSkips(labs, 'lab checker')).toEqual([{where: 'lab checker', what: '03-model › pins', reason: 'offline'}]);
    const mutants = {
      mutants: [
        {lab: '04-rest-api', id: 'pin', skipped: 'its checks were skipped here'},
        {lab: '04-rest-api', id: 'b'},
      ],
    };
    expect(mutantSkips(mutants, 'mutation suite')).toEqual([
      {where: 'mutation suite', what: '04-rest-api:pin', reason: 'its checks were skipped here'},
    ]);
  });

  it('says so when nothing was skipped, and counts them when some were', () => {
    expect(formatSkips([])).toBe('Skipped in this run: nothing.');
    expect(formatSkips([{where: 'lab checker', what: 'a › b', reason: 'why'}])).toBe(
      'Skipped in this run: 1, each with its reason:\n  - [lab checker] a › b: why',
    );
  });
});
