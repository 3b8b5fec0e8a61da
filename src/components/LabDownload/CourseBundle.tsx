/**
 * The course zip on Downloads: the whole course in one file, with its size and SHA-256. The zip
 * holds the cheatsheet PDFs, so the build makes it after the pages are written, and its hash cannot
 * be in them: the page reads it, once loaded, from the sidecar file beside the zip (and the size from
 * the zip's own headers), and links the sidecar for readers without JavaScript and for `sha256sum -c`.
 */
import {useEffect, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import {CHEATSHEET_PDF_PLUGIN_NAME, type CheatsheetPdfGlobalData} from '@site/src/plugins/cheatsheet-pdf/types';
import {COURSE_BUNDLE_FILE_NAME, COURSE_BUNDLE_PATH, COURSE_BUNDLE_SHA256_PATH} from '@site/lib/bundles/types';
import {formatBytes} from './format';
import {sha256FromSidecar} from './sidecar';
import styles from './styles.module.css';

type Facts =
  {readonly state: 'reading'} | {readonly state: 'read'; readonly sha256: string; readonly bytes?: number} | {readonly state: 'failed'};

/** The zip's SHA-256 from its sidecar, and its size from a HEAD request (when the host says it plainly). */
function useCourseBundleFacts(zipHref: string, sidecarHref: string, enabled: boolean): Facts {
  const [facts, setFacts] = useState<Facts>({state: 'reading'});
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const read = async (): Promise<Facts> => {
      const sidecar = await fetch(sidecarHref, {cache: 'no-cache'});
      const sha256 = sidecar.ok ? sha256FromSidecar(await sidecar.text(), COURSE_BUNDLE_FILE_NAME) : undefined;
      if (!sha256) return {state: 'failed'};
      const head = await fetch(zipHref, {method: 'HEAD', cache: 'no-cache'});
      const length = Number(head.headers.get('content-length'));
      // A compressed response's length is not the file's.
      const plain = head.ok && !head.headers.get('content-encoding') && Number.isInteger(length) && length > 0;
      return {state: 'read', sha256, bytes: plain ? length : undefined};
    };
    void read()
      .catch((): Facts => ({state: 'failed'}))
      .then((result) => {
        if (current) setFacts(result);
      });
    return () => {
      current = false;
    };
  }, [zipHref, sidecarHref, enabled]);
  return facts;
}

export function CourseBundle(): ReactNode {
  const {courseBundle} = usePluginData(CHEATSHEET_PDF_PLUGIN_NAME) as CheatsheetPdfGlobalData;
  const zipHref = useBaseUrl(COURSE_BUNDLE_PATH);
  const sidecarHref = useBaseUrl(COURSE_BUNDLE_SHA256_PATH);
  const facts = useCourseBundleFacts(zipHref, sidecarHref, courseBundle);

  if (!courseBundle) {
    return (
      <p data-testid="course-bundle-missing">
        <strong>This copy of the site has no course zip.</strong> The zip holds the cheatsheet&apos;s PDFs, and only a production build with
        a browser to print them makes those (not the development server, nor a build on a machine without Chromium). Take the labs one at a
        time below, and the setup kit from the repository.
      </p>
    );
  }
  // Plain links: static files, not routes of the site (the project's link check covers them).
  const sidecarLink = <a href={sidecarHref}>{`${COURSE_BUNDLE_FILE_NAME}.sha256`}</a>;
  return (
    <>
      <table data-testid="course-bundle">
        <thead>
          <tr>
            <th>File</th>
            <th>Size</th>
            <th>SHA-256</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <a href={zipHref} download={COURSE_BUNDLE_FILE_NAME}>
                {COURSE_BUNDLE_FILE_NAME}
              </a>
            </td>
            <td data-testid="course-bundle-size">{facts.state === 'read' && facts.bytes !== undefined ? formatBytes(facts.bytes) : '—'}</td>
            <td>
              {facts.state === 'read' ? (
                <>
                  <code className={styles.hash} data-testid="course-bundle-sha256">
                    {facts.sha256}
                  </code>{' '}
                  <span className={styles.note}>(also in {sidecarLink})</span>
                </>
              ) : facts.state === 'failed' ? (
                <>could not be read here; see {sidecarLink}</>
              ) : (
                <>in {sidecarLink}</>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        To check a copy passed around, download the <code>.sha256</code> file too and, in the folder holding both, run{' '}
        <code>shasum -a 256 -c {COURSE_BUNDLE_FILE_NAME}.sha256</code> (macOS; on Linux <code>sha256sum -c</code>, in PowerShell compare{' '}
        <code>Get-FileHash {COURSE_BUNDLE_FILE_NAME}</code> with the hash above).
      </p>
    </>
  );
}
