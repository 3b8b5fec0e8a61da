/** uv (makes the locks) and pip-audit (checks them for known vulnerabilities), from PyPI. */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {cachedVenv, machineTlsEnv} from '../lab-checker/python-venv';

const requirements = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tools-requirements.txt');

export interface PythonTools {
  readonly uv: string;
  readonly pipAudit: string;
  /** Environment for both: they verify TLS with the machine's bundle, as its own clients do. */
  readonly env: NodeJS.ProcessEnv;
}

export async function pythonTools(): Promise<PythonTools> {
  const bin = await cachedVenv('python-lock-tools', requirements);
  // uv ships its own roots unless told to use the system's; pip-audit's HTTP client honours the bundle variables.
  const env = {...machineTlsEnv(), UV_NATIVE_TLS: '1'};
  return {uv: path.join(bin, 'uv'), pipAudit: path.join(bin, 'pip-audit'), env};
}
