/**
 * The cheatsheet's layout and its downloads. `<Cheatsheet>` wraps the sheet's sections: one column
 * on screen, commands that wrap on a phone, and two columns on two printed pages (its print CSS
 * applies only to a page that holds it). `<CheatsheetPdfLinks>` links to the PDFs the build made,
 * and only to those: without them it says how to print the page instead.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {CHEATSHEET_PDF_PLUGIN_NAME, type CheatsheetPdfGlobalData} from '@site/src/plugins/cheatsheet-pdf/types';
import styles from './styles.module.css';

export default function Cheatsheet({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <div className={styles.sheet} data-testid="cheatsheet">
      {children}
    </div>
  );
}

interface LinksProps {
  /** `sheet`: on the cheatsheet itself; `downloads`: on another page, which links to the sheet. */
  readonly where?: 'sheet' | 'downloads';
}

export function CheatsheetPdfLinks({where = 'sheet'}: LinksProps): ReactNode {
  const {pdfs} = usePluginData(CHEATSHEET_PDF_PLUGIN_NAME) as CheatsheetPdfGlobalData;
  const {withBaseUrl} = useBaseUrlUtils();
  const page = where === 'sheet' ? 'this page' : <Link to="/docs/cheatsheet">the cheatsheet page</Link>;

  if (pdfs.length === 0) {
    return (
      <p className={styles.noPrint} data-testid="cheatsheet-print-hint">
        To take it with you, print {page} from your browser (<em>File → Print</em>; for a file, choose <em>Save as PDF</em> as the printer):
        it fits on two pages of A4 or US Letter, one sheet printed on both sides.
      </p>
    );
  }
  return (
    <p className={styles.noPrint} data-testid="cheatsheet-pdf-links">
      To take it with you, download the PDF for{' '}
      {pdfs.map((pdf, i) => (
        <span key={pdf.file}>
          {i > 0 && ' or for '}
          {/* A plain link: the client-side router knows pages, not files. */}
          <a href={withBaseUrl(`/${pdf.file}`)} type="application/pdf">
            {pdf.label} paper
          </a>
        </span>
      ))}
      , or print {page} from your browser: either way it fits on two pages, one sheet printed on both sides.
    </p>
  );
}
