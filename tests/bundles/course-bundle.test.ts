/**
 * The course bundle, built from copies of labs/ and setup/ and read back with Info-ZIP's `unzip`:
 * the same files give the same bytes, and the zip unpacks to exactly the course's files.
 */
import {cpSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildCourseBundle, COURSE_FOLDER, courseEntries, sha256Sidecar, type CoursePdf} from '../../lib/bundles/course-bundle';
import {isBundled, labFolders} from '../../lib/bundles/lab-bundles';
import {filesUnder, hasUnzip, scratch, unzipChecked} from './scratch';

const LABS = path.resolve('labs');
const SETUP = path.resolve('setup');

// Stand-ins for the printed PDFs: the builder packs whatever bytes it is given.
const PDFS: readonly CoursePdf[] = [
  {fileName: 'docker-cheatsheet-letter.pdf', label: 'US Letter', data: Buffer.from('%PDF-1.4\n% letter\n')},
  {fileName: 'docker-cheatsheet-a4.pdf', label: 'A4', data: Buffer.from('%PDF-1.4\n% a4\n')},
];

/** Copies of labs/ and setup/, with a shared helpers folder (whether or not the repository has one yet). */
function courseCopy(): {labsDir: string; setupDir: string} {
  const root = scratch('course-copy-');
  const labsDir = path.join(root, 'labs');
  const setupDir = path.join(root, 'setup');
  cpSync(LABS, labsDir, {recursive: true});
  cpSync(SETUP, setupDir, {recursive: true});
  mkdirSync(path.join(labsDir, 'shared'), {recursive: true});
  writeFileSync(path.join(labsDir, 'shared', 'test-helpers.sh'), '#!/usr/bin/env bash\necho shared\n');
  return {labsDir, setupDir};
}

/** Not course material: the checker's manifests and the pages' captured boxes, and what running the labs or an editor leaves behind. */
const isCourseFile = isBundled;

/**
 * Where each file of the zip comes from: the labs' folders (no checker manifest), the shared
 * helpers, the setup kit, and the PDFs given. The README is generated, so it has no source.
 */
function expectedSources(labsDir: string, setupDir: string): Map<string, string> {
  const top = COURSE_FOLDER;
  const sources = new Map<string, string>();
  for (const lab of [...labFolders(labsDir), 'shared']) {
    for (const file of filesUnder(path.join(labsDir, lab)).filter(isCourseFile))
      sources.set(`${top}/labs/${lab}/${file}`, path.join(labsDir, lab, file));
  }
  for (const file of filesUnder(setupDir).filter(isCourseFile)) sources.set(`${top}/setup/${file}`, path.join(setupDir, file));
  return sources;
}

describe('the course bundle', () => {
  it("gives the same bytes from two builds, whatever the files' times", () => {
    const {labsDir, setupDir} = courseCopy();
    const first = buildCourseBundle({labsDir, setupDir, pdfs: PDFS});
    // A checkout made on another day: every file and folder gets another modification time.
    const later = new Date('2031-05-06T07:08:09Z');
    for (const dir of [labsDir, setupDir]) for (const file of filesUnder(dir)) utimesSync(path.join(dir, file), later, later);
    utimesSync(labsDir, later, later);
    const second = buildCourseBundle({labsDir, setupDir, pdfs: [...PDFS].reverse()});
    expect(second.sha256).toBe(first.sha256);
    expect(Buffer.compare(second.bytes, first.bytes)).toBe(0);
    expect(sha256Sidecar(first)).toBe(`${first.sha256}  docker-for-data-science.zip\n`);
  });

  it('changes when a lab file changes', () => {
    const {labsDir, setupDir} = courseCopy();
    const before = buildCourseBundle({labsDir, setupDir, pdfs: PDFS});
    writeFileSync(path.join(labsDir, '03-model', 'README.md'), `${readFileSync(path.join(labsDir, '03-model', 'README.md'), 'utf8')}\n`);
    expect(buildCourseBundle({labsDir, setupDir, pdfs: PDFS}).sha256).not.toBe(before.sha256);
  });

  it("holds every lab, the shared helpers, the setup kit, the PDFs and a README; leaves out the course's requirement files, every lab.ts and the pages' captured boxes", () => {
    const {labsDir, setupDir} = courseCopy();
    const bundle = buildCourseBundle({labsDir, setupDir, pdfs: PDFS});
    const top = COURSE_FOLDER;
    expect(bundle.files).toContain(`${top}/README.md`);
    expect(bundle.files).toContain(`${top}/cheatsheet/docker-cheatsheet-a4.pdf`);
    expect(bundle.files).toContain(`${top}/cheatsheet/docker-cheatsheet-letter.pdf`);
    expect(bundle.files).toContain(`${top}/labs/shared/test-helpers.sh`);
    expect(bundle.files).toContain(`${top}/setup/check-setup.ps1`);
    for (const lab of labFolders(labsDir)) expect(bundle.files).toContain(`${top}/labs/${lab}/README.md`);
    expect(
      bundle.files.filter(
        (file) =>
          file.endsWith('/lab.ts') ||
          file.endsWith('/captured.json') ||
          file.includes('/requirements/') ||
          file.endsWith('labs/package.json'),
      ),
    ).toEqual([]);
    expect(bundle.files.every((file) => file.startsWith(`${top}/`))).toBe(true);
  });

  it('has a README that names every lab and where to start', () => {
    const {labsDir, setupDir} = courseCopy();
    const readme = courseEntries({labsDir, setupDir, pdfs: PDFS})
      .find((entry) => entry.name === `${COURSE_FOLDER}/README.md`)
      ?.data?.toString('utf8');
    for (const lab of labFolders(labsDir)) expect(readme).toContain(`labs/${lab}/`);
    expect(readme).toContain('Lab 01 — Docker basics');
    expect(readme).toContain('labs/shared/');
    expect(readme).toContain('setup/README.md');
    expect(readme).toContain('`docker-cheatsheet-a4.pdf` (A4)');
  });

  it('is not made without the cheatsheet PDFs, nor with a shell script with CRLF line ends', () => {
    const {labsDir, setupDir} = courseCopy();
    expect(() => buildCourseBundle({labsDir, setupDir, pdfs: []})).toThrow(/no cheatsheet PDFs/);
    const script = path.join(setupDir, 'pre-pull.sh');
    writeFileSync(script, readFileSync(script, 'utf8').replace(/\n/g, '\r\n'));
    expect(() => buildCourseBundle({labsDir, setupDir, pdfs: PDFS})).toThrow(/pre-pull\.sh has CRLF line ends/);
  });
});

describe.skipIf(!hasUnzip)('the course bundle, unzipped by Info-ZIP unzip', () => {
  it("tests clean and unzips to exactly the course's files, byte for byte; only shell scripts are executable", () => {
    const {labsDir, setupDir} = courseCopy();
    const bundle = buildCourseBundle({labsDir, setupDir, pdfs: PDFS});
    const {out, files: got} = unzipChecked(bundle.fileName, bundle.bytes, 'course-unzip-');
    expect(got).toEqual([...bundle.files].sort());

    const sources = expectedSources(labsDir, setupDir);
    const pdfs = new Map(PDFS.map((pdf) => [`${COURSE_FOLDER}/cheatsheet/${pdf.fileName}`, pdf.data]));
    expect(got).toEqual([`${COURSE_FOLDER}/README.md`, ...pdfs.keys(), ...sources.keys()].sort());
    for (const file of got) {
      const bytes = readFileSync(path.join(out, file));
      const source = sources.get(file);
      if (source) expect(bytes.equals(readFileSync(source)), file).toBe(true);
      const pdf = pdfs.get(file);
      if (pdf) expect(bytes.equals(pdf), file).toBe(true);
      const mode = statSync(path.join(out, file)).mode;
      expect((mode & 0o111) !== 0, `${file} is executable`).toBe(file.endsWith('.sh'));
      if (file.endsWith('.sh')) expect(bytes.includes('\r\n'), `${file} has CRLF line ends`).toBe(false);
    }
    expect(got.filter((file) => file.endsWith('.sh')).length).toBeGreaterThan(5);
  });
});
