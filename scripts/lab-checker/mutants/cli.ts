/**
 * `npm run labs:mutants -- [lab-id | lab-id:mutant-id ...]`: the mutation suite. Each mutant of
 * `tests/mutants/` is applied to a fresh copy of `labs/`, and the checker runs the checks it names
 * on that lab (and the builds), in one engine session so images stay cached. Every
 * mutant must be killed; the score, and each survivor with its diff, is printed, and the figures go
 * to build/mutants-report.json (`npm run bench` prints its time).
 */
import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cacheDir, defaultLabsDir, repoRoot} from '../paths';
import {detail, failure, progress} from '../log';
import {abortRun, isAborted, run, setBaseEnv} from '../proc';
import {loadLab} from '../../../lib/labs/load-labs';
import {setUpEngine, UserFacingError, type Engine} from '../engine/setup';
import {removeRunResources} from '../cleanup';
import {handedOver, removeHandoffs} from '../handoff';
import type {LabCheck} from '../../../lib/labs/manifest';
import {newRunId} from '../context';
import {prepareBaseImages} from '../prepare-images';
import {runLab} from '../run-lab';
import {applyEdits} from './apply';
import {loadMutants} from './load';
import type {Mutant} from './mutant';
import {leadingChecksFor, selectedCheckNames, verdict} from './verdict';
import {writeMutantsReport, type MutantResult} from './report';

/** `04-rest-api` selects a lab's mutants, `04-rest-api:html-404` one mutant. */
function wanted(filters: readonly string[], lab: string, mutant: Mutant): boolean {
  return (
    filters.length === 0 || filters.some((filter) => filter === lab || lab.startsWith(`${filter}/`) || filter === `${lab}:${mutant.id}`)
  );
}

/** The edited files, as `diff -u` shows them, so a survivor can be read at once. */
async function diffOf(originalLab: string, mutatedLab: string, mutant: Mutant): Promise<string> {
  const parts: string[] = [];
  for (const file of new Set(mutant.edits.map((edit) => edit.file))) {
    const result = await run('diff', ['-u', '--new-file', path.join(originalLab, file), path.join(mutatedLab, file)]);
    parts.push(result.stdout.replaceAll(originalLab, 'a').replaceAll(mutatedLab, 'b'));
  }
  return parts.join('\n');
}

/**
 * A check that mounts what an earlier lab hands over (lab 04's API serving lab 03's model) needs
 * that lab's handing checks to have run in this run: they run once, on the unmutated lab, first.
 */
async function provideHandoffs(engine: Engine, runId: string, checks: readonly LabCheck[]): Promise<void> {
  for (const check of checks) {
    if (check.kind !== 'http' || !check.mountHandoff) continue;
    const {lab, path: handed} = check.mountHandoff;
    if (handedOver(runId, lab, handed)) continue;
    progress(`${lab} hands over ${handed} for "${check.name}": its handing checks run first, unmutated`);
    const provider = await loadLab(defaultLabsDir, lab);
    const handing = provider.manifest.checks.filter((providing) => providing.kind === 'notebook' && (providing.handOff?.length ?? 0) > 0);
    await runLab({...provider, manifest: {...provider.manifest, checks: handing}}, engine, runId);
  }
}

async function runMutant(engine: Engine, runId: string, lab: string, mutant: Mutant): Promise<MutantResult> {
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const copy = mkdtempSync(path.join(tmpdir(), 'labcheck-mutant-'));
  try {
    // The whole labs folder, as lab 05 builds lab 04's image; lab.ts files import the manifest's types from lib/.
    cpSync(defaultLabsDir, path.join(copy, 'labs'), {recursive: true});
    symlinkSync(path.join(repoRoot, 'lib'), path.join(copy, 'lib'));
    const labDir = path.join(copy, 'labs', lab);
    applyEdits(labDir, mutant.edits);
    const loaded = await loadLab(path.join(copy, 'labs'), lab);
    const selected = selectedCheckNames(mutant, loaded.manifest.checks);
    const manifest = {...loaded.manifest, checks: loaded.manifest.checks.filter((check) => selected.has(check.name))};
    await provideHandoffs(engine, runId, manifest.checks);
    const env = {...engine.env, ...mutant.env};
    const report = await runLab({...loaded, manifest}, {...engine, env}, runId, leadingChecksFor(mutant));
    const result = verdict(mutant, report);
    const diff = result.killed || result.skipped ? undefined : await diffOf(path.join(defaultLabsDir, lab), labDir, mutant);
    return {
      lab,
      id: mutant.id,
      breaks: mutant.breaks,
      killed: result.killed,
      skipped: result.skipped,
      seconds: seconds(),
      problems: result.problems,
      reasons: result.reasons,
      diff,
    };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return {
      lab,
      id: mutant.id,
      breaks: mutant.breaks,
      killed: false,
      seconds: seconds(),
      problems: [`the mutant could not be run: ${problem}`],
      reasons: [],
    };
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

function printResult(result: MutantResult): void {
  if (result.skipped) {
    progress(`mutant ${result.lab}:${result.id} SKIPPED (not tried here): ${result.skipped}`);
    return;
  }
  if (result.killed) {
    progress(`mutant ${result.lab}:${result.id} KILLED (${result.seconds}s)`);
    detail(result.reasons.join('\n'));
    return;
  }
  failure(`mutant ${result.lab}:${result.id} SURVIVED: ${result.breaks}`);
  detail(result.problems.join('\n'));
  if (result.diff) detail(`the mutant:\n${result.diff}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const filters = process.argv.slice(2);
  const groups = await loadMutants();
  const chosen = groups
    .map((group) => ({...group, mutants: group.mutants.filter((mutant) => wanted(filters, group.lab, mutant))}))
    .filter((group) => group.mutants.length > 0);
  if (chosen.length === 0) throw new UserFacingError(`no mutants match ${filters.join(' ')}`);
  const runId = newRunId();
  let stopDaemon: (() => Promise<void>) | undefined;
  // The first signal stops after the current mutant and cleans up; a second exits at once.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
    signalled = true;
    console.error(`${signal}: stopping after this mutant, cleaning up first (again to quit at once)`);
    abortRun();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const results: MutantResult[] = [];
  let engine: Engine | undefined;
  try {
    engine = await setUpEngine(cacheDir(), (stop) => {
      stopDaemon = stop;
    });
    setBaseEnv(engine.env);
    progress(`mutation suite: engine ${engine.kind} Docker ${engine.serverVersion}, builder ${engine.builder}, world ${engine.world}`);
    const originals = await Promise.all(chosen.map((group) => loadLab(defaultLabsDir, group.lab)));
    await prepareBaseImages(engine, originals, cacheDir(), defaultLabsDir);
    for (const group of chosen) {
      for (const mutant of group.mutants) {
        if (isAborted()) break;
        progress(`mutant ${group.lab}:${mutant.id}: ${mutant.breaks}`);
        const result = await runMutant(engine, runId, group.lab, mutant);
        printResult(result);
        results.push(result);
      }
    }
  } finally {
    if (engine) {
      await removeRunResources(engine.docker, engine.env, runId);
      await removeHandoffs(runId, engine);
    }
    if (stopDaemon) await stopDaemon();
  }
  const killed = results.filter((result) => result.killed).length;
  const skippedResults = results.filter((result) => result.skipped);
  const total = chosen.reduce((sum, group) => sum + group.mutants.length, 0);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  writeMutantsReport({seconds, killed, skipped: skippedResults.length, total, mutants: results});
  const survivors = results.filter((result) => !result.killed && !result.skipped);
  const tried = total - skippedResults.length;
  progress(
    `mutation score: ${killed}/${tried} mutants killed${skippedResults.length ? `, ${skippedResults.length} not tried here` : ''} (${total} in all) in ${seconds}s`,
  );
  if (skippedResults.length > 0)
    progress(
      `not tried here:\n  - ${skippedResults.map((result) => `${result.lab}:${result.id}: ${result.skipped ?? ''}`).join('\n  - ')}`,
    );
  if (survivors.length > 0)
    progress(`survived:\n  - ${survivors.map((result) => `${result.lab}:${result.id} (${result.breaks})`).join('\n  - ')}`);
  // Every mutant must be tried or said to be skipped; an interrupted run (fewer results) fails.
  return survivors.length === 0 && results.length === total ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
