import {describe, expect, it} from 'vitest';
import lab01 from '../../labs/01-docker-basics/lab';
import type {HttpExpectation, LabManifest, LabStep} from '../../lib/labs/manifest';
import {isInteractiveCommand, needsRegistry, validateLab} from '../../lib/labs/validate';

const step = (overrides: Partial<LabStep>): LabStep => ({id: 's', title: 'S', explain: '', command: 'docker ps', ...overrides});

function minimal(overrides: Partial<LabManifest> = {}): LabManifest {
  return {
    id: 'x',
    title: 'X',
    images: [{name: 'app', context: '.'}],
    starter: [{claim: 'builds', context: '.'}],
    checks: [{kind: 'run-output', name: 'greets', image: 'app', expectOutput: ['hi']}],
    ...overrides,
  };
}

describe('validateLab', () => {
  it('accepts lab 01 as it is', () => {
    expect(validateLab(lab01, '01-docker-basics')).toEqual([]);
  });

  it('accepts a minimal manifest', () => {
    expect(validateLab(minimal(), 'x')).toEqual([]);
  });

  it('rejects a module without a default export', () => {
    expect(validateLab(undefined, 'x')[0]).toMatch(/export default defineLab/);
  });

  it('requires the id to be the folder name', () => {
    expect(validateLab(minimal(), 'other')).toContain('id "x" must equal the folder name "other"');
  });

  it('rejects checks on images the lab does not build', () => {
    const lab = minimal({checks: [{kind: 'run-output', name: 'c', image: 'nope', expectOutput: ['hi']}]});
    expect(validateLab(lab, 'x').join('\n')).toMatch(/image "nope" is not one of the lab's images/);
  });

  it('rejects a run-output check that could never fail', () => {
    const lab = minimal({checks: [{kind: 'run-output', name: 'c', image: 'app', expectOutput: []}]});
    expect(validateLab(lab, 'x').join('\n')).toMatch(/could never fail/);
  });

  it('wants a checked equivalent for interactive steps and an offline check for pulls', () => {
    const lab = minimal({
      steps: [step({id: 'shell', command: 'docker exec -it box sh'}), step({id: 'pull', command: 'docker pull debian:bookworm-slim'})],
      checks: [{kind: 'steps', name: 'steps'}],
    });
    const errors = validateLab(lab, 'x').join('\n');
    expect(errors).toMatch(/step "shell": the command is interactive/);
    expect(errors).toMatch(/step "pull": the command pulls from a registry/);
  });

  it('wants steps to be run by a steps check, and ids to be unique', () => {
    const lab = minimal({steps: [step({id: 'a'}), step({id: 'a'})]});
    const errors = validateLab(lab, 'x').join('\n');
    expect(errors).toMatch(/duplicate step id/);
    expect(errors).toMatch(/no `steps` check/);
  });

  it('wants a Linux variant only on a step that mounts the folder', () => {
    const variant = 'docker run --user "$(id -u):$(id -g)" -v "$(pwd):/w" img';
    const lab = (mountsFolder: boolean) =>
      minimal({steps: [step({linuxOtherUser: variant, mountsFolder})], checks: [{kind: 'steps', name: 'steps'}]});
    expect(validateLab(lab(false), 'x').join('\n')).toMatch(/`linuxOtherUser` is only for `mountsFolder` steps/);
    expect(validateLab(lab(true), 'x')).toEqual([]);
  });

  it('takes a Linux command only on a step it does not run, since it would run the macOS one', () => {
    const open = (run?: boolean) =>
      minimal({
        steps: [
          step({command: 'open http://localhost:8890', linux: 'xdg-open http://localhost:8890', run, notRunBecause: 'it opens a browser'}),
        ],
        checks: [{kind: 'steps', name: 'steps'}],
      });
    expect(validateLab(open(false), 'x')).toEqual([]);
    expect(validateLab(open(), 'x').join('\n')).toMatch(/`linux` is only for `run: false` steps/);
  });

  it('ignores steps that are not run, but wants to know why each is not', () => {
    const shown = (notRunBecause?: string) =>
      minimal({
        steps: [step({command: 'docker run -it debian bash', run: false, notRunBecause})],
        checks: [{kind: 'steps', name: 'steps'}],
      });
    expect(validateLab(shown('it needs a keyboard; the next step runs the same command with -T'), 'x')).toEqual([]);
    expect(validateLab(shown(), 'x').join('\n')).toMatch(/a `run: false` step needs `notRunBecause`/);
    expect(validateLab(shown('  '), 'x').join('\n')).toMatch(/needs `notRunBecause`/);
  });

  it('refuses an expectation that every output meets', () => {
    const blankStep = minimal({steps: [step({expect: ' '})], checks: [{kind: 'steps', name: 'steps'}]});
    expect(validateLab(blankStep, 'x').join('\n')).toMatch(/`expect` is blank/);
    const blankOutput = minimal({checks: [{kind: 'run-output', name: 'c', image: 'app', expectOutput: ['']}]});
    expect(validateLab(blankOutput, 'x').join('\n')).toMatch(/an expected output is blank/);
    const blankFailure = minimal({
      checks: [
        {kind: 'self-check', name: 's', script: 'check.sh', args: ['solution'], mustFailWith: [{args: ['starter'], expectOutput: ''}]},
      ],
    });
    expect(validateLab(blankFailure, 'x').join('\n')).toMatch(/an expected output is blank/);
  });

  it('takes a retried step only with an output to wait for, a sane time and its own command', () => {
    const retried = (overrides: Partial<LabStep>) => minimal({steps: [step(overrides)], checks: [{kind: 'steps', name: 'steps'}]});
    expect(validateLab(retried({retryFor: 60, expect: 'is running at'}), 'x')).toEqual([]);
    expect(validateLab(retried({retryFor: 60}), 'x').join('\n')).toMatch(/`retryFor` needs `expect`/);
    expect(validateLab(retried({retryFor: 0.5, expect: 'up'}), 'x').join('\n')).toMatch(/whole number of tries/);
    expect(validateLab(retried({retryFor: 3600, expect: 'up'}), 'x').join('\n')).toMatch(/1 to 300/);
    expect(validateLab(retried({retryFor: 60, expect: 'up', check: 'docker ps'}), 'x').join('\n')).toMatch(/cannot have a `check`/);
  });

  it('wants every expected HTTP error to prove its JSON body, not only its status', () => {
    const lab = (request: Partial<HttpExpectation> & {expectStatus: number}) =>
      minimal({
        checks: [
          {
            kind: 'http',
            name: 'h',
            image: 'app',
            containerPort: 80,
            readyPath: '/',
            requests: [{method: 'GET', path: '/nope', ...request}],
          },
        ],
      });
    expect(validateLab(lab({expectStatus: 404}), 'x').join('\n')).toMatch(/GET \/nope expects 404 but no JSON/);
    expect(validateLab(lab({expectStatus: 404, expectJsonIncludes: {error: 'no such endpoint'}}), 'x')).toEqual([]);
    expect(validateLab(lab({expectStatus: 200}), 'x')).toEqual([]);
  });

  it("takes a server's own refusal without JSON only when it says why, and only as a 4xx", () => {
    const lab = (request: Partial<HttpExpectation> & {expectStatus: number}) =>
      minimal({
        checks: [
          {
            kind: 'http',
            name: 'h',
            image: 'app',
            containerPort: 80,
            readyPath: '/',
            requests: [{method: 'GET', path: '/long', ...request}],
          },
        ],
      });
    expect(validateLab(lab({expectStatus: 400, refusedByServer: 'the request line is over the limit'}), 'x')).toEqual([]);
    expect(validateLab(lab({expectStatus: 400, refusedByServer: ' '}), 'x').join('\n')).toMatch(/must say why/);
    expect(validateLab(lab({expectStatus: 502, refusedByServer: 'a proxy'}), 'x').join('\n')).toMatch(/with a 4xx, not 502/);
    expect(validateLab(lab({expectStatus: 200, refusedByServer: 'a proxy'}), 'x').join('\n')).toMatch(/with a 4xx, not 200/);
    expect(validateLab(lab({expectStatus: 400, refusedByServer: 'why', expectJson: {error: 'x'}}), 'x').join('\n')).toMatch(/not JSON/);
  });
});

describe('command classification', () => {
  it('spots interactive commands', () => {
    expect(isInteractiveCommand('docker exec -it box sh')).toBe(true);
    expect(isInteractiveCommand('docker run -ti debian')).toBe(true);
    expect(isInteractiveCommand('docker exec box cat /etc/os-release')).toBe(false);
  });
  it('spots registry pulls', () => {
    expect(needsRegistry('docker pull debian:bookworm-slim')).toBe(true);
    expect(needsRegistry('docker image pull x')).toBe(true);
    expect(needsRegistry('docker run --rm x')).toBe(false);
  });
});
