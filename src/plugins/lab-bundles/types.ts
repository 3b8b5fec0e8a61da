/** What the lab-bundles plugin tells the pages about each bundle (`usePluginData`). */
export const LAB_BUNDLES_PLUGIN_NAME = 'lab-bundles';

/** Where the zips are served, under the site's base URL. */
export const BUNDLES_PATH = 'downloads/labs';

export interface BundleSummary {
  /** The lab folder, such as `03-model`. */
  readonly lab: string;
  readonly fileName: string;
  /** Site path of the zip without the base URL: `/downloads/labs/<fileName>`. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly files: number;
}

export interface LabBundlesGlobalData {
  readonly bundles: readonly BundleSummary[];
}
