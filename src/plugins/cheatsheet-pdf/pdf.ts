/**
 * Reads a printed PDF with unpdf (a build of Mozilla's PDF.js for servers): its pages in order,
 * each with its size and its text. A file that is not a PDF makes it throw.
 */
import {getDocumentProxy} from 'unpdf';

export interface PdfPage {
  /** Width and height in points (1/72 inch), from the page's MediaBox. */
  readonly width: number;
  readonly height: number;
  /** The text the page shows, in the order it is drawn; each line of text on its own line. */
  readonly text: string;
}

/** Reads `data` as a PDF: its pages in order, each with its size and text. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  // A copy: PDF.js takes the bytes it is given over (it detaches their buffer).
  const pdf = await getDocumentProxy(Uint8Array.from(data));
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const {width, height} = page.getViewport({scale: 1});
      const {items} = await page.getTextContent();
      const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push({width, height, text});
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Text with every run of white space removed: compares text whatever the line breaks and spacing of a layout. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
