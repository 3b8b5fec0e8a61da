/**
 * The seconds of each phase of the last `npm test` on this machine, which it records as it ends.
 * A whole run takes most of an hour, so bench reads the record instead of starting another.
 */
import {existsSync, readFileSync} from 'node:fs';
import {PHASE_TIMES_REPORT, type PhaseResult} from '../lib/test-phases';
import type {Figure} from './site';

export function lastTestRun(): {figures: Figure[]; note: string} {
  if (!existsSync(PHASE_TIMES_REPORT)) return {figures: [], note: 'No npm test has run here yet: run it, then bench again.'};
  const run = JSON.parse(readFileSync(PHASE_TIMES_REPORT, 'utf8')) as {finished: string; results: PhaseResult[]};
  const figures: Figure[] = run.results.map((result) => ({name: result.code === 0 ? result.phase : `${result.phase} (failed)`, value: Math.round(result.seconds), unit: 's'}));
  figures.push({name: 'total, without npm ci', value: Math.round(run.results.reduce((sum, result) => sum + result.seconds, 0)), unit: 's'});
  return {figures, note: `The run that finished at ${run.finished}; CI adds npm ci and installing packages.`};
}
