/**
 * How many bytes a student's build downloads from PyPI for each lock: the wheel pip picks for every
 * pin, per platform, summed. Written by the lock script to `labs/requirements/downloads.ts`, for the
 * instructor notes and the setup kit.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {readFileSync} from 'node:fs';
import {repoRoot} from '../lab-checker/paths';
import {run} from '../lab-checker/proc';
import {LOCK_IMAGES, type LockImage} from './images';
import type {PythonTools} from './tools';

export const DOWNLOADS_MODULE = 'labs/requirements/downloads.ts';
const ARCHES = ['x86_64', 'aarch64'] as const;
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wheel_sizes.py');

export type Downloads = Record<LockImage['name'], Record<(typeof ARCHES)[number], number>>;

export async function measureDownloads(tools: PythonTools): Promise<Downloads> {
  const downloads: Partial<Downloads> = {};
  for (const image of LOCK_IMAGES) {
    const pins = readFileSync(path.join(repoRoot, image.lock), 'utf8');
    const bytes: Partial<Record<(typeof ARCHES)[number], number>> = {};
    for (const arch of ARCHES) {
      const result = await run(path.join(path.dirname(tools.pipAudit), 'python'), [script, arch], {
        env: tools.env,
        input: pins,
        timeoutSeconds: 900,
      });
      if (result.code !== 0) throw new Error(`Could not size the wheels of ${image.lock} for ${arch}:\n${result.output}`);
      const sizes = JSON.parse(result.stdout) as Record<string, number>;
      bytes[arch] = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    }
    downloads[image.name] = {x86_64: bytes.x86_64 ?? 0, aarch64: bytes.aarch64 ?? 0};
  }
  return downloads as Downloads;
}

export function downloadsModule(downloads: Downloads): string {
  return [
    '// Made by `npm run labs:lock`: bytes of the wheels pip downloads from PyPI for each lock, per platform.',
    `export const DOWNLOAD_BYTES = ${JSON.stringify(downloads, null, 2)} as const;`,
    '',
  ].join('\n');
}
