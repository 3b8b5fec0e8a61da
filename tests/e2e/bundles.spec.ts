/**
 * The lab bundles as a student gets them: click the lab page's button, unzip what the browser
 * saved with Info-ZIP's unzip, and find the lab's files, byte for byte.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from '@playwright/test';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** What the repository's lab folder holds that a student needs: everything but the checker's manifests. */
const labFiles = (lab: string) => filesUnder(path.resolve('labs', lab), `${lab}/`).filter((file) => !file.endsWith('/lab.ts'));

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
