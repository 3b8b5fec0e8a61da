import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {courseImages} from '../../lib/course/images';

const labsDir = path.resolve(import.meta.dirname, '../../labs');

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full, match);
    return match(entry.name) ? [full] : [];
  });
}

/** Base images a Dockerfile pulls: FROM references that are not earlier build stages. */
function baseImagesOf(dockerfile: string): string[] {
  const stages = new Set<string>();
  const images: string[] = [];
  for (const line of dockerfile.split('\n')) {
    const m = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!m) continue;
    const ref = m[1]!;
    if (!stages.has(ref.toLowerCase()) && ref !== 'scratch') images.push(ref);
    if (m[2]) stages.add(m[2].toLowerCase());
  }
  return images;
}

/** Every image the lab material pulls: Dockerfile bases, Compose images, and images students run directly. */
function imagesUsedByLabs(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (ref: string, where: string) => used.set(ref, [...(used.get(ref) ?? []), path.relative(labsDir, where)]);
  for (const file of filesUnder(labsDir, (n) => n === 'Dockerfile' || n.startsWith('Dockerfile.'))) {
    for (const ref of baseImagesOf(readFileSync(file, 'utf8'))) add(ref, file);
  }
  // Built by the course, not pulled: images of earlier labs used by name (lab 05 runs lab 04's
  // API), and a starter's placeholder (`:TODO`) that students replace.
  const built = new Set<string>();
  for (const file of filesUnder(labsDir, (n) => n === 'lab.ts')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\{ref: '([^']+)', lab: '/g)) built.add(m[1]!);
  }
  const pulled = (ref: string): boolean => !built.has(ref) && !ref.endsWith(':TODO');
  for (const file of filesUnder(labsDir, (n) => /^(compose|docker-compose)\.ya?ml$/.test(n))) {
    const compose = parse(readFileSync(file, 'utf8')) as {services?: Record<string, {image?: string; build?: unknown}>};
    for (const service of Object.values(compose.services ?? {}))
      if (service.image && !service.build && pulled(service.image)) add(service.image, file);
  }
  for (const file of filesUnder(labsDir, (n) => n === 'lab.ts')) {
    const uses = /uses:\s*\[([^\]]*)\]/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const m of uses.matchAll(/'([^']+)'/g)) add(m[1]!, file);
  }
  return used;
}

describe('the course images list (lib/course/images.ts)', () => {
  const used = imagesUsedByLabs();
  const listed = courseImages.map((i) => i.ref);

  it('lists every image the labs pull, so the pre-pull commands are complete', () => {
    const missing = [...used.keys()].filter((ref) => !listed.includes(ref));
    expect(
      missing,
      `used by labs but not in lib/course/images.ts: ${missing.map((m) => `${m} (${used.get(m)!.join(', ')})`).join('; ')}`,
    ).toEqual([]);
  });

  it('lists no image that no lab uses', () => {
    expect(listed.filter((ref) => !used.has(ref))).toEqual([]);
  });
});

describe('baseImagesOf', () => {
  it('skips build stages and scratch, keeps pinned references', () => {
    const dockerfile = [
      'FROM python:3.13-slim-trixie AS train',
      'RUN make',
      'FROM --platform=linux/amd64 nginx:1.22 AS web',
      'FROM train',
      'FROM scratch',
    ].join('\n');
    expect(baseImagesOf(dockerfile)).toEqual(['python:3.13-slim-trixie', 'nginx:1.22']);
  });
});
