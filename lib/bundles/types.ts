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

/**
 * The whole course in one zip: every lab, the setup kit and the cheatsheet PDFs. It holds the PDFs,
 * so the cheatsheet plugin makes it, after printing them; its SHA-256 is known only then, after the
 * pages are written, so it is served in a sidecar file beside the zip (`sha256sum` format).
 */
export const COURSE_BUNDLE_FILE_NAME = 'docker-for-data-science.zip';
/** Site path of the course zip without the base URL. */
export const COURSE_BUNDLE_PATH = `/downloads/${COURSE_BUNDLE_FILE_NAME}`;
/** Site path of its SHA-256 (`<hex>  docker-for-data-science.zip`, what `sha256sum -c` reads). */
export const COURSE_BUNDLE_SHA256_PATH = `${COURSE_BUNDLE_PATH}.sha256`;
