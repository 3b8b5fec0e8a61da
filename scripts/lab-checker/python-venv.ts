/**
 * Python tools from PyPI (uv, pip-audit, the stand-in world's PyPI cache), each in a virtual
 * environment of the checker's cache: installed once, and again only when its pins change.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {cacheDir} from './paths';
import {runOrThrow} from './proc';
import {machineCaPath} from './standins/machine-ca';

/** Environment for a Python tool that talks HTTPS: it verifies with the machine's bundle, as the machine's own clients do. */
export function machineTlsEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const ca = machineCaPath(env);
  return {...env, ...(existsSync(ca) ? {SSL_CERT_FILE: ca, REQUESTS_CA_BUNDLE: ca, PIP_CERT: ca} : {})};
}

/** The `bin` folder of the venv `name`, with the pins of `requirementsFile` installed. */
export async function cachedVenv(name: string, requirementsFile: string): Promise<string> {
  const venv = path.join(cacheDir(), name);
  const bin = path.join(venv, 'bin');
  const stamp = path.join(venv, 'installed-from.txt');
  const wanted = readFileSync(requirementsFile, 'utf8');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    await runOrThrow('python3', ['-m', 'venv', '--clear', venv], {timeoutSeconds: 300});
    await runOrThrow(path.join(bin, 'pip'), ['install', '--quiet', '--no-cache-dir', '-r', requirementsFile], {
      timeoutSeconds: 900,
      env: machineTlsEnv(),
    });
    writeFileSync(stamp, wanted);
  }
  return bin;
}
