import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dockerfileInstructions} from '../../scripts/setup-kit/course';
import {fillTodoRegions} from '../../scripts/lab-checker/todo-regions';

const labsDir = path.resolve(import.meta.dirname, '../../labs');

/**
 * Files a starter carries unchanged from its solution: each lab folder must stand alone as a
 * download, so they are copies, and this keeps a fix to one from missing the other.
 */
const sharedFiles: Record<string, readonly string[]> = {
  '01-docker-basics': ['hello.py', '.dockerignore'],
  '03-model': ['Dockerfile', '.dockerignore', 'requirements.txt', 'check_notebook.py'],
  // api_errors.py: the bad-input handling app.py imports; train_model.py: the fallback for a missing model.
  '04-rest-api': [
    '.dockerignore',
    'requirements.txt',
    'api_errors.py',
    'client.py',
    'train_model.py',
    'pytest.ini',
    'tests/conftest.py',
    'tests/test_app.py',
  ],
  // Lab 05's exercise is one block of compose.yaml: every other file is given whole.
  '05-data-app': starterFiles('05-data-app').filter((file) => file !== 'compose.yaml'),
  // Lab 02's workflows: everything but the files with the exercise's TODOs.
  '02-workflows/w1-jupyter': starterFiles('02-workflows/w1-jupyter').filter((file) => file !== 'Dockerfile'),
  '02-workflows/w2-project': starterFiles('02-workflows/w2-project').filter((file) => file !== 'Dockerfile'),
  '02-workflows/w3-data-app': starterFiles('02-workflows/w3-data-app').filter((file) => file !== 'compose.yaml'),
  '02-workflows/w4-api': starterFiles('02-workflows/w4-api').filter((file) => !['compose.yaml', 'score.py'].includes(file)),
};

function starterFiles(lab: string): string[] {
  const root = path.join(labsDir, lab, 'starter');
  return (readdirSync(root, {recursive: true, withFileTypes: true}) as {name: string; parentPath: string; isFile(): boolean}[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('starter files that are copies of the solution', () => {
  for (const [lab, files] of Object.entries(sharedFiles)) {
    it.each(files)(`${lab}: starter/%s equals its solution copy`, (file) => {
      const starter = readFileSync(path.join(labsDir, lab, 'starter', file), 'utf8');
      const solution = readFileSync(path.join(labsDir, lab, 'solution', file), 'utf8');
      expect(starter, `labs/${lab}/starter/${file} differs from the solution's copy`).toBe(solution);
    });
  }
});

describe('lab 05: the starter compose.yaml is the solution with the api block left to do', () => {
  const read = (folder: string): string => readFileSync(path.join(labsDir, '05-data-app', folder, 'compose.yaml'), 'utf8');
  it("equals the solution once its marked TODO region holds the solution's lines", () => {
    expect(fillTodoRegions(read('starter'), read('solution'))).toBe(read('solution'));
  });
  it('differs from the solution: the exercise is still to do', () => {
    expect(read('starter')).not.toBe(read('solution'));
    expect(read('starter')).toContain('TODO 1');
  });
  it('carries every other file of the solution', () => {
    const solutionFiles = (readdirSync(path.join(labsDir, '05-data-app', 'solution'), {recursive: true}) as string[]).length;
    const starterCount = (readdirSync(path.join(labsDir, '05-data-app', 'starter'), {recursive: true}) as string[]).length;
    expect(starterCount).toBe(solutionFiles);
  });
});

describe('lab 04: the starters are the solution with its TODOs left to do', () => {
  const read = (folder: string, file: string): string => readFileSync(path.join(labsDir, '04-rest-api', folder, file), 'utf8');
  it("app.py equals the solution once its marked TODO regions hold the solution's lines", () => {
    expect(fillTodoRegions(read('starter', 'app.py'), read('solution', 'app.py'))).toBe(read('solution', 'app.py'));
    expect(read('starter', 'app.py')).not.toBe(read('solution', 'app.py'));
  });
  it("the Dockerfile is the solution's last stage without the model's COPY and the CMD, the TODOs", () => {
    const solution = dockerfileInstructions(read('solution', 'Dockerfile'));
    const lastStage = solution.slice(solution.findLastIndex((line) => line.startsWith('FROM ')));
    const todo = (line: string): boolean => line.startsWith('COPY --from=model ') || line.startsWith('CMD ');
    expect(lastStage.filter(todo)).toHaveLength(2);
    expect(dockerfileInstructions(read('starter', 'Dockerfile'))).toEqual(lastStage.filter((line) => !todo(line)));
  });
});
