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

/**
 * Lab ids: folders with a `lab.ts`, and one level down in a folder without one, for a lab made of
 * parts that each stand alone (lab 02's workflows: `02-workflows/w1-jupyter`).
 */
export function findLabIds(labsDir: string): string[] {
  if (!existsSync(labsDir)) return [];
  const isDir = (dir: string): boolean => statSync(dir).isDirectory();
  const hasManifest = (dir: string): boolean => existsSync(path.join(dir, 'lab.ts'));
  const ids: string[] = [];
  for (const name of readdirSync(labsDir).sort()) {
    const dir = path.join(labsDir, name);
    if (!isDir(dir)) continue;
    if (hasManifest(dir)) ids.push(name);
    else
      for (const part of readdirSync(dir).sort())
        if (isDir(path.join(dir, part)) && hasManifest(path.join(dir, part))) ids.push(`${name}/${part}`);
  }
  return ids;
}

/** The labs folder a lab's folder sits in (its id may be `group/part`). */
export function labsDirOf(labDir: string, labId: string): string {
  return path.resolve(labDir, ...labId.split('/').map(() => '..'));
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
