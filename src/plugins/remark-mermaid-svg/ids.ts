/**
 * Ids for rendered diagrams. Mermaid scopes every id and style rule of an SVG under the id it is
 * rendered with, so each diagram and theme gets its own: from the source's hash (stable across
 * builds, so cached SVGs stay valid), numbered when a page repeats a diagram.
 */
import {createHash} from 'node:crypto';

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** One base id per diagram of a page, in page order; repeated sources get `-2`, `-3`… */
export function diagramIds(sources: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return sources.map((source) => {
    const base = `mermaid-${sourceHash(source).slice(0, 10)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The id of one theme's copy of a diagram. */
export function themedId(base: string, theme: string): string {
  return `${base}-${theme}`;
}
