/** Checks one lab: its starter's claims, every solution image, then its checks in order. */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {progress, failure, detail, outcomeWord} from './log';
import {isAborted} from './proc';
import {buildLabImages} from './build-images';
import {provideImagesFromLabs} from './images-from-labs';
import {run} from './proc';
import {checkStarter} from './starter';
import {removeFolder} from './remove-folder';
import type {LabContext} from './context';
import type {Engine} from './engine/setup';
import type {LoadedLab} from '../../lib/labs/load-labs';
import type {LabCheck} from '../../lib/labs/manifest';
import {labStatus, labVerdict, type CheckReport, type LabReport} from './report';
import type {CheckOutcome} from './checks/outcome';
import {composeCheck} from './checks/compose';
import {httpCheck} from './checks/http';
import {lintCheck} from './checks/lint';
import {notebookCheck} from './checks/notebook';
import {runOutputCheck} from './checks/run-output';
import {selfCheck} from './checks/self-check';
import {stepsCheck} from './checks/steps';

async function runCheck(ctx: LabContext, check: LabCheck): Promise<CheckOutcome[]> {
  if (check.offlineSkip && ctx.world === 'offline')
    return [{name: check.name, kind: check.kind, status: 'skip', seconds: 0, reason: `not run offline: ${check.offlineSkip}`}];
  switch (check.kind) {
    case 'run-output':
      return [await runOutputCheck(ctx, check)];
    case 'http':
      return [await httpCheck(ctx, check)];
    case 'compose':
      return [await composeCheck(ctx, check)];
    case 'notebook':
      return [await notebookCheck(ctx, check)];
    case 'self-check':
      return selfCheck(ctx, check);
    case 'steps':
      return stepsCheck(ctx, check);
  }
}

/** The failing check, its logs and the command to reproduce it by hand. */
function printFailure(labId: string, outcome: CheckOutcome): void {
  failure(`${labId} › ${outcome.name}`);
  if (outcome.reason) detail(outcome.reason);
  if (outcome.logs && outcome.logs.trim()) {
    detail('logs:');
    detail(outcome.logs.trim().split('\n').slice(-40).join('\n'));
  }
  if (outcome.reproduce) detail(`reproduce by hand: ${outcome.reproduce}`);
}

function toReport(outcome: CheckOutcome): CheckReport {
  const {logs: _logs, reproduce, ...report} = outcome;
  // The report keeps the reproduce command with the reason: it is what a reader needs next.
  return report.reason && reproduce ? {...report, reason: `${report.reason}\nreproduce: ${reproduce}`} : report;
}

/** The checks before the builds; a mutant that names none of theirs leaves them out. */
export interface LeadingChecks {
  readonly lint: boolean;
  readonly starter: boolean;
}

export async function runLab(
  loaded: LoadedLab,
  engine: Engine,
  runId: string,
  leading: LeadingChecks = {lint: true, starter: true},
): Promise<LabReport> {
  const started = Date.now();
  const {manifest: lab} = loaded;
  progress(`${lab.id}: ${lab.title}`);
  const workDir = mkdtempSync(path.join(tmpdir(), `labcheck-${lab.id.replace(/\//g, '-')}-`));
  const outcomes: CheckOutcome[] = [];
  let providedImages: readonly string[] = [];
  try {
    const base = {
      lab,
      labDir: loaded.dir,
      runId,
      docker: engine.docker,
      env: engine.env,
      world: engine.world,
      engineKind: engine.kind,
      composeVersion: engine.composeVersion,
      workDir,
    };
    for (const lint of leading.lint ? await lintCheck(base) : []) {
      progress(`${lab.id} › ${lint.name} … ${outcomeWord(lint)} (${lint.seconds}s)`);
      outcomes.push(lint);
    }
    if (leading.starter) outcomes.push(...(await checkStarter(base)));
    const provided = await provideImagesFromLabs(base);
    providedImages = provided.built;
    for (const result of provided.outcomes) progress(`${lab.id} › ${result.name} … ${outcomeWord(result)} (${result.seconds}s)`);
    outcomes.push(...provided.outcomes);
    const built = await buildLabImages(base);
    outcomes.push(...built.outcomes);
    const ctx: LabContext = {...base, imageTags: built.tags};
    for (const check of lab.checks) {
      if (isAborted()) break;
      const results = await runCheck(ctx, check);
      if (check.kind !== 'steps') {
        for (const result of results) progress(`${lab.id} › ${result.name} … ${outcomeWord(result)} (${result.seconds}s)`);
      }
      outcomes.push(...results);
    }
    for (const outcome of outcomes) if (outcome.status === 'fail') printFailure(lab.id, outcome);
    const checks = outcomes.map(toReport);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const status = labStatus(checks);
    const skipped = checks.filter((check) => check.status === 'skip').length;
    const equivalents = checks.filter((check) => check.ranInstead !== undefined).length;
    progress(`${lab.id}: ${labVerdict({status, skipped, equivalents})} in ${seconds}s`);
    return {id: lab.id, title: lab.title, status, skipped, equivalents, seconds, images: built.images, checks};
  } finally {
    if (providedImages.length > 0) await run(engine.docker, ['image', 'rm', '--force', ...providedImages], {env: engine.env});
    // The steps' folders hold files lab containers wrote as their own user.
    const problem = await removeFolder(workDir, {docker: engine.docker, env: engine.env, runId});
    if (problem) console.warn(problem);
  }
}
