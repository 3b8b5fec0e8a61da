/**
 * Writes the course zip and its SHA-256 sidecar into a build, from the PDFs just printed: the zip
 * holds the very bytes the site serves as the cheatsheet PDFs.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {buildCourseBundle, sha256Sidecar, type CourseBundle} from '../../../lib/bundles/course-bundle';
import {COURSE_BUNDLE_PATH, COURSE_BUNDLE_SHA256_PATH} from '../../../lib/bundles/types';
import type {CheatsheetPdf} from './types';

export interface PrintedPdf {
  readonly paper: CheatsheetPdf;
  readonly data: Buffer;
}

export async function writeCourseBundle(siteDir: string, outDir: string, printed: readonly PrintedPdf[]): Promise<CourseBundle> {
  const bundle = buildCourseBundle({
    labsDir: path.join(siteDir, 'labs'),
    setupDir: path.join(siteDir, 'setup'),
    pdfs: printed.map(({paper, data}) => ({fileName: path.posix.basename(paper.file), label: paper.label, data})),
  });
  const zipFile = path.join(outDir, COURSE_BUNDLE_PATH);
  await mkdir(path.dirname(zipFile), {recursive: true});
  await writeFile(zipFile, bundle.bytes);
  await writeFile(path.join(outDir, COURSE_BUNDLE_SHA256_PATH), sha256Sidecar(bundle));
  return bundle;
}
