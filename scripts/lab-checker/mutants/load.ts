/** The mutants of `tests/mutants/`: one lab's per file, or a list of them for a lab made of parts. */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {repoRoot} from '../paths';
import {UserFacingError} from '../engine/setup';
import type {LabMutants} from './mutant';

export const MUTANTS_DIR = path.join(repoRoot, 'tests', 'mutants');

export async function loadMutants(): Promise<LabMutants[]> {
  const files = readdirSync(MUTANTS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const all: LabMutants[] = [];
  for (const file of files) {
    // One lab's mutants, or a list of them for a lab made of parts (lab 02's workflows).
    const module = (await import(pathToFileURL(path.join(MUTANTS_DIR, file)).href)) as {default?: LabMutants | LabMutants[]};
    if (!module.default) throw new UserFacingError(`tests/mutants/${file} has no default export (export default defineMutants({...}))`);
    all.push(...(Array.isArray(module.default) ? module.default : [module.default]));
  }
  for (const group of all) {
    const ids = group.mutants.map((mutant) => mutant.id);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (twice.length > 0) throw new UserFacingError(`mutants of ${group.lab} share ids: ${twice.join(', ')}`);
  }
  return all;
}
