import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {recipesDir} from '../../scripts/lab-checker/standins/recipes';

const versionsFile = path.resolve(import.meta.dirname, '../../labs/requirements/offline-versions.json');
const packagesFile = path.join(recipesDir, 'python-3.11-slim-bookworm', 'debian-packages.txt');

/** Package names of the recipe's list: one per line, `#` starts a comment. */
function recipePackages(): Set<string> {
  const names = readFileSync(packagesFile, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  return new Set(names);
}

describe('the python stand-in recipe', () => {
  it.runIf(existsSync(versionsFile))('pre-installs every Debian package the labs\' pins come from', () => {
    const versions = JSON.parse(readFileSync(versionsFile, 'utf8')) as {packages: Record<string, {debianPackage: string}>};
    const have = recipePackages();
    const missing = Object.values(versions.packages)
      .map((entry) => entry.debianPackage)
      .filter((pkg) => !have.has(pkg));
    expect(missing).toEqual([]);
  });

  it('keeps the python and pip commands', () => {
    expect(recipePackages()).toContain('python3');
    expect(recipePackages()).toContain('python3-pip');
  });
});
