/**
 * The course bundle: the whole course in one zip, under one top folder — every lab of `labs/` with
 * the self-checks' shared helpers, the setup kit of `setup/`, the cheatsheet PDFs and a README saying
 * what is where. Made like the lab bundles (same order, times and modes), so the same files give the
 * same bytes; the PDFs are given as bytes, since they exist only once a build has printed them.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {COURSE_BUNDLE_FILE_NAME} from './types';
import {folderEntries, labFolders, SHARED_FOLDER} from './lab-bundles';
import {zip, type ZipEntry} from './zip';

/** Byte order, not locale order: the same on every machine. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The folder the zip unpacks into. */
export const COURSE_FOLDER = 'docker-for-data-science';

export interface CoursePdf {
  /** File name in the zip's `cheatsheet/` folder, such as `docker-cheatsheet-a4.pdf`. */
  readonly fileName: string;
  /** The paper's name for readers, such as `A4`. */
  readonly label: string;
  readonly data: Buffer;
}

export interface CourseBundleSources {
  readonly labsDir: string;
  readonly setupDir: string;
  /** The cheatsheet PDFs; at least one (a course zip without its cheatsheet is not made). */
  readonly pdfs: readonly CoursePdf[];
}

export interface CourseBundle {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  /** Paths inside the zip of the files it holds (not folders), in order. */
  readonly files: readonly string[];
}

/** A lab's title: the first heading of its README, such as `Lab 01 — Docker basics`. */
function labTitle(labsDir: string, lab: string): string {
  try {
    const heading = /^# (.+)$/m.exec(readFileSync(path.join(labsDir, lab, 'README.md'), 'utf8'));
    return heading?.[1]?.trim() ?? lab;
  } catch {
    return lab;
  }
}

/** The README at the top of the zip: what is inside, and where to start. */
export function courseReadme(labsDir: string, labs: readonly string[], hasShared: boolean, pdfs: readonly CoursePdf[]): string {
  const labLines = labs.map((lab) => `  - \`labs/${lab}/\`: ${labTitle(labsDir, lab)}`);
  if (hasShared) labLines.push(`  - \`labs/${SHARED_FOLDER}/\`: the helpers every self-check loads; keep it beside the labs`);
  return [
    '# Docker for Data Science: the course material',
    '',
    'Everything for the three-hour tutorial, in one folder:',
    '',
    '- `setup/`: the setup kit for the day before: scripts that pull the images, build the lab images and check',
    '  your setup, for bash (`.sh`) and PowerShell (`.ps1`). `setup/README.md` says when to run which.',
    '- `labs/`: the labs, each with its README, its starter and solution, and its self-checks (lab 02: per workflow):',
    ...labLines,
    `- \`cheatsheet/\`: the cheatsheet, to print (two pages): ${pdfs.map((pdf) => `\`${pdf.fileName}\` (${pdf.label})`).join(', ')}.`,
    '',
    '## Where to start',
    '',
    '1. Keep this folder inside your user folder.',
    '2. At home, with Docker running, run the setup kit (see `setup/README.md`).',
    `3. On the day, open \`labs/${labs[0]}/README.md\`.`,
    '',
  ].join('\n');
}

/** The zip entries of the course, in their fixed order. */
export function courseEntries({labsDir, setupDir, pdfs: given}: CourseBundleSources): ZipEntry[] {
  // Whatever order they come in: the README lists them, and the zip holds them, in one order.
  const pdfs = [...given].sort((a, b) => byName(a.fileName, b.fileName));
  if (pdfs.length === 0) throw new Error('course bundle: no cheatsheet PDFs given; the course zip holds them');
  const labs = labFolders(labsDir);
  if (labs.length === 0) throw new Error(`course bundle: ${labsDir} holds no lab folders`);
  const shared = path.join(labsDir, SHARED_FOLDER);
  const hasShared = existsSync(shared);
  const top = COURSE_FOLDER;
  const pdfNames = pdfs.map((pdf) => pdf.fileName);
  if (new Set(pdfNames).size !== pdfNames.length || pdfNames.some((name) => !/^[\w.-]+\.pdf$/.test(name))) {
    throw new Error(`course bundle: cheatsheet PDF names must be distinct plain file names: ${pdfNames.join(', ')}`);
  }
  // Byte order of the names at each level, like the lab folders' own entries.
  return [
    {name: `${top}/`, mode: 0o755},
    {name: `${top}/README.md`, data: Buffer.from(courseReadme(labsDir, labs, hasShared, pdfs), 'utf8'), mode: 0o644},
    {name: `${top}/cheatsheet/`, mode: 0o755},
    ...pdfs.map((pdf) => ({name: `${top}/cheatsheet/${pdf.fileName}`, data: pdf.data, mode: 0o644})),
    {name: `${top}/labs/`, mode: 0o755},
    ...labs.flatMap((lab) => folderEntries(path.join(labsDir, lab), `${top}/labs/${lab}`)),
    ...(hasShared ? folderEntries(shared, `${top}/labs/${SHARED_FOLDER}`) : []),
    ...folderEntries(setupDir, `${top}/setup`),
  ];
}

export function buildCourseBundle(sources: CourseBundleSources): CourseBundle {
  const entries = courseEntries(sources);
  const bytes = zip(entries);
  return {
    fileName: COURSE_BUNDLE_FILE_NAME,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    files: entries.filter((entry) => entry.data !== undefined).map((entry) => entry.name),
  };
}

/** The bundle's sidecar file, in the format `sha256sum -c` and `shasum -a 256 -c` check. */
export function sha256Sidecar(bundle: CourseBundle): string {
  return `${bundle.sha256}  ${bundle.fileName}\n`;
}
