/**
 * Lab files on slides are imported (`file=labs/...`), never pasted. A slide may sketch a
 * Dockerfile that is no lab file, but then its title must say so, as the About page promises.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const SLIDES = path.resolve('slides');
const fences = (source: string) =>
  [...source.matchAll(/^```(dockerfile|yaml|python)([^\n]*)$/gm)].map((m) => ({lang: m[1]!, meta: m[2]!.trim()}));

describe('code on slides', () => {
  it('is imported from labs/, or is titled as a sketch', () => {
    const problems: string[] = [];
    for (const file of readdirSync(SLIDES).filter((name) => name.endsWith('.mdx'))) {
      for (const fence of fences(readFileSync(path.join(SLIDES, file), 'utf8'))) {
        if (fence.lang !== 'dockerfile') continue;
        const imported = /\bfile=labs\//.test(fence.meta);
        const sketch = /title="[^"]*\b(sketch|shape)\b[^"]*"/.test(fence.meta);
        if (!imported && !sketch) problems.push(`${file}: \`\`\`dockerfile ${fence.meta}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
