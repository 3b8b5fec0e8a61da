/**
 * The seconds of each phase of the last `npm test` on this machine, which it records as it ends.
 * A whole run takes most of an hour, so bench reads the record instead of starting another.
 */
import {existsSync, readFileSync} from 'node:fs';
import {againstTarget, CI_TARGET_SECONDS, PHASE_TIMES_REPORT, type PhaseResult} from '../lib/test-phases';
import type {Figure} from './site';

export function lastTestRun(): {figures: Figure[]; note: string} {
  if (!existsSync(PHASE_TIMES_REPORT)) return {figures: [], note: 'No npm test has run here yet: run it, then bench again.'};
  const run = JSON.parse(readFileSync(PHASE_TIMES_REPORT, 'utf8')) as {finished: string; results: PhaseResult[]};
  const figures: Figure[] = run.results.map((result) => ({
    name: result.code === 0 ? result.phase : `${result.phase} (failed)`,
    value: Math.round(result.seconds),
    unit: 's',
  }));
  const total = run.results.reduce((sum, result) => sum + result.seconds, 0);
  figures.push({name: 'total, without npm ci', value: Math.round(total), unit: 's'});
  figures.push({name: 'CI target (2 cores, installs included)', value: CI_TARGET_SECONDS, unit: 's'});
  return {
    figures,
    note: `The run that finished at ${run.finished}: ${againstTarget(total)}. CI adds npm ci, apt packages and, on a fresh machine, the stand-ins and cold Python layers (about 5 minutes).`,
  };
}
