/** What the cheatsheet PDF plugin shares with the site's pages and the tests (no Node.js code here). */

/** The plugin's name, under which pages find its global data (`usePluginData`). */
export const CHEATSHEET_PDF_PLUGIN_NAME = 'cheatsheet-pdf';

/** The page that is printed, below the site's base URL. */
export const CHEATSHEET_PATH = 'docs/cheatsheet';

/** The most pages a printed cheatsheet may take: one sheet of paper, printed on both sides. */
export const CHEATSHEET_MAX_PAGES = 2;

export interface CheatsheetPdf {
  /** Playwright's name of the paper format. */
  readonly format: 'A4' | 'Letter';
  /** The paper's name for readers. */
  readonly label: string;
  /** Where the build writes it, below the output folder (and so below the site's base URL). */
  readonly file: string;
  /** The paper's size in points (1/72 inch). */
  readonly width: number;
  readonly height: number;
}

export const CHEATSHEET_PDFS: readonly CheatsheetPdf[] = [
  {format: 'A4', label: 'A4', file: 'downloads/docker-cheatsheet-a4.pdf', width: 595.28, height: 841.89},
  {format: 'Letter', label: 'US Letter', file: 'downloads/docker-cheatsheet-letter.pdf', width: 612, height: 792},
];

/**
 * The plugin's global data: the PDFs this build makes. Empty in `docusaurus start` (which has no
 * build step to make them) and in a build without a browser, so no page links to a missing file.
 */
export interface CheatsheetPdfGlobalData {
  readonly pdfs: readonly CheatsheetPdf[];
  /**
   * Whether this build makes the course zip (`COURSE_BUNDLE_PATH` of the lab-bundles types): it
   * holds the PDFs, so it is made after them and exactly when they are.
   */
  readonly courseBundle: boolean;
}
