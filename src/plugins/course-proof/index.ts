/**
 * Docusaurus plugin: how each lab is proven (scripts/lab-checker/proof.ts), read at build time from
 * the lab manifests, the mutants and the stand-in recipes, into a JSON module
 * (`@generated/course-proof/proof.json`) that only the "How this course is proven" page imports:
 * as global data it would ride in every page's JavaScript.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {agenda} from '../../data/agenda';
import {courseProof} from '../../../scripts/lab-checker/proof';

// Typed Plugin<unknown>, as the site config takes no narrower plugin.
export default function courseProofPlugin(context: LoadContext): Plugin<unknown> {
  const file = path.join(context.generatedFilesDir, 'course-proof', 'proof.json');
  return {
    name: 'course-proof',
    loadContent: () => courseProof(context.siteDir, agenda.flatMap((section) => (section.lab ? [section.lab] : []))),
    contentLoaded({content}) {
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(content));
    },
  };
}
