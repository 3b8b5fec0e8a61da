/** Finding the labs (folders with a `lab.ts`) and loading their manifests. */
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {LabManifest} from './manifest';
import {validateLab} from './validate';

export interface LoadedLab {
  readonly id: string;
  readonly dir: string;
  readonly manifest: LabManifest;
}

export function findLabIds(labsDir: string): string[] {
  if (!existsSync(labsDir)) return [];
  return readdirSync(labsDir)
    .filter((name) => statSync(path.join(labsDir, name)).isDirectory() && existsSync(path.join(labsDir, name, 'lab.ts')))
    .sort();
}

/** Throws one message listing every manifest problem, so all of them get fixed at once. */
export async function loadLab(labsDir: string, id: string): Promise<LoadedLab> {
  const dir = path.join(labsDir, id);
  const file = path.join(dir, 'lab.ts');
  if (!existsSync(file)) throw new Error(`Lab "${id}" has no ${path.relative(process.cwd(), file)}.`);
  const module = (await import(pathToFileURL(file).href)) as {default?: unknown};
  const errors = validateLab(module.default, id);
  if (errors.length > 0) throw new Error(`Lab "${id}" has an invalid lab.ts:\n  - ${errors.join('\n  - ')}`);
  return {id, dir, manifest: module.default as LabManifest};
}
