/**
 * What each lab image adds to its base image on disk (its own layers: the packages pip installs,
 * the code it copies), for the instructor notes. Measured by `npm run labs:check`, kept in
 * `labs/requirements/image-sizes.ts` by `npm run labs:sizes`, and compared by every lab check run,
 * so the page cannot fall behind the pins. The layers are real on a stand-in base too: pip installs
 * the same wheels from PyPI either way.
 */
import type {LabsReport} from './report';

export const IMAGE_SIZES_MODULE = 'labs/requirements/image-sizes.ts';

/** `<lab id>/<image name>` → bytes of its own layers. */
export type ImageSizes = Readonly<Record<string, number>>;

/** Two builds of the same pins differ by a few bytes of bytecode at most; a changed pin moves more. */
const TOLERANCE = {share: 0.03, bytes: 1_000_000};

/** The images of the labs that passed, with their own layers measured. */
export function measuredSizes(report: LabsReport): ImageSizes {
  const sizes: Record<string, number> = {};
  for (const lab of report.labs) {
    if (lab.status !== 'pass') continue;
    for (const image of lab.images) if (image.ownBytes !== undefined) sizes[`${lab.id}/${image.name}`] = image.ownBytes;
  }
  return sizes;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Where the kept sizes and this run's disagree, one line each; empty when they agree. */
export function sizeProblems(kept: ImageSizes, measured: ImageSizes): string[] {
  const problems: string[] = [];
  for (const [image, bytes] of Object.entries(measured)) {
    const was = kept[image];
    if (was === undefined) problems.push(`${image}: ${mb(bytes)} measured, and the instructor notes have no size for it`);
    else if (Math.abs(bytes - was) > Math.max(TOLERANCE.bytes, was * TOLERANCE.share)) {
      problems.push(`${image}: ${mb(bytes)} measured, the instructor notes say ${mb(was)}`);
    }
  }
  return problems;
}

export function imageSizesModule(sizes: ImageSizes): string {
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '// Made by `npm run labs:sizes` from the last `npm run labs:check`: bytes each lab image adds to its base image.',
    `export const IMAGE_OWN_BYTES = ${JSON.stringify(sorted, null, 2)} as const;`,
    '',
  ].join('\n');
}
