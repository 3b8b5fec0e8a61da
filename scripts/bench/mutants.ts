/** Mutation-suite figures: its time (warm engine cache) and its score, from one run of the suite. */
import path from 'node:path';
import {run} from '../lab-checker/proc';
import {repoRoot} from '../lab-checker/paths';
import {readMutantsReport} from '../lab-checker/mutants/report';
import type {Figure} from './site';

export async function measureMutants(): Promise<{figures: Figure[]; note: string}> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const result = await run(tsx, [path.join(repoRoot, 'scripts', 'lab-checker', 'mutants', 'cli.ts')], {cwd: repoRoot, echo: true});
  if (result.code !== 0) throw new Error('The mutation suite failed during the benchmark: run "npm run labs:mutants" to see why.');
  const report = readMutantsReport();
  const slowest = [...report.mutants].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
  return {
    figures: [
      {name: 'mutation suite, whole run', value: report.seconds, unit: 's'},
      {name: 'mutants killed', value: report.killed, unit: `of ${report.total}`},
      {name: 'mutants not tried here', value: report.skipped, unit: ''},
      ...slowest.map((mutant) => ({name: `  slowest: ${mutant.lab}:${mutant.id}`, value: mutant.seconds, unit: 's'})),
    ],
    note: 'Run after labs:check, with the engine cache warm, as `npm test` runs it.',
  };
}
