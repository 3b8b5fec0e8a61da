import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import {LAB_BUNDLES_PLUGIN_NAME, type BundleSummary, type LabBundlesGlobalData} from '@site/lib/bundles/types';
import {formatBytes} from './format';
import styles from './styles.module.css';

export {CourseBundle} from './CourseBundle';

export function useBundles(): readonly BundleSummary[] {
  return (usePluginData(LAB_BUNDLES_PLUGIN_NAME) as LabBundlesGlobalData).bundles;
}

function bundleOf(bundles: readonly BundleSummary[], lab: string): BundleSummary {
  const bundle = bundles.find((b) => b.lab === lab);
  if (!bundle) throw new Error(`LabDownload: no bundle for lab ${lab} (labs/${lab} has no lab.ts?)`);
  return bundle;
}

/** The download button of a lab page: the lab's zip, with its size. */
export default function LabDownload({lab}: {lab: string}): ReactNode {
  const bundle = bundleOf(useBundles(), lab);
  const href = useBaseUrl(bundle.path);
  return (
    <p className={styles.download}>
      {/* A plain link: a static file, not a route of the site (the project's link check covers it). */}
      <a className="button button--primary" href={href} download={bundle.fileName}>
        Download this lab (zip, {formatBytes(bundle.bytes)})
      </a>{' '}
      <span className={styles.note}>
        the starter, the solution, the README and the self-checks; unzip it inside your user folder. Or get every lab at once: see{' '}
        <Link to="/downloads">Downloads</Link>.
      </span>
    </p>
  );
}

/** The table of Downloads: every lab's zip with its size and SHA-256, to check a copy passed around. */
export function BundleTable(): ReactNode {
  const bundles = useBundles();
  return (
    <table>
      <thead>
        <tr>
          <th>Lab</th>
          <th>Size</th>
          <th>SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {bundles.map((bundle) => (
          <BundleRow key={bundle.lab} bundle={bundle} />
        ))}
      </tbody>
    </table>
  );
}

function BundleRow({bundle}: {bundle: BundleSummary}): ReactNode {
  const href = useBaseUrl(bundle.path);
  return (
    <tr>
      <td>
        <a href={href} download={bundle.fileName}>
          {bundle.fileName}
        </a>
      </td>
      <td>{formatBytes(bundle.bytes)}</td>
      <td>
        <code className={styles.hash}>{bundle.sha256}</code>
      </td>
    </tr>
  );
}
