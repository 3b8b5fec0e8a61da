/** Gets the base images of some labs into the engine: pulled where it can pull, stand-ins where not. */
import {progress} from './log';
import {runOrThrow} from './proc';
import {labBaseImages} from './base-images';
import {loadLab, type LoadedLab} from '../../lib/labs/load-labs';
import type {Engine} from './engine/setup';
import {loadRecipes} from './standins/recipes';
import {provisionStandIns, type StandInResult} from './standins/provision';

/** The labs whose images the loaded ones use by name (lab 04 for lab 05), checked or not. */
async function labsUsedByName(loaded: readonly LoadedLab[], labsDir: string): Promise<LoadedLab[]> {
  const ids = new Set(loaded.flatMap((lab) => (lab.manifest.imagesFromLabs ?? []).map((image) => image.lab)));
  for (const lab of loaded) ids.delete(lab.id);
  return Promise.all([...ids].map((id) => loadLab(labsDir, id)));
}

export async function prepareBaseImages(
  engine: Engine,
  loaded: readonly LoadedLab[],
  cache: string,
  labsDir: string,
): Promise<StandInResult[]> {
  const all = [...loaded, ...(await labsUsedByName(loaded, labsDir))];
  const wanted = [...new Set(all.flatMap((lab) => labBaseImages(lab.manifest, lab.dir)))];
  if (engine.world === 'offline')
    return provisionStandIns(engine.docker, wanted, loadRecipes(), cache, {pypiCache: engine.pypiCache}, engine.provisionsStandIns);
  for (const image of wanted) {
    progress(`pulling ${image}`);
    await runOrThrow(engine.docker, ['pull', image], {env: engine.env, timeoutSeconds: 1200});
  }
  return [];
}
