/**
 * `npm run bench`: prints the figures later work is compared against. It measures; it never fails
 * on a number (timing thresholds in tests flake). Each area of the course adds its own section.
 */
import {measureLabChecks} from './labs';
import {measureBuild, measureFirstVisits, type Figure} from './site';

function print(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) console.log(`  ${f.name.padEnd(width)}  ${f.value.toLocaleString('en-US').padStart(10)} ${f.unit}`);
}

async function main(): Promise<void> {
  console.log(`Benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  print('Site', [
    measureBuild(),
    ...(await measureFirstVisits({'the home page': '/', 'a docs page': '/docs/course/outline', 'a deck': '/slides/intro-to-docker'})),
  ]);
  // The cold lab check rebuilds the engine's cache from nothing (minutes); `--site` skips it.
  if (!process.argv.includes('--site')) {
    const labs = await measureLabChecks();
    print('Labs', labs.figures);
    console.log(`  ${labs.note}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
