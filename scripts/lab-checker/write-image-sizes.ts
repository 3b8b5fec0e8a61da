/**
 * `npm run labs:sizes`: writes the image sizes of the last lab check (build/labs-report.json) into
 * the instructor notes' data, keeping the sizes of images that run did not build.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {IMAGE_OWN_BYTES} from '../../labs/requirements/image-sizes';
import {IMAGE_SIZES_MODULE, imageSizesModule, measuredSizes} from './image-sizes';
import {repoRoot, reportPath} from './paths';
import type {LabsReport} from './report';

if (!existsSync(reportPath)) {
  console.error(`There is no lab report at ${path.relative(repoRoot, reportPath)}: run \`npm run labs:check\` first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LabsReport;
const measured = measuredSizes(report);
if (Object.keys(measured).length === 0) {
  console.error('The last lab check built no image that passed: nothing to write.');
  process.exit(1);
}
writeFileSync(path.join(repoRoot, IMAGE_SIZES_MODULE), imageSizesModule({...IMAGE_OWN_BYTES, ...measured}));
console.log(`wrote ${IMAGE_SIZES_MODULE}: ${Object.keys(measured).join(', ')}`);
