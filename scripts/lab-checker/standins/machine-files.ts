/**
 * Files a stand-in takes from the machine and the run it is built in rather than from the
 * repository: the certificate bundle this machine trusts, and the run's PyPI cache (its pip
 * configuration and certificate). A recipe names them in `machineFiles` (file name → what it holds);
 * they join a copy of the recipe as its build context, and their contents are part of its hash,
 * so a new certificate or cache address rebuilds the stand-in.
 */
import {readMachineCa} from './machine-ca';
import type {RecipeFile} from './recipes';
import type {PypiCacheAddress} from './pypi-cache/cache';

export type MachineFileKind = 'ca-bundle' | 'pypi-cache-certificate' | 'pypi-cache-pip-config';

/** What the run offers the stand-ins: the PyPI cache exists only where stand-ins are used. */
export interface MachineSources {
  readonly pypiCache?: PypiCacheAddress;
}

/**
 * pip's global configuration (`/etc/pip.conf`) pointing at the cache. pip's default certificate
 * check goes through the system's trust store, which cannot verify a server named by an IP
 * address; `legacy-certs` makes pip read the system bundle, the cache's certificate included, itself.
 */
export function pipConfigFor(cache: PypiCacheAddress): string {
  return [
    '# The PyPI cache of the lab checker: it forwards to PyPI and keeps every file it fetched.',
    '[global]',
    `index-url = ${cache.indexUrl}`,
    'cert = /etc/ssl/certs/ca-certificates.crt',
    'use-deprecated = legacy-certs',
    '',
  ].join('\n');
}

function needCache(sources: MachineSources, name: string): PypiCacheAddress {
  if (!sources.pypiCache) {
    throw new Error(
      `the stand-in file ${name} comes from the run's PyPI cache, and none is running: stand-ins are provisioned by the lab checker's engine setup, which starts it`,
    );
  }
  return sources.pypiCache;
}

export function machineFileContent(kind: MachineFileKind, name: string, sources: MachineSources): string {
  switch (kind) {
    case 'ca-bundle':
      return readMachineCa();
    case 'pypi-cache-certificate':
      return needCache(sources, name).certificate;
    case 'pypi-cache-pip-config':
      return pipConfigFor(needCache(sources, name));
  }
}

/** The machine files a recipe names, with their contents. */
export function machineFiles(wanted: Readonly<Record<string, MachineFileKind>> | undefined, sources: MachineSources): RecipeFile[] {
  return Object.entries(wanted ?? {}).map(([name, kind]) => ({path: name, content: machineFileContent(kind, name, sources)}));
}
