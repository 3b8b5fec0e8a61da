import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  boxDrift,
  boxIsCaptured,
  boxOf,
  boxProblem,
  boxTooLong,
  CAPTURED_FILE,
  MAX_BOX_LINES,
  REFRESH_COMMAND,
  selectLines,
  writtenBecause,
} from '../../lib/labs/boxes';
import {readCaptured, runBoxes} from '../../scripts/lab-checker/captures/store';
import type {LabStep} from '../../lib/labs/manifest';
import type {LabReport} from '../../scripts/lab-checker/report';
import {loadLabParts} from '../../lib/labs/time-model';
import {CAPTURED} from '../../src/components/LabSteps/captured';

const labsDir = path.resolve('labs');
const step = (overrides: Partial<LabStep>): LabStep => ({id: 'ps', title: 'List', explain: '', command: 'docker ps', ...overrides});

describe("a step's box", () => {
  it('is captured only where the checker runs the command shown', () => {
    expect(boxIsCaptured(step({}))).toBe(true);
    expect(writtenBecause(step({check: 'docker exec box cat /etc/os-release'}))).toMatch(/equivalent/);
    expect(writtenBecause(step({offlineCheck: 'docker image inspect debian'}))).toMatch(/registry/);
    expect(writtenBecause(step({run: false, notRunBecause: 'opens a browser'}))).toMatch(/not run/);
    expect(boxIsCaptured(step({box: false}))).toBe(false);
  });

  it('keeps the selected lines, in the order printed', () => {
    const out = 'one\ntwo naming to\nthree\nfour naming to';
    expect(selectLines(out, {linesWith: ['naming to']})).toBe('two naming to\nfour naming to');
    expect(selectLines(out, {first: 2})).toBe('one\ntwo naming to');
    expect(selectLines(out, {last: 1})).toBe('four naming to');
    expect(selectLines(out, undefined)).toBe(out);
  });

  it('lines a table up for the rows it keeps, and sorts where asked', () => {
    const images =
      'REPOSITORY   TAG             IMAGE ID       CREATED       SIZE\ndebian       trixie-slim     7d4f0a1b2c3e   2 weeks ago   1.41GB\ndebian       bookworm-slim   0e5b7c9d8a11   3 days ago    97.2MB';
    expect(boxOf(step({box: {linesWith: ['REPOSITORY', 'trixie']}}), images)).toBe(
      'REPOSITORY   TAG           IMAGE ID     CREATED      SIZE\ndebian       trixie-slim   <image id>   <time> ago   <size>',
    );
    expect(
      boxOf(step({box: {sorted: true}}), '#7 [3/4] WORKDIR /app\n#6 [2/4] RUN useradd app\n#9 naming to docker.io/library/x:1.0 done'),
    ).toBe('[2/4] RUN useradd app\n[3/4] WORKDIR /app\nnaming to docker.io/library/x:1.0 done');
  });

  it('is made of the normalised output', () => {
    expect(
      boxOf(
        step({box: {linesWith: ['CONTAINER ID', 'lab01-box']}}),
        'CONTAINER ID   IMAGE   COMMAND   NAMES\n3f2a9c81d0e4   debian   "sleep"   lab01-box\n',
      ),
    ).toBe('CONTAINER ID     IMAGE    COMMAND   NAMES\n<container id>   debian   "sleep"   lab01-box');
  });

  it("must show the step's expect, and stay short", () => {
    expect(boxProblem(step({expect: 'lab01-box'}), 'lab01-box')).toBeUndefined();
    expect(boxProblem(step({expect: 'lab01-box'}), 'something else')).toMatch(
      /does not show "lab01-box".*widen the step's `box` selection/s,
    );
    expect(boxTooLong(step({}), Array.from({length: MAX_BOX_LINES + 1}, () => 'x').join('\n'))).toMatch(/narrow/);
    expect(boxTooLong(step({}), 'x')).toBeUndefined();
  });
});

describe('drift between the page and the run', () => {
  it('a box that no longer matches what the run printed fails, naming the step and the refresh command', () => {
    const drifts = boxDrift('01-docker-basics', {ps: 'old box', rm: 'lab01-box'}, {ps: 'new box', rm: 'lab01-box'});
    expect(drifts.map((drift) => drift.step)).toEqual(['ps']);
    expect(drifts[0]?.message).toContain('01-docker-basics › step ps');
    expect(drifts[0]?.message).toContain(`${REFRESH_COMMAND} 01-docker-basics`);
    expect(drifts[0]?.message).toContain('old box');
    expect(drifts[0]?.message).toContain('new box');
  });

  it('a box the page lacks, or one the run no longer makes, fails too', () => {
    expect(boxDrift('l', {}, {ps: 'x'}).map((drift) => drift.message)).toEqual([expect.stringMatching(/no captured box/)]);
    expect(boxDrift('l', {ps: 'x'}, {}).map((drift) => drift.message)).toEqual([expect.stringMatching(/captured none/)]);
    expect(boxDrift('l', {ps: 'x'}, {ps: 'x'})).toEqual([]);
  });

  it('a run whose steps stopped at a failure compares nothing', () => {
    const lab = (checks: LabReport['checks']): LabReport => ({
      id: 'l',
      title: 'l',
      status: 'pass',
      skipped: 0,
      equivalents: 0,
      seconds: 0,
      images: [],
      checks,
    });
    const box = {step: 'ps', text: 'x'};
    expect(runBoxes(lab([{name: 'step ps', kind: 'steps', status: 'pass', seconds: 0, box}]))).toEqual({ps: 'x'});
    expect(
      runBoxes(
        lab([
          {name: 'step ps', kind: 'steps', status: 'pass', seconds: 0, box},
          {name: 'step rm', kind: 'steps', status: 'fail', seconds: 0},
        ]),
      ),
    ).toBeUndefined();
    expect(runBoxes(lab([{name: 'step rm', kind: 'steps', status: 'skip', seconds: 0, reason: 'after failed step ps'}]))).toBeUndefined();
  });
});

/** Every lab folder with a lab.ts: its id and manifest. */
async function everyLab() {
  const ids = readdirSync(labsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
    .map((entry) => entry.name);
  return (await Promise.all(ids.map((id) => loadLabParts(labsDir, id)))).flat().map(({manifest}) => manifest);
}

describe('the committed boxes', () => {
  it('each lab with a captured step has its captured.json, and the pages import it', async () => {
    for (const lab of await everyLab()) {
      if (!(lab.steps ?? []).some(boxIsCaptured)) continue;
      expect(existsSync(path.join(labsDir, ...lab.id.split('/'), CAPTURED_FILE)), `${lab.id}/${CAPTURED_FILE}`).toBe(true);
      expect(CAPTURED[lab.id], `src/components/LabSteps/captured.ts imports ${lab.id}`).toEqual(readCaptured(labsDir, lab.id));
    }
  });

  it('belong to steps the checker runs as shown, show their expect, and are short', async () => {
    for (const lab of await everyLab()) {
      const boxes = readCaptured(labsDir, lab.id);
      for (const [id, box] of Object.entries(boxes)) {
        const labStep = (lab.steps ?? []).find((s) => s.id === id);
        expect(labStep && boxIsCaptured(labStep), `${lab.id} › ${id} is a captured step`).toBe(true);
        if (labStep) expect(boxProblem(labStep, box) ?? boxTooLong(labStep, box), `${lab.id} › ${id}`).toBeUndefined();
      }
    }
  });

  it('show nothing only a stand-in prints: no pull progress, digests or measured sizes', async () => {
    for (const lab of await everyLab()) {
      for (const [id, box] of Object.entries(readCaptured(labsDir, lab.id))) {
        expect(box, `${lab.id} › ${id}`).not.toMatch(/Pulling from|Digest:|sha256:|\b\d+(\.\d+)?\s?[kMG]i?B\b/);
      }
    }
  });
});

describe('the pictures of the browser steps', () => {
  const dir = path.resolve('static', 'img', 'labs');

  it('each declared picture is committed, small, with alt text; every committed picture is declared', async () => {
    const declared = (await everyLab()).flatMap((lab) =>
      (lab.steps ?? []).flatMap((s) => (s.screenshots ?? []).map((shot) => ({lab: lab.id, shot}))),
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const {lab, shot} of declared) {
      const file = path.join(dir, shot.file);
      expect(existsSync(file), `${lab}: ${shot.file} (${REFRESH_COMMAND} ${lab})`).toBe(true);
      if (existsSync(file)) expect(statSync(file).size, `${shot.file} is small`).toBeLessThanOrEqual(80_000);
      expect(shot.alt.split(' ').length, `${shot.file} says what it shows`).toBeGreaterThanOrEqual(6);
    }
    const files = existsSync(dir) ? readdirSync(dir) : [];
    expect(files.filter((file) => !declared.some(({shot}) => shot.file === file))).toEqual([]);
  });
});
