/** Which registry images a lab needs: FROM lines of what it builds, compose images, `uses`. */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import type {LabManifest} from '../../lib/labs/manifest';

/** A FROM line: its image, and the stage name it gives (`AS name`). */
const FROM_LINE = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i;

/** External images named by FROM, leaving out earlier build stages and `scratch`. */
export function fromImages(dockerfile: string): string[] {
  const stages = new Set<string>();
  const images: string[] = [];
  for (const line of dockerfile.split('\n')) {
    const match = FROM_LINE.exec(line);
    const image = match?.[1];
    if (!match || !image) continue;
    if (image !== 'scratch' && !stages.has(image.toLowerCase()) && !images.includes(image)) images.push(image);
    if (match[2]) stages.add(match[2].toLowerCase());
  }
  return images;
}

/** The image the last stage of a Dockerfile starts FROM, unless that is an earlier stage. */
export function finalBase(dockerfile: string): string | undefined {
  const stages = new Set<string>();
  let last: string | undefined;
  for (const line of dockerfile.split('\n')) {
    const match = FROM_LINE.exec(line);
    if (!match?.[1]) continue;
    last = stages.has(match[1].toLowerCase()) ? undefined : match[1];
    if (match[2]) stages.add(match[2].toLowerCase());
  }
  return last;
}

/** `image:` of services that do not build their own. */
export function composeImages(composeYaml: string): string[] {
  const doc = parse(composeYaml) as {services?: Record<string, {image?: unknown; build?: unknown}>} | null;
  const images: string[] = [];
  for (const service of Object.values(doc?.services ?? {})) {
    if (typeof service.image === 'string' && service.build === undefined) images.push(service.image);
  }
  return images;
}

export function labBaseImages(lab: LabManifest, labDir: string): string[] {
  const wanted = new Set<string>(lab.uses ?? []);
  const read = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  for (const image of lab.images) {
    const file = path.join(labDir, 'solution', image.context, image.dockerfile ?? 'Dockerfile');
    for (const from of fromImages(read(file))) wanted.add(from);
  }
  for (const claim of lab.starter) {
    if (claim.claim !== 'builds') continue;
    const file = path.join(labDir, 'starter', claim.context, claim.dockerfile ?? 'Dockerfile');
    for (const from of fromImages(read(file))) wanted.add(from);
  }
  for (const check of lab.checks) {
    if (check.kind !== 'compose') continue;
    const file = path.join(labDir, 'solution', check.dir, 'compose.yaml');
    if (existsSync(file)) for (const image of composeImages(read(file))) wanted.add(image);
  }
  // Images of earlier labs are built, not pulled (images-from-labs.ts).
  for (const fromLab of lab.imagesFromLabs ?? []) wanted.delete(fromLab.ref);
  return [...wanted];
}
