/** Removes everything a run made, found by its label (and, in the private daemon, older runs' too). */
import {run} from './proc';
import {RUN_LABEL} from './context';

export async function removeRunResources(docker: string, env: NodeJS.ProcessEnv, runId: string | undefined): Promise<void> {
  // undefined: every run's leftovers (private daemon only, where nothing belongs to anyone else).
  const filter = runId === undefined ? `label=${RUN_LABEL}` : `label=${RUN_LABEL}=${runId}`;
  const list = async (args: readonly string[]): Promise<string[]> =>
    (await run(docker, [...args, '--filter', filter], {env})).stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const containers = await list(['ps', '-aq']);
  if (containers.length > 0) await run(docker, ['rm', '-f', '-v', ...containers], {env});
  const images = await list(['images', '-q']);
  if (images.length > 0) await run(docker, ['rmi', '-f', ...new Set(images)], {env});
  await run(docker, ['network', 'prune', '-f', '--filter', filter], {env});
  await run(docker, ['volume', 'prune', '-f', '--filter', filter], {env});
}
