/**
 * A disk cache of rendered SVGs, so a rebuild or `npm start` draws only the diagrams that changed.
 * Keys hash everything the SVG depends on; files are written whole (temporary file, then rename),
 * so builds running side by side never read half a file.
 */
import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';

export interface SvgCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, svg: string): Promise<void>;
}

/** The cache key of one rendering: mermaid's version, the config (theme) and id it is drawn with, and the source. */
export function cacheKey(parts: {
  readonly mermaidVersion: string;
  readonly config: unknown;
  readonly id: string;
  readonly source: string;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.mermaidVersion, parts.config, parts.id, parts.source]))
    .digest('hex');
}

export function diskCache(dir: string): SvgCache {
  const file = (key: string) => path.join(dir, `${key}.svg`);
  return {
    async get(key) {
      try {
        return await readFile(file(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(key, svg) {
      await mkdir(dir, {recursive: true});
      const temporary = `${file(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, svg);
      await rename(temporary, file(key));
    },
  };
}

/** No cache (tests). */
export const noCache: SvgCache = {get: () => Promise.resolve(undefined), set: () => Promise.resolve()};
