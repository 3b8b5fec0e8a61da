/**
 * Removing the checker's scratch folders, including what containers wrote into them. A container
 * writes into a mounted folder as its own user (uid 1000 in the lab images), so a checker that is
 * neither root nor uid 1000 (a CI runner is uid 1001) cannot delete those files itself: it asks
 * the engine, whose containers can, to empty the folder first.
 */
import {rmSync} from 'node:fs';
import {RUN_LABEL} from './context';
import {PROBE_IMAGE} from './engine/detect';
import {run} from './proc';

export interface FolderEngine {
  readonly docker: string;
  readonly env: NodeJS.ProcessEnv;
  readonly runId: string;
}

const isPermissionError = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'EACCES' || error.code === 'EPERM');

/**
 * Removes `folder` and everything in it. Returns undefined when it is gone, or why it is not: a
 * leftover in the temp folder is reported, never turned into a failed run.
 */
export async function removeFolder(
  folder: string,
  engine?: FolderEngine,
  remove: (folder: string) => void = (f) => rmSync(f, {recursive: true, force: true}),
): Promise<string | undefined> {
  try {
    remove(folder);
    return undefined;
  } catch (error) {
    if (!isPermissionError(error) || !engine)
      return `could not remove ${folder}: ${error instanceof Error ? error.message : String(error)}`;
  }
  // Root inside a throwaway container owns every file of the mount, whoever wrote it.
  const emptied = await run(
    engine.docker,
    [
      'run',
      '--rm',
      '--user',
      '0',
      '--network',
      'none',
      '--label',
      `${RUN_LABEL}=${engine.runId}`,
      '--volume',
      `${folder}:/leftovers`,
      PROBE_IMAGE,
      'find',
      '/leftovers',
      '-mindepth',
      '1',
      '-delete',
    ],
    {env: engine.env, timeoutSeconds: 120},
  );
  if (emptied.code !== 0)
    return `could not remove ${folder}, not even from a container: ${emptied.output.trim().split('\n').slice(-3).join(' ')}`;
  try {
    remove(folder);
    return undefined;
  } catch (error) {
    return `could not remove ${folder} after emptying it: ${error instanceof Error ? error.message : String(error)}`;
  }
}
