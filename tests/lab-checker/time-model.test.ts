import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {agenda} from '../../src/data/agenda';
import {loadCourse} from '../../scripts/setup-kit/course';
import {addedLines, countWords, estimateCorePath, loadLabParts, stagesToWrite, todoFilesOf, type LabPart} from '../../lib/labs/time-model';
import type {LabManifest, LabStep} from '../../lib/labs/manifest';

const repoRoot = path.resolve(__dirname, '../..');
const labsDir = path.join(repoRoot, 'labs');
const labSections = agenda.filter((section) => section.lab !== undefined);

describe("every lab's core path fits its minutes in the agenda", () => {
  it.each(labSections.map((section) => [section.lab as string, section.minutes] as const))('%s in %i minutes', async (lab, minutes) => {
    const estimate = estimateCorePath(await loadLabParts(labsDir, lab));
    const breakdown = `${estimate.steps} steps, ${estimate.todoLines} lines to write (${estimate.todoFiles.map((f) => `${f.file}: ${f.lines}`).join(', ')}), ${estimate.words} words, ${estimate.waitMinutes} min of waits`;
    expect(estimate.minutes, `${lab}: about ${estimate.minutes.toFixed(1)} min for ${breakdown}`).toBeLessThanOrEqual(minutes);
    expect(estimate.steps).toBeGreaterThan(0);
  });
});

describe('a build on the core path is prepared at home or says how long it waits', () => {
  it('every core build step', async () => {
    const course = await loadCourse(repoRoot);
    const problems: string[] = [];
    for (const section of labSections) {
      for (const part of await loadLabParts(labsDir, section.lab as string)) {
        const partDir = path.relative(repoRoot, part.dir).split(path.sep).join('/');
        const prepared = course.prepared.some((image) => image.dir.startsWith(`${partDir}/`));
        for (const step of part.manifest.takeHome ? [] : (part.manifest.steps ?? [])) {
          const builds = /\bdocker build\b|\bdocker compose\b.*--build\b/.test(step.command);
          if (builds && !step.optional && !prepared && !step.wait) problems.push(`${part.manifest.id} step ${step.id}`);
        }
      }
    }
    expect(problems, 'these steps build an image the setup kit does not prepare at home, and declare no wait').toEqual([]);
  });
});

function step(id: string, extra: Partial<LabStep> = {}): LabStep {
  return {id, title: 'Run it', explain: 'One two three.', command: 'true', ...extra};
}

function manifest(steps: LabStep[], extra: Partial<LabManifest> = {}): LabManifest {
  return {id: 'x', title: 'X', images: [], starter: [], steps, checks: [], ...extra};
}

describe('estimateCorePath', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'time-model-'));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));
  const emptyPart = (m: LabManifest): LabPart => ({manifest: m, dir: scratch});

  it('counts 0.75 min a core step, the words of its title and explanation at 150 a minute, and its wait', () => {
    const words = Array.from({length: 148}, () => 'word').join(' ');
    const estimate = estimateCorePath([emptyPart(manifest([step('a', {explain: words}), step('b', {wait: {minutes: 2, why: 'pip'}})]))]);
    // 2 steps, 2 + 148 + 2 + 3 = 155 words, 2 min of waiting.
    expect(estimate).toMatchObject({steps: 2, words: 155, waitMinutes: 2});
    expect(estimate.minutes).toBeCloseTo(1.5 + 155 / 150 + 2, 5);
  });

  it('leaves out optional steps, steps done in the lecture, and take-home parts, but counts what the lecture does', () => {
    const estimate = estimateCorePath([
      emptyPart(manifest([step('a'), step('b', {optional: true}), step('c', {inLecture: true})])),
      emptyPart(manifest([step('d'), step('e')], {takeHome: true})),
    ]);
    expect(estimate).toMatchObject({steps: 1, inLecture: 1});
  });

  it('counts the lines a solution adds in starter files with a TODO, and in exercise cells', () => {
    const part = path.join(scratch, 'part');
    for (const side of ['starter', 'solution']) mkdirSync(path.join(part, side), {recursive: true});
    writeFileSync(path.join(part, 'starter', 'Dockerfile'), 'FROM python:3.13-slim\n# TODO 1: a user\n\n# TODO 2: CMD\n');
    writeFileSync(
      path.join(part, 'solution', 'Dockerfile'),
      'FROM python:3.13-slim\n# a user\nRUN useradd app\nUSER app\n\nCMD ["python"]\n',
    );
    // No TODO: not the student's to write, whatever its solution holds.
    writeFileSync(path.join(part, 'starter', 'app.py'), 'print(1)\n');
    writeFileSync(path.join(part, 'solution', 'app.py'), 'print(2)\n');
    const cell = (source: string, tags: string[]): object => ({cell_type: 'code', source, metadata: {tags}});
    const notebook = (exercise: string): string =>
      JSON.stringify({cells: [cell('import pickle', []), cell(exercise, ['exercise']), cell('x = 1\ny = 2', ['other'])]});
    writeFileSync(path.join(part, 'starter', 'model.ipynb'), notebook('# Exercise 1: save it\n'));
    writeFileSync(
      path.join(part, 'solution', 'model.ipynb'),
      notebook('# Exercise 1: save it\nwith open("m.pkl", "wb") as f:\n    pickle.dump(model, f)'),
    );
    expect(todoFilesOf(part)).toEqual([
      {file: 'Dockerfile', lines: 3},
      {file: 'model.ipynb', lines: 2},
    ]);
    expect(estimateCorePath([{manifest: manifest([]), dir: part}]).minutes).toBe(5);
  });
});

describe('addedLines', () => {
  it('counts solution lines missing from the starter, in order, without blanks or comments', () => {
    expect(addedLines(['a', 'b', 'c'], ['a', 'x', 'b', '', '# note', 'y', 'c', 'z'])).toBe(3);
  });
  it('counts a changed line once, and a line moved against the order', () => {
    expect(addedLines(['image: TODO'], ['image: iris-api:1.0'])).toBe(1);
    expect(addedLines(['a', 'b'], ['b', 'a'])).toBe(1);
  });
  it('ignores indentation changes', () => {
    expect(addedLines(['  a'], ['a'])).toBe(0);
  });
});

describe('stagesToWrite', () => {
  const solution = ['FROM python AS model', 'RUN python train.py', '', 'FROM python', 'COPY --from=model /m model/', 'CMD ["app"]'];
  it("compares a one-stage starter with the solution's last stage, whose earlier stages the student does not write", () => {
    const starter = ['# TODO: a stage', 'FROM python', '# TODO 1: copy the model', '# TODO 2: CMD'];
    expect(stagesToWrite(starter, solution)).toEqual(['FROM python', 'COPY --from=model /m model/', 'CMD ["app"]']);
    expect(addedLines(starter, stagesToWrite(starter, solution))).toBe(2);
  });
  it('compares a starter with stages of its own, or a one-stage solution, with the whole solution', () => {
    expect(stagesToWrite(['FROM python AS model', '# TODO', 'FROM python'], solution)).toBe(solution);
    expect(stagesToWrite(['# TODO: write it all'], solution)).toBe(solution);
    expect(stagesToWrite(['FROM python'], ['FROM python', 'CMD ["app"]'])).toEqual(['FROM python', 'CMD ["app"]']);
  });
});

describe('countWords', () => {
  it('counts words, not Markdown marks or lone symbols', () => {
    expect(countWords('Run `docker ps` -- it lists **running** containers.')).toBe(7);
  });
});
