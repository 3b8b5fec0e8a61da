/** Installing Debian packages the checker needs (root on Debian only, like the CI machine). */
import {run, runOrThrow} from '../proc';
import {progress} from '../log';

async function isInstalled(pkg: string): Promise<boolean> {
  const status = await run('dpkg-query', ['-W', '-f', '${Status}', pkg]);
  return status.code === 0 && status.stdout.includes('install ok installed');
}

/** Installs the packages that are missing; does nothing (and needs no network) otherwise. */
export async function ensureDebianPackages(packages: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const pkg of packages) if (!(await isInstalled(pkg))) missing.push(pkg);
  if (missing.length === 0) return;
  progress(`installing Debian packages: ${missing.join(' ')}`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  await runOrThrow('apt-get', ['update', '-qq'], {env, timeoutSeconds: 600});
  await runOrThrow('apt-get', ['install', '-y', '-qq', ...missing], {env, timeoutSeconds: 1200});
}
