/**
 * `npm run labs:lock [-- --date=YYYY-MM-DD]`: makes every lab image's lock from PyPI's metadata as
 * PyPI stood on that date (default: today), then copies each lock into the lab folders that build
 * its image. Re-run with a later date to move the whole course to newer releases in one step; the
 * lab checks then prove the result.
 *
 * Each lock is resolved once per platform a student builds for, wheels only, and both resolutions
 * must agree: a pin without a wheel for ARM would make Apple silicon machines compile it.
 */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {repoRoot} from '../lab-checker/paths';
import {run} from '../lab-checker/proc';
import {LOCK_IMAGES, PINS_MODULE, PLATFORMS, PYTHON_VERSION, lockHeader, pinsModule, type LockImage} from './images';
import {DOWNLOADS_MODULE, downloadsModule, measureDownloads} from './downloads';
import {pythonTools, type PythonTools} from './tools';

function parseDate(argv: readonly string[]): string {
  const given = argv.find((arg) => arg.startsWith('--date='))?.slice('--date='.length);
  const date = given ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date wants YYYY-MM-DD, not "${date}"`);
  return date;
}

async function compile(
  tools: PythonTools,
  image: LockImage,
  platform: string,
  date: string,
  constraints: string | undefined,
  out: string,
): Promise<string> {
  const args = [
    'pip',
    'compile',
    path.join(repoRoot, image.input),
    '--python-version',
    PYTHON_VERSION,
    '--python-platform',
    platform,
    '--only-binary',
    ':all:',
    // The day after `date`, so releases made on that day count.
    '--exclude-newer',
    new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString(),
    '--no-annotate',
    '--no-header',
    '--quiet',
    '--output-file',
    out,
    ...(constraints ? ['--constraint', constraints] : []),
  ];
  const result = await run(tools.uv, args, {env: tools.env, timeoutSeconds: 600});
  if (result.code !== 0) throw new Error(`uv could not lock ${image.input} for ${platform}:\n${result.output}`);
  return readFileSync(out, 'utf8');
}

async function writeDownloads(tools: PythonTools): Promise<void> {
  writeFileSync(path.join(repoRoot, DOWNLOADS_MODULE), downloadsModule(await measureDownloads(tools)));
  console.log(`${DOWNLOADS_MODULE}: the download of every lock, measured from PyPI's index`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const tools = await pythonTools();
  // The sizes alone, for locks made before the script measured them.
  if (argv.includes('--downloads-only')) return writeDownloads(tools);
  const date = parseDate(argv);
  const work = mkdtempSync(path.join(tmpdir(), 'python-lock-'));
  // Every lock so far, as constraints for the next: shared packages keep one version.
  const constraints = path.join(work, 'constraints.txt');
  writeFileSync(constraints, '');
  const locks: Partial<Record<LockImage['name'], string>> = {};
  try {
    for (const image of LOCK_IMAGES) {
      const [first, ...others] = await Promise.all(
        PLATFORMS.map((platform) => compile(tools, image, platform, date, constraints, path.join(work, `${image.name}-${platform}.txt`))),
      );
      if (first === undefined) throw new Error('no platform to lock for');
      others.forEach((other, index) => {
        if (other !== first) {
          throw new Error(
            `${image.input} resolves differently on ${PLATFORMS[0]} and ${PLATFORMS[index + 1]}: pin the package that differs in the .in file.\n${first}\n---\n${other}`,
          );
        }
      });
      const lock = `${lockHeader(image, date)}${first}`;
      writeFileSync(path.join(repoRoot, image.lock), lock);
      for (const copy of image.copies) copyFileSync(path.join(repoRoot, image.lock), path.join(repoRoot, copy));
      writeFileSync(constraints, `${readFileSync(constraints, 'utf8')}${first}`);
      locks[image.name] = first;
      console.log(`${image.lock}: ${first.trim().split('\n').length} packages, copied to ${image.copies.length} lab folders`);
    }
    const [notebook, api, web, project] = [locks.notebook, locks.api, locks.web, locks.project];
    if (notebook === undefined || api === undefined || web === undefined || project === undefined) throw new Error('a lock is missing');
    writeFileSync(path.join(repoRoot, PINS_MODULE), pinsModule(date, {notebook, api, web, project}));
    await writeDownloads(tools);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
