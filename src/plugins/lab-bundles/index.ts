/**
 * Docusaurus plugin for the lab bundles: zips every lab folder of `labs/` (scripts/bundles) into a
 * static folder the site serves, in `docusaurus start` as in the build, and gives the pages each
 * bundle's size and SHA-256. The zips are made from the files on disk, so the download is the lab
 * CI checks; they are remade whenever a lab file changes.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildLabBundles} from '../../../lib/bundles/lab-bundles';
import {BUNDLES_PATH, LAB_BUNDLES_PLUGIN_NAME, type BundleSummary, type LabBundlesGlobalData} from '../../../lib/bundles/types';

/**
 * A static folder of generated files (listed in the config's `staticDirectories`): kept out of
 * `static/`, so nothing generated is ever committed.
 */
export const GENERATED_STATIC_DIR = path.join('node_modules', '.cache', 'docker-for-data-science', 'generated-static');

// Plugin<unknown>, as the site config takes no narrower plugin: the data goes from loadContent to
// contentLoaded through `loaded`, not through the untyped `content`.
export default function labBundlesPlugin(context: LoadContext): Plugin<unknown> {
  let loaded: LabBundlesGlobalData = {bundles: []};
  const labsDir = path.join(context.siteDir, 'labs');
  const outDir = path.join(context.siteDir, GENERATED_STATIC_DIR, BUNDLES_PATH);
  return {
    name: LAB_BUNDLES_PLUGIN_NAME,
    getPathsToWatch: () => [path.join(labsDir, '**', '*')],
    loadContent() {
      const bundles = buildLabBundles(labsDir);
      rmSync(outDir, {recursive: true, force: true});
      mkdirSync(outDir, {recursive: true});
      const summaries: BundleSummary[] = bundles.map((bundle) => {
        writeFileSync(path.join(outDir, bundle.fileName), bundle.bytes);
        return {
          lab: bundle.lab,
          fileName: bundle.fileName,
          path: `/${BUNDLES_PATH}/${bundle.fileName}`,
          bytes: bundle.bytes.length,
          sha256: bundle.sha256,
          files: bundle.files.length,
        };
      });
      loaded = {bundles: summaries};
      return loaded;
    },
    contentLoaded({actions}) {
      actions.setGlobalData(loaded);
    },
  };
}
