/**
 * `npm run labs:check`: proves every lab's solution builds and behaves, writes
 * build/labs-report.json, exits non-zero when anything fails.
 */
import {USAGE, parseArgs, type CliArgs} from './args';
import path from 'node:path';
import {cacheDir, defaultLabsDir} from './paths';
import {progress, failure} from './log';
import {abortRun, isAborted, setBaseEnv} from './proc';
import {findLabIds, loadLab, type LoadedLab} from '../../lib/labs/load-labs';
import {setUpEngine, UserFacingError, type Engine} from './engine/setup';
import {removeRunResources} from './cleanup';
import {removeHandoffs} from './handoff';
import {isSequenceSkip} from './checks/outcome';
import {newRunId, shown} from './context';
import {capturedFile, runBoxes, writeCaptured} from './captures/store';
import {closeScreenshotBrowser, takeScreenshots} from './captures/screenshots';
import {prepareBaseImages} from './prepare-images';
import type {StandInResult} from './standins/provision';
import {runLab} from './run-lab';
import {labVerdict, reportOk, writeReport, type LabReport, type LabsReport} from './report';
import {pypiCacheLine} from './standins/pypi-cache/cache';
import {IMAGE_OWN_BYTES} from '../../labs/requirements/image-sizes';
import {IMAGE_SIZES_MODULE, measuredSizes, sizeProblems} from './image-sizes';

const startedAt = new Date();
const runId = newRunId();
let engine: Engine | undefined;
let stopDaemon: (() => Promise<void>) | undefined;
let finishing: Promise<void> | undefined;

function secondsSince(date: Date): number {
  return Math.round((Date.now() - date.getTime()) / 100) / 10;
}

/** Clean-up that must happen on success, failure and Ctrl-C alike; runs once, all callers wait for it. */
function finish(): Promise<void> {
  finishing ??= cleanUp();
  return finishing;
}

async function cleanUp(): Promise<void> {
  await closeScreenshotBrowser();
  if (engine) {
    progress('cleaning up containers, images, networks and volumes of this run');
    await removeRunResources(engine.docker, engine.env, runId);
    await removeHandoffs(runId, engine);
  }
  if (stopDaemon) {
    progress('stopping the private Docker daemon');
    await stopDaemon();
  }
}

let receivedSignal: NodeJS.Signals | undefined;
const signalExitCode = (signal: NodeJS.Signals): number => (signal === 'SIGINT' ? 130 : 143);

/** Stops the run; main() then cleans up, writes the report and exits. A second signal exits at once. */
function onSignal(signal: NodeJS.Signals): void {
  if (receivedSignal) process.exit(signalExitCode(signal));
  receivedSignal = signal;
  failure(`${signal}: stopping, cleaning up first (again to quit at once)`);
  abortRun();
}

async function loadLabs(args: CliArgs): Promise<{loaded: LoadedLab[]; broken: LabReport[]}> {
  const ids = args.labIds.length > 0 ? args.labIds : findLabIds(args.labsDir);
  if (ids.length === 0) throw new UserFacingError(`No labs found in ${args.labsDir} (a lab is a folder with a lab.ts).`);
  const loaded: LoadedLab[] = [];
  const broken: LabReport[] = [];
  for (const id of ids) {
    try {
      loaded.push(await loadLab(args.labsDir, id));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failure(reason);
      broken.push({
        id,
        title: id,
        status: 'fail',
        skipped: 0,
        equivalents: 0,
        seconds: 0,
        images: [],
        checks: [{name: 'lab.ts', kind: 'manifest', status: 'fail', seconds: 0, reason}],
      });
    }
  }
  return {loaded, broken};
}

/** `--capture`: each lab whose steps all ran gets this run's boxes as its committed ones. */
function captureBoxes(labsDir: string, labs: readonly LabReport[]): void {
  for (const lab of labs) {
    const boxes = runBoxes(lab);
    if (!boxes) {
      progress(`  ${lab.id}: boxes not written, its steps did not all run`);
      continue;
    }
    writeCaptured(labsDir, lab.id, boxes);
    progress(`  ${lab.id}: ${Object.keys(boxes).length} box(es) written to ${shown(capturedFile(labsDir, lab.id))}`);
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  takeScreenshots(args.capture);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Node exits silently when nothing but unref'd handles remain; a run must end through its
  // clean-up and report, never that way, so this timer keeps it alive until main() returns.
  const keepAlive = setInterval(() => {}, 60_000);
  const labs: LabReport[] = [];
  let standIns: StandInResult[] = [];
  let setupSeconds = 0;
  let error: string | undefined;
  try {
    const {loaded, broken} = await loadLabs(args);
    labs.push(...broken);
    if (loaded.length > 0) {
      const cache = cacheDir();
      engine = await setUpEngine(cache, (stop) => {
        stopDaemon = stop;
      });
      // Every command from here on talks to this engine unless told otherwise.
      setBaseEnv(engine.env);
      progress(
        `engine: ${engine.kind} Docker ${engine.serverVersion}, builder: ${engine.builder}, world: ${engine.world}, compose: ${engine.composeVersion ?? 'none'}`,
      );
      // Nothing in the private daemon belongs to anyone else: drop leftovers of killed runs.
      if (engine.kind === 'private') await removeRunResources(engine.docker, engine.env, undefined);
      standIns = await prepareBaseImages(engine, loaded, cache, args.labsDir);
      setupSeconds = secondsSince(startedAt);
      for (const lab of loaded) {
        if (isAborted()) break;
        labs.push(await runLab(lab, engine, runId));
      }
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
    failure(error);
    if (!(caught instanceof UserFacingError) && caught instanceof Error && caught.stack) console.error(caught.stack);
  } finally {
    await finish();
  }
  if (receivedSignal) error = `interrupted by ${receivedSignal}${error ? `: ${error}` : ''}`;
  const partial = {labs, error};
  const report: LabsReport = {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    seconds: secondsSince(startedAt),
    ok: reportOk(partial),
    world: engine?.world ?? 'unknown',
    engine: {
      kind: engine?.kind ?? 'none',
      serverVersion: engine?.serverVersion ?? '',
      builder: engine?.builder ?? 'none',
      composeVersion: engine?.composeVersion,
    },
    sizesAreStandInSizes: engine?.world === 'offline',
    setupSeconds,
    standIns,
    pypiCache: engine?.pypiCache?.figures(),
    labs,
    error,
  };
  writeReport(report, args.reportFile);
  if (report.pypiCache) progress(pypiCacheLine(report.pypiCache));
  if (args.capture) captureBoxes(args.labsDir, labs);
  clearInterval(keepAlive);
  const failedLabs = labs.filter((lab) => lab.status === 'fail').map((lab) => lab.id);
  // Skips are not failures, but nobody should read "all pass" without knowing what was not run.
  const skipped = labs.flatMap((lab) =>
    lab.checks
      .filter((check) => check.status === 'skip' && !isSequenceSkip(check.reason))
      .map((check) => `${lab.id} › ${check.name}: ${check.reason ?? ''}`),
  );
  if (skipped.length > 0) progress(`${skipped.length} check(s) not run here:\n  - ${skipped.join('\n  - ')}`);
  const equivalents = labs.flatMap((lab) =>
    lab.checks
      .filter((check) => check.ranInstead !== undefined)
      .map((check) => `${lab.id} › ${check.name}: ran \`${check.ranInstead ?? ''}\``),
  );
  if (equivalents.length > 0)
    progress(`${equivalents.length} step(s) proved through an equivalent, not as shown:\n  - ${equivalents.join('\n  - ')}`);
  for (const lab of labs) progress(`  ${lab.id}: ${labVerdict(lab)}`);
  const extras = [
    skipped.length ? `${skipped.length} check(s) skipped` : '',
    equivalents.length ? `${equivalents.length} through an equivalent` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // The instructor notes show what each image adds to its base: the course's own labs must match them.
  const sizeDrift = path.resolve(args.labsDir) === path.resolve(defaultLabsDir) ? sizeProblems(IMAGE_OWN_BYTES, measuredSizes(report)) : [];
  if (sizeDrift.length > 0) {
    failure(
      `the image sizes in the instructor notes (${IMAGE_SIZES_MODULE}) are out of date; run \`npm run labs:sizes\` to write this run's:\n  - ${sizeDrift.join('\n  - ')}`,
    );
  }
  if (report.ok)
    progress(
      `all ${labs.length} lab(s) pass${extras ? ` (${extras}, listed above)` : ''} in ${report.seconds}s; report: ${args.reportFile}`,
    );
  else {
    const unproven = labs.filter((lab) => lab.status === 'skip').map((lab) => lab.id);
    const what = [
      failedLabs.length ? failedLabs.join(', ') : '',
      unproven.length ? `not proven, every check skipped: ${unproven.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    progress(`FAILED${what ? `: ${what}` : ''} (${report.seconds}s); report: ${args.reportFile}`);
  }
  return report.ok && sizeDrift.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(receivedSignal ? signalExitCode(receivedSignal) : code),
  (caught: unknown) => {
    console.error(caught instanceof Error ? caught.message : caught);
    process.exit(2);
  },
);
