/**
 * `npm run bench`: prints the figures later work is compared against. It measures; it never fails
 * on a number (timing thresholds in tests flake). Each area of the course adds its own section.
 * `npm run bench -- --only=site` (or `lighthouse`, `labs`, `mutants`, `api`, `data-app`, `tests`) measures one area: the cold lab check alone
 * rebuilds the engine's cache from nothing and takes minutes; `lighthouse` is the site's Lighthouse runs alone, on the
 * build there is. `--cpu-slowdown=8` measures the mobile Lighthouse runs as a slower phone or a busier machine would
 * (cpu-slowdown.ts). `--before=main` (any git ref) runs Lighthouse on that commit's build too, interleaved with this
 * build's, and prints the two side by side (before.ts). `--pages=/docs/labs/04-rest-api,…` keeps the Lighthouse runs to
 * those pages and `--runs=N` sets their runs per page.
 */
import {cpuSlowdown, DEFAULT_CPU_SLOWDOWN} from './cpu-slowdown';
import {measureApi} from './api';
import {measureDataApp} from './data-app';
import {measureLabChecks} from './labs';
import {measureMutants} from './mutants';
import {lastTestRun} from './test-run';
import {buildOfRef} from './before';
import {
  CURRENT_BUILD,
  lighthouseFigures,
  lighthouseSideBySide,
  lighthouseSpread,
  lighthouseVersion,
  measureLighthouse,
  LIGHTHOUSE_RUNS,
  type Build,
} from './lighthouse';
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

type Area = 'site' | 'lighthouse' | 'labs' | 'mutants' | 'api' | 'data-app' | 'tests';
const AREAS: readonly Area[] = ['site', 'lighthouse', 'labs', 'mutants', 'api', 'data-app', 'tests'];
/** What a run without `--only` measures: the site's area already includes its Lighthouse runs. */
const DEFAULT_AREAS: readonly Area[] = AREAS.filter((area) => area !== 'lighthouse');

function print(title: string, figures: readonly Figure[], note?: string): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) console.log(`  ${f.name.padEnd(width)}  ${f.value.toLocaleString('en-US').padStart(10)} ${f.unit}`);
  if (note) console.log(`  ${note}`);
}

function option(argv: readonly string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The pages the Lighthouse runs visit: all of `pages`, or those of them `--pages=` names. */
function chosenPages(pages: Readonly<Record<string, string>>, argv: readonly string[]): Record<string, string> {
  const wanted = option(argv, 'pages')?.split(',');
  if (!wanted) return {...pages};
  return Object.fromEntries(Object.entries(pages).filter(([, p]) => wanted.includes(p)));
}

/** Fails on a page `--pages=` names that the bench does not measure. */
function checkPages(argv: readonly string[]): void {
  const wanted = option(argv, 'pages')?.split(',') ?? [];
  const pages = [...new Set([...Object.values(SITE_PAGES), ...Object.values(DESKTOP_PAGES)])];
  const unknown = wanted.filter((p) => !pages.includes(p));
  if (unknown.length > 0) throw new Error(`--pages takes ${pages.join(', ')} (comma-separated), not ${unknown.join(', ')}`);
}

function chosenRuns(argv: readonly string[]): number {
  const given = option(argv, 'runs');
  if (given === undefined) return LIGHTHOUSE_RUNS;
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs takes a whole number from 1 to 20, not "${given}"`);
  return runs;
}

async function lighthouseSection(argv: readonly string[], builds: readonly Build[]): Promise<void> {
  const slowdown = cpuSlowdown(argv);
  const runs = chosenRuns(argv);
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const pages = chosenPages(formFactor === 'mobile' ? SITE_PAGES : DESKTOP_PAGES, argv);
    if (Object.keys(pages).length === 0) continue;
    const scores = await measureLighthouse(pages, runs, builds, formFactor, slowdown);
    const below = scores
      .filter((page) => page.build === CURRENT_BUILD.name)
      .flatMap((page) => page.failing.map((audit) => `${page.path} ${audit}`));
    const throttling =
      formFactor === 'mobile' && slowdown !== DEFAULT_CPU_SLOWDOWN
        ? `simulated throttling, CPU ${slowdown}× slower instead of ${DEFAULT_CPU_SLOWDOWN}×`
        : 'simulated throttling';
    const sideBySide = lighthouseSideBySide(scores);
    print(
      `Lighthouse ${lighthouseVersion}, ${formFactor} (${throttling}), the build served gzipped: medians of ${runs} runs${builds.length > 1 ? ', the builds taking turns' : ''}`,
      lighthouseFigures(scores),
      [
        ...(sideBySide ? [`Performance, median (run by run), and total blocking time, build by build:\n    ${sideBySide}`] : []),
        `Performance, run by run:\n    ${lighthouseSpread(scores)}`,
        below.length > 0 ? `Audits under 90 (median run):\n    ${below.join('\n    ')}` : 'Every weighted audit scores 90 or more.',
      ].join('\n  '),
    );
  }
}

function chosenAreas(argv: readonly string[]): readonly Area[] {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (!only) return DEFAULT_AREAS;
  const areas = only.split(',');
  const unknown = areas.filter((a) => !AREAS.includes(a as Area));
  if (unknown.length > 0) throw new Error(`--only takes ${AREAS.join(', ')} (comma-separated), not ${unknown.join(', ')}`);
  return areas as Area[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const areas = chosenAreas(argv);
  // Checked before anything is measured: a wrong flag fails at once, not after the build.
  cpuSlowdown(argv);
  chosenRuns(argv);
  checkPages(argv);
  const before = option(argv, 'before');
  console.log(`Benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  if (areas.includes('site')) {
    print('Site', [measureBuild(), ...(await measureFirstVisits(SITE_PAGES))]);
  }
  if (areas.includes('site') || areas.includes('lighthouse')) {
    const builds = before ? [buildOfRef(before), CURRENT_BUILD] : [CURRENT_BUILD];
    await lighthouseSection(argv, builds);
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
