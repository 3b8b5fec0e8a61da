/**
 * uv (makes the locks) and pip-audit (checks them for known vulnerabilities), from PyPI, in a
 * virtual environment of the checker's cache: installed once, again only when their pins change.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {cacheDir} from '../lab-checker/paths';
import {runOrThrow} from '../lab-checker/proc';
import {machineCaPath} from '../lab-checker/standins/machine-ca';

const requirements = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tools-requirements.txt');

export interface PythonTools {
  readonly uv: string;
  readonly pipAudit: string;
  /** Environment for both: they verify TLS with the machine's bundle, as its own clients do. */
  readonly env: NodeJS.ProcessEnv;
}

export async function pythonTools(): Promise<PythonTools> {
  const venv = path.join(cacheDir(), 'python-lock-tools');
  const bin = path.join(venv, 'bin');
  const stamp = path.join(venv, 'installed-from.txt');
  const wanted = readFileSync(requirements, 'utf8');
  const ca = machineCaPath();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // uv ships its own roots unless told to use the system's; pip-audit's HTTP client honours these.
    UV_NATIVE_TLS: '1',
    ...(existsSync(ca) ? {SSL_CERT_FILE: ca, REQUESTS_CA_BUNDLE: ca, PIP_CERT: ca} : {}),
  };
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    await runOrThrow('python3', ['-m', 'venv', '--clear', venv], {timeoutSeconds: 300});
    await runOrThrow(path.join(bin, 'pip'), ['install', '--quiet', '--no-cache-dir', '-r', requirements], {timeoutSeconds: 900, env});
    writeFileSync(stamp, wanted);
  }
  return {uv: path.join(bin, 'uv'), pipAudit: path.join(bin, 'pip-audit'), env};
}
