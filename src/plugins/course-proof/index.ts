/**
 * Docusaurus plugin: how each lab is proven (scripts/lab-checker/proof.ts), read at build time from
 * the lab manifests, the mutants and the stand-in recipes, for the "How this course is proven" page.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {agenda} from '../../data/agenda';
import {courseProof} from '../../../scripts/lab-checker/proof';

// Typed Plugin<unknown>, as the site config takes no narrower plugin.
export default function courseProofPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'course-proof',
    loadContent: () => courseProof(context.siteDir, agenda.flatMap((section) => (section.lab ? [section.lab] : []))),
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
