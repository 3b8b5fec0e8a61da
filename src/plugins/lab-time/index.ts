/**
 * Docusaurus plugin: each lab's core-path estimate (lib/labs/time-model.ts), made at
 * build time from the lab's steps and starter files, for the lab page's header. The page cannot
 * read the starter files in the browser, so the figures travel as the plugin's global data.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {agenda} from '../../data/agenda';
import {estimateCorePath, loadLabParts, WORDS_PER_MINUTE} from '../../../lib/labs/time-model';
import type {LabTimes} from './types';

// Typed Plugin<unknown>, as the site config takes no narrower plugin.

export default function labTimePlugin(context: LoadContext): Plugin<unknown> {
  const labsDir = path.join(context.siteDir, 'labs');
  return {
    name: 'lab-time',
    async loadContent() {
      const times: LabTimes = {};
      for (const section of agenda) {
        if (!section.lab) continue;
        const {steps, todoLines, words, waitMinutes, inLecture, minutes} = estimateCorePath(await loadLabParts(labsDir, section.lab));
        times[section.lab] = {steps, todoLines, words, readingMinutes: words / WORDS_PER_MINUTE, waitMinutes, inLecture, minutes};
      }
      return times;
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
    getPathsToWatch() {
      return [path.join(labsDir, '**/*')];
    },
  };
}
