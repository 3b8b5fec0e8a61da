/**
 * Docusaurus plugin that prints the cheatsheet to PDF, on A4 and on US Letter, at the end of a
 * production build: it serves the built site on loopback, opens the cheatsheet in headless
 * Chromium and saves what the browser's own print makes (`page.pdf`, the page's print CSS) into
 * `downloads/` of the build's output folder.
 *
 * The PDFs are normalised (print times and identifiers fixed), so two builds give the same bytes,
 * and then packed with every lab and the setup kit into the course zip (`course-zip.ts`): it is
 * made here, after printing, because Docusaurus runs the plugins' postBuild steps side by side.
 *
 * Links to the PDFs and the course zip are rendered only when the build will make them, so no page
 * links to a missing file: the plugin decides before the pages are rendered (a production build,
 * and a Chromium that starts) and tells the pages through its global data. `docusaurus start` has
 * no build step, so it makes neither, and its pages say how to print instead and why there is no
 * course zip. A build that promised PDFs and cannot make them fails, as does a cheatsheet that
 * prints onto a third page.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BrowserType} from 'playwright-core';
import {chromiumArgs, systemChromium} from '../../../lib/chromium';
import {writeCourseBundle, type PrintedPdf} from './course-zip';
import {normalisePdf} from './normalise';
import {readPdf} from './pdf';
import {serveStatic} from '../../../lib/static-server';
import {CHEATSHEET_MAX_PAGES, CHEATSHEET_PATH, CHEATSHEET_PDFS, CHEATSHEET_PDF_PLUGIN_NAME, type CheatsheetPdfGlobalData} from './types';

type Chromium = BrowserType;

/** The plugin's content (plain data: Docusaurus may show it, as JSON, in its debug pages). */
interface Content {
  /** The Chromium that prints, when this build makes the PDFs. */
  readonly executablePath?: string;
}

const log = (message: string): void => console.log(`[${CHEATSHEET_PDF_PLUGIN_NAME}] ${message}`);

async function loadChromium(): Promise<Chromium | undefined> {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    return undefined;
  }
}

/** A Chromium that starts: Debian's where installed, otherwise Playwright's own; undefined if neither. */
async function findBrowser(): Promise<string | undefined> {
  const chromium = await loadChromium();
  if (!chromium) {
    log('playwright-core is not installed: no cheatsheet PDFs in this build, and no links to them.');
    return undefined;
  }
  let executablePath: string | undefined = systemChromium;
  try {
    executablePath ??= chromium.executablePath();
  } catch {
    executablePath = undefined;
  }
  if (!executablePath) {
    log('no Chromium found: no cheatsheet PDFs in this build, and no links to them.');
    return undefined;
  }
  try {
    const browser = await chromium.launch({executablePath, args: [...chromiumArgs]});
    await browser.close();
  } catch (error) {
    log(`Chromium did not start (${(error as Error).message.split('\n')[0]}): no cheatsheet PDFs in this build, and no links to them.`);
    return undefined;
  }
  return executablePath;
}

/** Prints the built cheatsheet of `outDir` on every paper format, into `outDir`; gives the bytes written. */
async function printCheatsheet(executablePath: string, outDir: string, baseUrl: string): Promise<PrintedPdf[]> {
  const chromium = await loadChromium();
  if (!chromium) throw new Error('playwright-core could not be loaded a second time');
  const server = await serveStatic(outDir, {baseUrl});
  const browser = await chromium.launch({executablePath, args: [...chromiumArgs]}).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const printed: PrintedPdf[] = [];
  try {
    const page = await browser.newPage();
    // Only the built site: a request elsewhere would make the PDF depend on the network.
    await page.route('**/*', (route) => (new URL(route.request().url()).origin === server.origin ? route.continue() : route.abort()));
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto(`${server.origin}${baseUrl}${CHEATSHEET_PATH}`, {waitUntil: 'load'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 30_000});
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    for (const paper of CHEATSHEET_PDFS) {
      const pdf = normalisePdf(
        await page.pdf({format: paper.format, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true}),
      );
      const pages = (await readPdf(pdf)).length;
      if (pages > CHEATSHEET_MAX_PAGES) {
        throw new Error(
          `The cheatsheet prints onto ${pages} pages of ${paper.label}; at most ${CHEATSHEET_MAX_PAGES} are allowed. Shorten docs/cheatsheet.mdx, or tighten its print layout.`,
        );
      }
      const file = path.join(outDir, paper.file);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, pdf);
      printed.push({paper, data: pdf});
      log(`${paper.file}: ${pages} pages of ${paper.label}, ${Math.round(pdf.length / 1024)} KB`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return printed;
}

// Typed Plugin<unknown> because the site config accepts no narrower plugin.
export default function cheatsheetPdfPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: CHEATSHEET_PDF_PLUGIN_NAME,

    // `docusaurus build` runs with NODE_ENV=production, `docusaurus start` (and `build --dev`) without it.
    async loadContent(): Promise<Content> {
      return process.env.NODE_ENV === 'production' ? {executablePath: await findBrowser()} : {};
    },

    contentLoaded({content, actions}) {
      const printing = !!(content as Content).executablePath;
      const data: CheatsheetPdfGlobalData = {pdfs: printing ? CHEATSHEET_PDFS : [], courseBundle: printing};
      actions.setGlobalData(data);
    },

    async postBuild({content, outDir, baseUrl}) {
      const {executablePath} = content as Content;
      if (!executablePath) return;
      const printed = await printCheatsheet(executablePath, outDir, baseUrl);
      const bundle = await writeCourseBundle(context.siteDir, outDir, printed);
      log(`${bundle.fileName}: ${bundle.files.length} files, ${Math.round(bundle.bytes.length / 1024)} KB, SHA-256 ${bundle.sha256}`);
    },
  };
}
