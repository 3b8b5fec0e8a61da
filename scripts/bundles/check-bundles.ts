/**
 * `npm run labs:check-bundles -- [lab-id ...]`: runs the lab checker on labs as their bundles
 * give them, to prove that a downloaded zip alone is enough. Every lab's zip (the bytes the site
 * serves) is unzipped with Info-ZIP's unzip into a scratch folder; only the checker's manifests
 * (`lab.ts`, which bundles leave out) and the course's shared requirement files are added from
 * the repository. Then the checker runs there, on the labs named (default: 01 and 05).
 */
import {spawn, spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {repoRoot} from '../lab-checker/paths';
import {buildLabBundles} from '../../lib/bundles/lab-bundles';

const DEFAULT_LABS = ['01-docker-basics', '05-data-app'];

/** Copies each `lab.ts` of the repository's lab folder into the unzipped one, at the same place. */
function addManifests(repoLab: string, unzippedLab: string): void {
  for (const entry of readdirSync(repoLab, {withFileTypes: true})) {
    if (entry.name === 'lab.ts') copyFileSync(path.join(repoLab, entry.name), path.join(unzippedLab, entry.name));
    else if (entry.isDirectory() && existsSync(path.join(repoLab, entry.name, 'lab.ts')))
      addManifests(path.join(repoLab, entry.name), path.join(unzippedLab, entry.name));
  }
}

async function main(): Promise<number> {
  const labIds = process.argv.slice(2);
  const chosen = labIds.length > 0 ? labIds : DEFAULT_LABS;
  const repoLabs = path.join(repoRoot, 'labs');
  const root = mkdtempSync(path.join(tmpdir(), 'labcheck-bundles-'));
  try {
    const labs = path.join(root, 'labs');
    // Every bundle, as lab 05 builds lab 04's image from its solution.
    for (const bundle of buildLabBundles(repoLabs)) {
      const zipFile = path.join(root, bundle.fileName);
      writeFileSync(zipFile, bundle.bytes);
      const unzipped = spawnSync('unzip', ['-q', '-o', zipFile, '-d', labs], {encoding: 'utf8'});
      if (unzipped.error || unzipped.status !== 0) {
        console.error(
          `could not unzip ${bundle.fileName} with unzip: ${unzipped.error?.message ?? unzipped.stderr}. Install Info-ZIP's unzip (Debian: apt-get install unzip).`,
        );
        return 2;
      }
      addManifests(path.join(repoLabs, bundle.lab), path.join(labs, bundle.lab));
    }
    // Not part of any lab: the course's requirement files (the linter compares the labs' copies with them).
    cpSync(path.join(repoLabs, 'requirements'), path.join(labs, 'requirements'), {recursive: true});
    copyFileSync(path.join(repoLabs, 'package.json'), path.join(labs, 'package.json'));
    // lab.ts files name their lab from the registry and import the manifest's types from lib/, by relative paths.
    copyFileSync(path.join(repoLabs, 'registry.ts'), path.join(labs, 'registry.ts'));
    symlinkSync(path.join(repoRoot, 'lib'), path.join(root, 'lib'));
    const report = path.join(repoRoot, 'build', 'labs-bundles-report.json');
    const child = spawn(
      'npx',
      ['tsx', path.join(repoRoot, 'scripts', 'lab-checker', 'cli.ts'), '--labs-dir', labs, '--report', report, ...chosen],
      {stdio: 'inherit'},
    );
    return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  } finally {
    try {
      rmSync(root, {recursive: true, force: true});
    } catch (error) {
      // The checker removed what its containers wrote; a leftover here must not fail the run.
      console.warn(`could not remove ${root}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
