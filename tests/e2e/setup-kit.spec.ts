/**
 * The setup kit on the site: Before the tutorial offers the pre-pull script and the setup check for
 * download, and what a click downloads is the file of `setup/`, its link naming it; the instructors'
 * page gives the save commands per architecture; every troubleshooting entry a script points to exists.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {courseImages} from '../../lib/course/images';
import {hydrated} from './settled';

const setupDir = path.resolve(import.meta.dirname, '../../setup');
const DOWNLOADS = ['pre-pull.sh', 'pre-pull.ps1', 'check-setup.sh', 'check-setup.ps1'] as const;

/** The download that clicking the link starts (the link's `download` attribute keeps it in the page). */
async function downloadByClicking(page: Page, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('link', {name, exact: true}).click();
  return download;
}

test.describe('the setup kit', () => {
  test('Before the tutorial offers the scripts, and a click downloads the very file of setup/, its link naming it', async ({page}) => {
    await page.goto('/docs/course/before-the-tutorial');
    await hydrated(page);
    for (const name of DOWNLOADS) {
      // A static host such as GitHub Pages, like the server these tests use, sends the file without a
      // name (no Content-Disposition), so the browser saves it under the link's download attribute.
      await expect(page.getByRole('link', {name, exact: true})).toHaveAttribute('download', name);
      const download = await downloadByClicking(page, name);
      expect(download.suggestedFilename()).toBe(name);
      const file = await download.path();
      expect(readFileSync(file, 'utf8'), `the downloaded ${name} is setup/${name}`).toBe(readFileSync(path.join(setupDir, name), 'utf8'));
    }
    // The prepare-at-home script runs from the course material, whose path the page gives.
    await expect(page.locator('pre').filter({hasText: 'bash setup/prepare-at-home.sh'}).first()).toBeAttached();
    await expect(page.getByRole('heading', {name: 'The setup check script'})).toBeVisible();
    await expect(page.locator('pre').filter({hasText: 'All checks passed: this laptop is ready for the tutorial.'})).toBeVisible();
  });

  test('the instructors page is in the course sidebar and saves every course image once per architecture', async ({page}) => {
    await page.goto('/docs/course/before-the-tutorial');
    await page.locator('.theme-doc-sidebar-menu').getByRole('link', {name: 'For instructors'}).click();
    await expect(page).toHaveURL(/\/docs\/course\/instructors$/);
    for (const [platform, file] of [
      ['linux/amd64', 'course-images-amd64.tar'],
      ['linux/arm64', 'course-images-arm64.tar'],
    ] as const) {
      const block = page.locator('pre').filter({hasText: `docker save --platform ${platform} -o ${file}`});
      await expect(block).toHaveCount(1);
      for (const image of courseImages) {
        await expect(block).toContainText(`docker pull --platform ${platform} ${image.ref}`);
        await expect(block).toContainText(new RegExp(`docker save .* ${image.ref.replace(/[.]/g, '\\.')}(\\s|$)`));
      }
    }
    await expect(page.locator('#offline-plan')).toBeAttached();
  });

  test('every troubleshooting entry the scripts point to exists', async ({page}) => {
    const anchors = new Set<string>();
    for (const name of [...DOWNLOADS, 'prepare-at-home.sh', 'prepare-at-home.ps1']) {
      const text = readFileSync(path.join(setupDir, name), 'utf8');
      for (const match of text.matchAll(/\$troubleshooting#([a-z-]+)|Get-HelpLink '([a-z-]+)'/g)) anchors.add(match[1] ?? match[2] ?? '');
    }
    expect(anchors.size).toBeGreaterThan(4);
    await page.goto('/docs/course/troubleshooting');
    for (const anchor of anchors) await expect(page.locator(`[id="${anchor}"]`), anchor).toBeAttached();
    await page.goto('/docs/course/before-the-tutorial');
    await expect(page.locator('#the-setup-check-script')).toBeAttached();
  });
});
