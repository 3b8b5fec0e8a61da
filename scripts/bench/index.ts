/**
 * `npm run bench`: prints the figures later work is compared against. It measures; it never fails
 * on a number (timing thresholds in tests flake). Each area of the course adds its own section.
 * `npm run bench -- --only=site` (or `labs`, `mutants`, `api`, `data-app`, `tests`) measures one area: the cold lab check alone
 * rebuilds the engine's cache from nothing and takes minutes. `--cpu-slowdown=8` measures the mobile
 * Lighthouse runs as a slower phone or a busier machine would (cpu-slowdown.ts).
 */
import {cpuSlowdown, DEFAULT_CPU_SLOWDOWN} from './cpu-slowdown';
import {measureApi} from './api';
import {measureDataApp} from './data-app';
import {measureLabChecks} from './labs';
import {measureMutants} from './mutants';
import {lastTestRun} from './test-run';
import {lighthouseFigures, lighthouseSpread, lighthouseVersion, measureLighthouse, LIGHTHOUSE_RUNS} from './lighthouse';
import {measureBuild, measureFirstVisits, type Figure} from './site';

/**
 * The page types the site is measured on: home, a docs page with a diagram, a lab page (lab 05,
 * with a diagram, and lab 04, the heaviest page), the cheatsheet, a deck.
 */
const SITE_PAGES: Readonly<Record<string, string>> = {
  'the home page': '/',
  'a docs page': '/docs/course/outline',
  'a lab page': '/docs/labs/05-data-app',
  'the heaviest lab page': '/docs/labs/04-rest-api',
  'the cheatsheet': '/docs/cheatsheet',
  'a deck': '/slides/intro-to-docker',
};

/** On a phone held upright a deck reads as a document; a presenter's laptop gets the slides. */
const DESKTOP_PAGES: Readonly<Record<string, string>> = {
  'a deck, presenting': '/slides/intro-to-docker',
};

type Area = 'site' | 'labs' | 'mutants' | 'api' | 'data-app' | 'tests';
const AREAS: readonly Area[] = ['site', 'labs', 'mutants', 'api', 'data-app', 'tests'];

function print(title: string, figures: readonly Figure[], note?: string): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) console.log(`  ${f.name.padEnd(width)}  ${f.value.toLocaleString('en-US').padStart(10)} ${f.unit}`);
  if (note) console.log(`  ${note}`);
}

function chosenAreas(argv: readonly string[]): readonly Area[] {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (!only) return AREAS;
  const areas = only.split(',');
  const unknown = areas.filter((a) => !AREAS.includes(a as Area));
  if (unknown.length > 0) throw new Error(`--only takes ${AREAS.join(', ')} (comma-separated), not ${unknown.join(', ')}`);
  return areas as Area[];
}

async function main(): Promise<void> {
  const areas = chosenAreas(process.argv.slice(2));
  const slowdown = cpuSlowdown(process.argv.slice(2));
  console.log(`Benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  if (areas.includes('site')) {
    print('Site', [
      measureBuild(),
      ...(await measureFirstVisits(SITE_PAGES)),
    ]);
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const scores = await measureLighthouse(formFactor === 'mobile' ? SITE_PAGES : DESKTOP_PAGES, LIGHTHOUSE_RUNS, undefined, formFactor, slowdown);
      const below = scores.flatMap((page) => page.failing.map((audit) => `${page.path} ${audit}`));
      const throttling = formFactor === 'mobile' && slowdown !== DEFAULT_CPU_SLOWDOWN ? `simulated throttling, CPU ${slowdown}× slower instead of ${DEFAULT_CPU_SLOWDOWN}×` : 'simulated throttling';
      print(
        `Lighthouse ${lighthouseVersion}, ${formFactor} (${throttling}), the build served gzipped: medians of ${LIGHTHOUSE_RUNS} runs`,
        lighthouseFigures(scores),
        [
          `Performance, run by run:\n    ${lighthouseSpread(scores)}`,
          below.length > 0 ? `Audits under 90 (median run):\n    ${below.join('\n    ')}` : 'Every weighted audit scores 90 or more.',
        ].join('\n  '),
      );
    }
  }
  if (areas.includes('tests')) {
    const run = lastTestRun();
    print('The whole test run (npm test)', run.figures, run.note);
  }
  if (areas.includes('labs')) {
    const labs = await measureLabChecks();
    print('Labs', labs.figures, labs.note);
  }
  if (areas.includes('mutants')) {
    const mutants = await measureMutants();
    print('Mutation suite', mutants.figures, mutants.note);
  }
  if (areas.includes('api')) {
    const api = await measureApi();
    print('Lab 04 API', api.figures, api.note);
  }
  if (areas.includes('data-app')) {
    const app = await measureDataApp();
    print('Lab 05 data application', app.figures, app.note);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
