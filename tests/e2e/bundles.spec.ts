/**
 * The bundles as a student gets them: click the lab page's button, or the course zip on Downloads,
 * unzip what the browser saved with Info-ZIP's unzip, and find the course's files, byte for byte.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {isBundled} from '../../lib/bundles/lab-bundles';
import type * as FormatModule from '../../src/components/LabDownload/format';
import type * as PdfTypes from '../../src/plugins/cheatsheet-pdf/types';

// src/ is CommonJS-typed (for the site's bundler), so this ES module test requires it rather than importing it.
const requireSrc = createRequire(import.meta.url);
const {formatBytes} = requireSrc('../../src/components/LabDownload/format') as typeof FormatModule;
const {CHEATSHEET_PDFS} = requireSrc('../../src/plugins/cheatsheet-pdf/types') as typeof PdfTypes;

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * What the repository's lab folder holds that a student needs: everything but the checker's
 * manifests, and the self-checks' shared helpers (`labs/shared/`) beside it.
 */
const labFiles = (lab: string) =>
  [lab, ...(existsSync(path.resolve('labs', 'shared')) ? ['shared'] : [])]
    .flatMap((folder) => filesUnder(path.resolve('labs', folder), `${folder}/`))
    .filter((file) => !file.endsWith('/lab.ts') && !file.endsWith('/captured.json'));

test.describe('lab bundles', () => {
  test.skip(!hasUnzip && process.env.REQUIRE_UNZIP !== '1', 'needs Info-ZIP unzip to read the zip as a student would');

  for (const lab of ['01-docker-basics', '05-data-app']) {
    test(`lab ${lab.slice(0, 2)}'s download button gives a zip of the lab folder, byte for byte`, async ({page}) => {
      await page.goto(`/docs/labs/${lab}`);
      const download = page.waitForEvent('download');
      await page.getByRole('link', {name: /^Download this lab \(zip, [\d.]+ KB\)$/}).click();
      const saved = await download;
      const dir = mkdtempSync(path.join(tmpdir(), 'bundle-download-'));
      try {
        const zipFile = path.join(dir, saved.suggestedFilename());
        await saved.saveAs(zipFile);
        expect(saved.suggestedFilename()).toBe(`docker-for-data-science-${lab}.zip`);
        const unzipped = spawnSync('unzip', ['-q', zipFile, '-d', path.join(dir, 'out')], {encoding: 'utf8'});
        expect(unzipped.status, unzipped.stderr).toBe(0);
        const got = filesUnder(path.join(dir, 'out')).sort();
        expect(got).toEqual(labFiles(lab).sort());
        for (const file of got) {
          expect(readFileSync(path.join(dir, 'out', file)).equals(readFileSync(path.resolve('labs', file))), file).toBe(true);
        }
        const script = path.join(dir, 'out', lab, 'check.sh');
        expect(statSync(script).mode & 0o100, 'check.sh keeps its run bit').toBe(0o100);

        // Downloads lists the same zip with its size and the SHA-256 of the very bytes the browser saved.
        const sha256 = createHash('sha256').update(readFileSync(zipFile)).digest('hex');
        await page.goto('/downloads');
        const row = page.getByRole('row').filter({has: page.getByRole('link', {name: saved.suggestedFilename()})});
        await expect(row).toContainText(sha256);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    });
  }
});

/** Not course material: the checker's manifests and the pages' captured boxes, and what running the labs or an editor leaves behind. */
const isCourseFile = isBundled;

/** The course zip's files from the repository, by their path in the zip: every lab, the shared helpers and the setup kit. */
function courseSources(): Map<string, string> {
  const top = 'docker-for-data-science';
  const folders = [
    ...readdirSync(path.resolve('labs'))
      .filter((name) => /^\d\d-/.test(name))
      .map((lab) => `labs/${lab}`),
    'labs/shared',
    'setup',
  ];
  const sources = new Map<string, string>();
  for (const folder of folders.filter((f) => existsSync(path.resolve(f)))) {
    for (const file of filesUnder(path.resolve(folder), `${folder}/`).filter(isCourseFile))
      sources.set(`${top}/${file}`, path.resolve(file));
  }
  return sources;
}

test.describe('the course zip', () => {
  test.skip(!hasUnzip && process.env.REQUIRE_UNZIP !== '1', 'needs Info-ZIP unzip to read the zip as a student would');

  test('Downloads gives the whole course in one zip: every lab, the setup kit and the served PDFs, byte for byte, with its true size and SHA-256', async ({
    page,
    request,
  }) => {
    const name = 'docker-for-data-science.zip';
    await page.goto('/downloads');
    // These tests run in a browser, so the build (on the same machine) had one to print the PDFs the zip holds.
    await expect(page.getByTestId('course-bundle-missing')).toHaveCount(0);
    const row = page
      .getByTestId('course-bundle')
      .getByRole('row')
      .filter({has: page.getByRole('link', {name, exact: true})});
    // The hash is read from the sidecar once the page has loaded.
    const shownSha = row.getByTestId('course-bundle-sha256');
    await expect(shownSha).toHaveText(/^[0-9a-f]{64}$/, {timeout: 15_000});

    const download = page.waitForEvent('download');
    await row.getByRole('link', {name, exact: true}).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(name);
    const dir = mkdtempSync(path.join(tmpdir(), 'course-download-'));
    try {
      const zipFile = path.join(dir, name);
      await saved.saveAs(zipFile);
      const bytes = readFileSync(zipFile);
      expect(await shownSha.textContent()).toBe(sha256(bytes));
      await expect(row.getByTestId('course-bundle-size')).toHaveText(formatBytes(bytes.length));
      const sidecar = await request.get((await row.getByRole('link', {name: `${name}.sha256`}).getAttribute('href')) ?? '');
      expect(sidecar.status()).toBe(200);
      expect(await sidecar.text()).toBe(`${sha256(bytes)}  ${name}\n`);

      const out = path.join(dir, 'out');
      const unzipped = spawnSync('unzip', ['-q', zipFile, '-d', out], {encoding: 'utf8'});
      expect(unzipped.status, unzipped.stderr).toBe(0);
      const got = filesUnder(out).sort();
      const sources = courseSources();
      const pdfs = CHEATSHEET_PDFS.map((pdf) => ({
        inZip: `docker-for-data-science/cheatsheet/${path.posix.basename(pdf.file)}`,
        url: `/${pdf.file}`,
      }));
      expect(got).toEqual(['docker-for-data-science/README.md', ...pdfs.map((pdf) => pdf.inZip), ...sources.keys()].sort());
      for (const file of got) {
        const source = sources.get(file);
        if (source) expect(readFileSync(path.join(out, file)).equals(readFileSync(source)), file).toBe(true);
        const executable = (statSync(path.join(out, file)).mode & 0o111) !== 0;
        expect(executable, `${file} is executable`).toBe(file.endsWith('.sh'));
      }
      // The PDFs in the zip are the very ones the site serves, their print times fixed so builds agree.
      for (const pdf of pdfs) {
        const served = await request.get(pdf.url);
        expect(served.status(), pdf.url).toBe(200);
        const zipped = readFileSync(path.join(out, pdf.inZip));
        expect(zipped.equals(await served.body()), pdf.inZip).toBe(true);
        expect(zipped.toString('latin1')).toContain("/CreationDate (D:20000101000000+00'00')");
      }
      const readme = readFileSync(path.join(out, 'docker-for-data-science/README.md'), 'utf8');
      expect(readme).toContain('setup/README.md');
      expect(readme).toContain('labs/01-docker-basics/README.md');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
