/**
 * `npm run labs:selftest`: runs the real checker (real Docker) on fixture labs: the broken one
 * must fail, with a readable reason for each check kind in its output and its report (proof that
 * checks can fail); the
 * one using every check kind must pass, and so must the postgres and nginx image contracts. Run it after `labs:check`, when engine and stand-ins are warm.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {run, type RunResult} from './proc';
import {repoRoot} from './paths';
import type {LabsReport} from './report';

const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'labs');

/** Reasons the broken lab must give, each in the output and in the report. */
const EXPECTED_REASONS = [
  'expected the output to contain "Hello, Docker!", but it was:\nGoodbye, Docker!',
  'claims to be an exercise with at least 2 marked TODO line(s), but has 0',
  '`echo "something else"` printed no "the promised text"',
  'the container stopped before it answered',
  // One failure per check kind (the broken lab's checks after the first four):
  'GET /missing: expected status 200, got 404',
  'GET /health: expected "status" to be "down", got "ok"',
  'the container exited with 2, expected 0; its output was:\nstopping with 2',
  'executing fails.ipynb failed (exit 1)',
  'raise ValueError("this cell fails on purpose")',
  'docker compose up --wait failed',
  'is unhealthy',
  'bash check-fails.sh solution exited with 1:\nFAIL  nothing here works',
  'bash check-always-passes.sh starter passed, but it must fail there',
];

async function check(labId: string, dir: string): Promise<{result: RunResult; report: LabsReport}> {
  const reportFile = path.join(dir, `${labId}.json`);
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = path.join(repoRoot, 'scripts', 'lab-checker', 'cli.ts');
  const result = await run(tsx, [cli, '--labs-dir', FIXTURES, '--report', reportFile, labId], {
    cwd: repoRoot,
    echo: true,
    timeoutSeconds: 3600,
  });
  return {result, report: JSON.parse(readFileSync(reportFile, 'utf8')) as LabsReport};
}

function brokenProblems(result: RunResult, report: LabsReport): string[] {
  const problems: string[] = [];
  if (result.code === 0) problems.push('the checker exited 0 on the broken lab');
  if (report.ok) problems.push('the report says ok');
  const lab = report.labs.find((candidate) => candidate.id === 'broken');
  if (lab?.status !== 'fail') problems.push('the report does not mark the broken lab as failed');
  const reasons = (lab?.checks ?? []).map((entry) => entry.reason ?? '').join('\n');
  for (const reason of EXPECTED_REASONS) {
    // The output indents multi-line reasons, so each line is looked for on its own.
    for (const line of reason.split('\n')) if (!result.output.includes(line)) problems.push(`the output lacks: ${line}`);
    if (!reasons.includes(reason)) problems.push(`the report lacks: ${reason}`);
  }
  if (!lab?.checks.some((entry) => entry.name === 'step after' && entry.status === 'skip')) {
    problems.push('the step after the failed one was not skipped');
  }
  if (!result.output.includes('reproduce by hand: docker build -t greeter')) problems.push('the output lacks the command to reproduce');
  return problems;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'labcheck-selftest-'));
  try {
    const broken = await check('broken', dir);
    const problems = brokenProblems(broken.result, broken.report);
    const good = await check('all-kinds', dir);
    if (good.result.code !== 0 || !good.report.ok) problems.push('the all-kinds fixture lab did not pass');
    for (const kind of ['steps', 'run-output', 'http', 'notebook', 'compose', 'self-check', 'starter', 'build']) {
      const ran = good.report.labs.some((lab) => lab.checks.some((entry) => entry.kind === kind && entry.status === 'pass'));
      if (!ran) problems.push(`the all-kinds fixture ran no passing ${kind} check`);
    }
    // The official images' contract that lab 05 relies on: offline it holds the stand-ins to it.
    const contracts = await check('standin-contracts', dir);
    if (contracts.result.code !== 0 || !contracts.report.ok) problems.push('the postgres and nginx contract fixture did not pass');
    if (!contracts.report.labs.some((lab) => lab.checks.some((entry) => entry.kind === 'compose' && entry.status === 'pass'))) {
      problems.push('the contract fixture ran no passing compose check');
    }
    if (problems.length > 0) {
      console.error(`\nselftest FAILED:\n  - ${problems.join('\n  - ')}`);
      return 1;
    }
    console.log(
      '\nselftest passed: the broken lab fails with a readable reason for each check kind; every check kind passes on the good one; the postgres and nginx contracts hold',
    );
    return 0;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

void main().then((code) => process.exit(code));
