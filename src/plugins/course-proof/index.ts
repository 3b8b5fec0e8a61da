/**
 * Docusaurus plugin: how each lab is proven, read at build time into a JSON module
 * (`@generated/course-proof/proof.json`) that only the "How this course is proven" page imports:
 * as global data it would ride in every page's JavaScript. The site config hands it the reader
 * (`scripts/lab-checker/proof.ts`, which reads the lab manifests, the mutants and the stand-in
 * recipes), so the site imports nothing of the checker.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {CourseProof} from '../../../lib/labs/proof';
import {agenda} from '../../data/agenda';

export type ReadCourseProof = (siteDir: string, labIds: readonly string[]) => Promise<CourseProof>;

/** The plugin, reading the proof with `read`. */
export function courseProofPlugin(read: ReadCourseProof): (context: LoadContext) => Plugin<unknown> {
  // Typed Plugin<unknown>, as the site config takes no narrower plugin.
  return function courseProof(context: LoadContext): Plugin<unknown> {
    const file = path.join(context.generatedFilesDir, 'course-proof', 'proof.json');
    return {
      name: 'course-proof',
      loadContent: () =>
        read(
          context.siteDir,
          agenda.flatMap((section) => (section.lab ? [section.lab] : [])),
        ),
      contentLoaded({content}) {
        mkdirSync(path.dirname(file), {recursive: true});
        writeFileSync(file, JSON.stringify(content));
      },
    };
  };
}
