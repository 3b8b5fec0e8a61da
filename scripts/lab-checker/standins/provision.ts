/**
 * Provisions stand-in images in the private daemon: debootstrap + `docker import` for Debian,
 * `docker build` of a recipe's Dockerfile for images built on it. Reused while the recipe hash
 * label matches.
 */
import {cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {run, runOrThrow} from '../proc';
import {progress} from '../log';
import {debianArchive} from '../engine/apt-sources';
import {machineFiles, type MachineSources} from './machine-files';
import {RECIPE_LABEL, provisioningOrder, recipeHash, type Recipe} from './recipes';

export interface StandInResult {
  readonly image: string;
  readonly hash: string;
  /** false when the cached image was reused. */
  readonly built: boolean;
  readonly seconds: number;
}

async function labelOf(docker: string, image: string): Promise<string | undefined> {
  const inspect = await run(docker, ['image', 'inspect', '--format', `{{ index .Config.Labels "${RECIPE_LABEL}" }}`, image]);
  return inspect.code === 0 ? inspect.stdout.trim() : undefined;
}

async function buildDebootstrap(docker: string, recipe: Recipe, hash: string, workDir: string): Promise<void> {
  if (recipe.spec.kind !== 'debootstrap') return;
  const archive = debianArchive();
  const rootfs = path.join(workDir, 'rootfs');
  const tarball = path.join(workDir, 'rootfs.tar');
  rmSync(workDir, {recursive: true, force: true});
  mkdirSync(workDir, {recursive: true});
  await runOrThrow('debootstrap', [`--variant=${recipe.spec.variant}`, recipe.spec.suite, rootfs, archive.uri], {
    timeoutSeconds: 1200,
  });
  const overlay = path.join(recipe.dir, 'rootfs');
  if (existsSync(overlay)) cpSync(overlay, rootfs, {recursive: true});
  // What the official image leaves out: package lists and downloaded .debs.
  for (const leftover of ['var/lib/apt/lists', 'var/cache/apt/archives']) {
    await runOrThrow('find', [path.join(rootfs, leftover), '-type', 'f', '-delete']);
  }
  await runOrThrow('tar', ['--numeric-owner', '-C', rootfs, '-cf', tarball, '.'], {timeoutSeconds: 600});
  await runOrThrow(
    docker,
    [
      'import',
      '--change',
      `CMD ${JSON.stringify(recipe.spec.cmd)}`,
      '--change',
      `LABEL ${RECIPE_LABEL}=${hash}`,
      tarball,
      recipe.spec.image,
    ],
    {timeoutSeconds: 600},
  );
  rmSync(workDir, {recursive: true, force: true});
}

async function buildDockerfile(docker: string, recipe: Recipe, hash: string, workDir: string, sources: MachineSources): Promise<void> {
  if (recipe.spec.kind !== 'dockerfile') return;
  let context = recipe.dir;
  if (recipe.spec.machineFiles) {
    // These belong to the machine and the run, not the repository: they join a copy of the recipe.
    rmSync(workDir, {recursive: true, force: true});
    cpSync(recipe.dir, workDir, {recursive: true});
    for (const file of machineFiles(recipe.spec.machineFiles, sources)) writeFileSync(path.join(workDir, file.path), file.content);
    context = workDir;
  }
  await runOrThrow(docker, ['build', '--label', `${RECIPE_LABEL}=${hash}`, '-t', recipe.spec.image, context], {
    timeoutSeconds: 2400,
  });
  if (context !== recipe.dir) rmSync(workDir, {recursive: true, force: true});
}

export async function provisionStandIns(
  docker: string,
  wanted: readonly string[],
  recipes: ReadonlyMap<string, Recipe>,
  cache: string,
  sources: MachineSources,
  /** false: an engine the checker did not start, where every stand-in must be present already. */
  build = true,
): Promise<StandInResult[]> {
  const results: StandInResult[] = [];
  for (const image of provisioningOrder(wanted, recipes)) {
    const recipe = recipes.get(image);
    if (!recipe) continue;
    const started = Date.now();
    const label = await labelOf(docker, image);
    if (!build) {
      // Whoever started this engine built its stand-ins, for their own machine files (the PyPI
      // cache that runs beside the engine): they are used as they are.
      if (!label) {
        throw new Error(
          `stand-in ${image} is not in this Docker engine, and the checker builds stand-ins only into its own private daemon: run the checker as root once (it starts that daemon and builds them), then again`,
        );
      }
      progress(`stand-in ${image}: present in this engine (recipe ${label}), used as it is`);
      results.push({image, hash: label, built: false, seconds: 0});
      continue;
    }
    const hash = recipeHash(image, recipes, sources);
    if (label === hash) {
      progress(`stand-in ${image}: cached (recipe ${hash})`);
      results.push({image, hash, built: false, seconds: 0});
      continue;
    }
    progress(`stand-in ${image}: building (recipe ${hash}) …`);
    const workDir = path.join(cache, 'standin-work', path.basename(recipe.dir));
    if (recipe.spec.kind === 'debootstrap') await buildDebootstrap(docker, recipe, hash, workDir);
    else await buildDockerfile(docker, recipe, hash, workDir, sources);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    progress(`stand-in ${image}: built in ${seconds}s`);
    results.push({image, hash, built: true, seconds});
  }
  // Old versions of rebuilt stand-ins are left dangling; drop them so the cache does not grow.
  await run(docker, ['image', 'prune', '-f', '--filter', `label=${RECIPE_LABEL}`]);
  return results;
}
