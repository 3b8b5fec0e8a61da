/**
 * Stand-in recipes: one folder per official image under `standins/recipes/`, each with a
 * `recipe.json`. The hash of a folder's files (and of its base's recipe) is stored as a label on
 * the image, so a stand-in is rebuilt only when its recipe changes.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {checkerDir} from '../paths';
import {machineFiles, type MachineFileKind, type MachineSources} from './machine-files';

export const RECIPE_LABEL = 'org.docker-for-data-science.standin-recipe';

/**
 * Bump when the way stand-ins are built (standins/provision.ts) changes: it is part of every
 * hash, so such a change rebuilds them like a recipe change does.
 */
export const BUILDER_VERSION = '1';
export const recipesDir = path.join(checkerDir, 'standins', 'recipes');

export type RecipeSpec = (
  | {
      readonly image: string;
      readonly kind: 'debootstrap';
      readonly suite: string;
      readonly variant: string;
      readonly cmd: readonly string[];
    }
  | {
      readonly image: string;
      readonly kind: 'dockerfile';
      /** The image the Dockerfile starts FROM (itself a stand-in). */
      readonly from: string;
      /** Files of the machine and the run put in the build context (standins/machine-files.ts). */
      readonly machineFiles?: Readonly<Record<string, MachineFileKind>>;
    }
) & {
  /** What the stand-in is, in a line, for the proof page. */
  readonly about?: string;
};

export interface Recipe {
  readonly dir: string;
  readonly spec: RecipeSpec;
  /** Hash of this recipe's files only; see `recipeHash` for the full one. */
  readonly ownHash: string;
}

export interface RecipeFile {
  readonly path: string;
  readonly content: Buffer | string;
}

/** Order-independent hash of files: sorted by path, each path and content length-prefixed. */
export function hashFiles(files: readonly RecipeFile[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    hash.update(`${file.path}\0${content.length}\0`);
    hash.update(content);
  }
  for (const value of extra) hash.update(`\0extra\0${value}`);
  return hash.digest('hex').slice(0, 16);
}

export function readFilesRecursively(dir: string, base = dir): RecipeFile[] {
  const files: RecipeFile[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...readFilesRecursively(full, base));
    else files.push({path: path.relative(base, full).split(path.sep).join('/'), content: readFileSync(full)});
  }
  return files;
}

export function loadRecipes(dir = recipesDir): Map<string, Recipe> {
  const recipes = new Map<string, Recipe>();
  for (const name of readdirSync(dir).sort()) {
    const recipeDir = path.join(dir, name);
    if (!statSync(recipeDir).isDirectory()) continue;
    const spec = JSON.parse(readFileSync(path.join(recipeDir, 'recipe.json'), 'utf8')) as RecipeSpec;
    recipes.set(spec.image, {dir: recipeDir, spec, ownHash: hashFiles(readFilesRecursively(recipeDir), [BUILDER_VERSION])});
  }
  return recipes;
}

/** Own hash combined with the base's, so a changed base rebuilds everything built on it. */
export function recipeHash(
  image: string,
  recipes: ReadonlyMap<string, Recipe>,
  sources: MachineSources,
  seen: readonly string[] = [],
): string {
  const recipe = recipes.get(image);
  if (!recipe) throw new Error(`No stand-in recipe for ${image}.`);
  if (seen.includes(image)) throw new Error(`Stand-in recipes form a cycle: ${[...seen, image].join(' -> ')}`);
  if (recipe.spec.kind === 'debootstrap') return recipe.ownHash;
  const baseHash = recipeHash(recipe.spec.from, recipes, sources, [...seen, image]);
  // A new certificate on the machine, or a new cache address, rebuilds the stand-in that carries it.
  const machine = recipe.spec.machineFiles ? [hashFiles(machineFiles(recipe.spec.machineFiles, sources))] : [];
  return hashFiles([], [recipe.ownHash, baseHash, ...machine]);
}

/** The images to provision for `wanted`, bases first. */
export function provisioningOrder(wanted: readonly string[], recipes: ReadonlyMap<string, Recipe>): string[] {
  const order: string[] = [];
  const visit = (image: string, seen: readonly string[]): void => {
    if (order.includes(image)) return;
    const recipe = recipes.get(image);
    if (!recipe) {
      throw new Error(
        `No stand-in recipe for ${image}: add a folder to scripts/lab-checker/standins/recipes/ or use an image that has one (${[...recipes.keys()].join(', ')}).`,
      );
    }
    if (seen.includes(image)) throw new Error(`Stand-in recipes form a cycle: ${[...seen, image].join(' -> ')}`);
    if (recipe.spec.kind === 'dockerfile') visit(recipe.spec.from, [...seen, image]);
    order.push(image);
  };
  for (const image of wanted) visit(image, []);
  return order;
}
