/** The download check the link check runs: on a small built site, right and broken in each way it looks for. */
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {checkDownloads} from '../../scripts/bundles/download-check';
import {zip} from '../../lib/bundles/zip';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const labZip = zip([
  {name: 'lab/', mode: 0o755},
  {name: 'lab/README.md', data: Buffer.from('# Lab\n'), mode: 0o644},
]);
const courseZip = zip([
  {name: 'course/', mode: 0o755},
  {name: 'course/README.md', data: Buffer.from('# Course\n'), mode: 0o644},
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Site {
  readonly page?: string;
  readonly sidecar?: string;
  readonly course?: Buffer;
}

/** A build folder with a lab zip (hash on the page), a course zip (hash in a sidecar) and a PDF. */
function site({page, sidecar, course = courseZip}: Site = {}, basePath = '/'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'download-check-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'downloads', 'labs'), {recursive: true});
  writeFileSync(path.join(dir, 'downloads', 'labs', 'lab.zip'), labZip);
  writeFileSync(path.join(dir, 'downloads', 'course.zip'), course);
  writeFileSync(path.join(dir, 'downloads', 'course.zip.sha256'), sidecar ?? `${sha256(courseZip)}  course.zip\n`);
  writeFileSync(path.join(dir, 'downloads', 'sheet.pdf'), '%PDF-1.4\n');
  const b = basePath;
  const html =
    page ??
    `<a href="${b}downloads/labs/lab.zip">lab.zip</a> <code>${sha256(labZip)}</code>
     <a href="${b}downloads/course.zip">course.zip</a> <a href="${b}downloads/course.zip.sha256">sha</a> <a href="${b}downloads/sheet.pdf">PDF</a>`;
  writeFileSync(path.join(dir, 'downloads.html'), html);
  return dir;
}

describe('the download check', () => {
  it('passes a build whose downloads are all linked, whole, and hashed truly', () => {
    expect(checkDownloads(site())).toEqual([]);
    expect(checkDownloads(site({}, '/course/'), '/course/')).toEqual([]);
  });

  it('finds a download the Downloads page does not link', () => {
    const page = `<a href="/downloads/labs/lab.zip">lab</a> ${sha256(labZip)} <a href="/downloads/course.zip.sha256">sha</a> <a href="/downloads/sheet.pdf">PDF</a>`;
    expect(checkDownloads(site({page}))).toEqual([
      {file: 'downloads/course.zip', reason: 'is not linked from the Downloads page (downloads.html)'},
    ]);
  });

  it('finds a zip whose SHA-256 is nowhere, and a sidecar that does not match its zip', () => {
    const page = `<a href="/downloads/labs/lab.zip">lab</a> <a href="/downloads/course.zip">c</a> <a href="/downloads/course.zip.sha256">s</a> <a href="/downloads/sheet.pdf">p</a>`;
    expect(checkDownloads(site({page})).map((p) => p.file)).toEqual(['downloads/labs/lab.zip']);
    const changed = zip([{name: 'course/', mode: 0o755}]);
    const problems = checkDownloads(site({course: changed}));
    expect(problems).toContainEqual({file: 'downloads/course.zip.sha256', reason: 'does not hold the SHA-256 of course.zip'});
    expect(problems).toContainEqual({
      file: 'downloads/course.zip',
      reason: 'has its SHA-256 neither on the Downloads page nor in a sidecar file',
    });
  });

  it("finds a sidecar that is not sha256sum's format or names another file, and a zip cut short", () => {
    expect(checkDownloads(site({sidecar: `${sha256(courseZip)} course.zip`})).map((p) => p.file)).toContain('downloads/course.zip.sha256');
    expect(checkDownloads(site({sidecar: `${sha256(courseZip)}  other.zip\n`}))).toContainEqual({
      file: 'downloads/course.zip.sha256',
      reason: 'names other.zip, which is not beside it',
    });
    const cut = courseZip.subarray(0, courseZip.length - 4);
    expect(checkDownloads(site({course: cut, sidecar: `${sha256(cut)}  course.zip\n`}))).toEqual([
      {file: 'downloads/course.zip', reason: 'is not a whole zip file'},
    ]);
  });
});
