/**
 * `npm run labs:audit`: pip-audit over every lab image's lock, against PyPI's vulnerability data.
 * Passes when no pin has a known vulnerability, apart from those `audit-exceptions.json` names with
 * the reason each stays. A pin that could not be audited is reported as a skip, never as a pass;
 * the report goes to build/audit-report.json, which `npm test`'s list of skips reads.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {repoRoot} from '../lab-checker/paths';
import {run} from '../lab-checker/proc';
import {LOCK_IMAGES, parseLock} from './images';
import {pythonTools, type PythonTools} from './tools';

export const auditReportPath = path.join(repoRoot, 'build', 'audit-report.json');
const exceptionsPath = path.join(repoRoot, 'labs', 'requirements', 'audit-exceptions.json');
const knownVulnerable = path.join(repoRoot, 'tests', 'fixtures', 'audit', 'known-vulnerable.txt');
const fallbackScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'current_release_vulns.py');

export interface PinAudit {
  readonly lock: string;
  readonly name: string;
  readonly version: string;
  /** Vulnerability ids; empty when audited and clean. */
  readonly vulns: readonly string[];
  /** Set when the pin could not be audited. */
  readonly skipped?: string;
  readonly via: 'pip-audit' | 'current-release' | 'none';
}

interface PipAuditJson {
  readonly dependencies: readonly {
    readonly name: string;
    readonly version?: string;
    readonly vulns?: readonly {readonly id: string}[];
    readonly skip_reason?: string;
  }[];
}

async function auditLock(tools: PythonTools, lock: string): Promise<PinAudit[]> {
  const pins = parseLock(readFileSync(path.resolve(repoRoot, lock), 'utf8'));
  const result = await run(
    tools.pipAudit,
    ['--requirement', path.resolve(repoRoot, lock), '--no-deps', '--disable-pip', '--progress-spinner', 'off', '--format', 'json'],
    {env: tools.env, timeoutSeconds: 900},
  );
  let report: PipAuditJson;
  try {
    report = JSON.parse(result.stdout) as PipAuditJson;
  } catch {
    throw new Error(`pip-audit gave no report for ${lock} (exit ${result.code}):\n${result.output}`);
  }
  const audits: PinAudit[] = [];
  const unaudited: string[] = [];
  for (const dependency of report.dependencies) {
    const name = dependency.name.toLowerCase();
    const version = dependency.version ?? pins[name] ?? '?';
    if (dependency.skip_reason === undefined) {
      audits.push({lock, name, version, vulns: (dependency.vulns ?? []).map((vuln) => vuln.id), via: 'pip-audit'});
    } else {
      unaudited.push(`${name}==${version}`);
    }
  }
  if (unaudited.length === 0) return audits;
  // pip-audit could not fetch per-release data: the project JSON covers current releases.
  const fallback = await run(path.join(path.dirname(tools.pipAudit), 'python'), [fallbackScript], {
    env: tools.env,
    input: `${unaudited.join('\n')}\n`,
    timeoutSeconds: 900,
  });
  if (fallback.code !== 0) throw new Error(`Reading PyPI's project data failed:\n${fallback.output}`);
  for (const line of fallback.stdout.split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as {name: string; version: string; audited: boolean; vulns?: string[]; why?: string};
    const name = entry.name.toLowerCase();
    if (entry.audited) audits.push({lock, name, version: entry.version, vulns: entry.vulns ?? [], via: 'current-release'});
    else audits.push({lock, name, version: entry.version, vulns: [], skipped: entry.why ?? 'not audited', via: 'none'});
  }
  return audits;
}

/** Exceptions: vulnerability id → why the pin stays. */
function readExceptions(): Record<string, string> {
  return (JSON.parse(readFileSync(exceptionsPath, 'utf8')) as {exceptions: Record<string, string>}).exceptions;
}

async function main(): Promise<number> {
  const tools = await pythonTools();
  const exceptions = readExceptions();
  const probe = await auditLock(tools, path.relative(repoRoot, knownVulnerable));
  if (!probe.some((audit) => audit.vulns.includes('PYSEC-2017-94'))) {
    console.error(
      `The audit did not find PYSEC-2017-94 in ${path.relative(repoRoot, knownVulnerable)}, a known vulnerability: it cannot be trusted here.\n${JSON.stringify(probe)}`,
    );
    return 2;
  }
  console.log(
    `The audit finds the known vulnerabilities of ${path.relative(repoRoot, knownVulnerable)}: ${probe.flatMap((audit) => audit.vulns).join(', ')}.`,
  );
  const audits: PinAudit[] = [];
  for (const image of LOCK_IMAGES) audits.push(...(await auditLock(tools, image.lock)));
  mkdirSync(path.dirname(auditReportPath), {recursive: true});
  writeFileSync(auditReportPath, `${JSON.stringify({audits}, null, 2)}\n`);

  const found = audits.flatMap((audit) => audit.vulns.map((id) => ({...audit, id})));
  const unexplained = found.filter((vuln) => exceptions[vuln.id] === undefined);
  const skipped = audits.filter((audit) => audit.skipped !== undefined);
  const byPipAudit = audits.filter((audit) => audit.via === 'pip-audit').length;
  const byCurrent = audits.filter((audit) => audit.via === 'current-release').length;
  console.log(
    `Audited ${audits.length - skipped.length} of ${audits.length} pins in ${LOCK_IMAGES.length} locks: ${byPipAudit} by pip-audit, ${byCurrent} from PyPI's data on current releases.`,
  );
  for (const vuln of found) {
    console.log(
      `  ${vuln.lock}: ${vuln.name}==${vuln.version} has ${vuln.id}${exceptions[vuln.id] ? ` (stays: ${exceptions[vuln.id]})` : ''}`,
    );
  }
  for (const skip of skipped) console.log(`  SKIP ${skip.lock}: ${skip.name}==${skip.version}: ${skip.skipped}`);
  if (unexplained.length > 0) {
    console.error(
      `${unexplained.length} known vulnerabilities in the locks: run npm run labs:lock to take the fixed releases, or name each in labs/requirements/audit-exceptions.json with the reason it stays.`,
    );
    return 1;
  }
  console.log(`Known vulnerabilities: ${found.length}${found.length > 0 ? ', each with its reason in audit-exceptions.json' : ''}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
