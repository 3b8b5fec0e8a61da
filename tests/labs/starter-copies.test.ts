import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const labsDir = path.resolve(import.meta.dirname, '../../labs');

/**
 * Files a starter carries unchanged from its solution: each lab folder must stand alone as a
 * download, so they are copies, and this keeps a fix to one from missing the other.
 */
const sharedFiles: Record<string, readonly string[]> = {
  '01-docker-basics': ['hello.py', '.dockerignore'],
  '03-model': ['Dockerfile', '.dockerignore', 'requirements.txt', 'check_notebook.py'],
  '04-rest-api': ['.dockerignore', 'requirements.txt', 'client.py', 'pytest.ini', 'tests/conftest.py', 'tests/test_app.py'],
};

describe('starter files that are copies of the solution', () => {
  for (const [lab, files] of Object.entries(sharedFiles)) {
    it.each(files)(`${lab}: starter/%s equals its solution copy`, (file) => {
      const starter = readFileSync(path.join(labsDir, lab, 'starter', file), 'utf8');
      const solution = readFileSync(path.join(labsDir, lab, 'solution', file), 'utf8');
      expect(starter, `labs/${lab}/starter/${file} differs from the solution's copy`).toBe(solution);
    });
  }
});
