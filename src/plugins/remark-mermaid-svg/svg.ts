/**
 * Checks and trims an SVG mermaid rendered, before it goes into a page. Two copies (light, dark) of
 * several diagrams share one document, so every id must carry the diagram's own prefix: mermaid
 * prefixes most, and the few it leaves bare (a sequence diagram's actor lines) are prefixed here.
 */

const ID = /(\sid=")([^"]*)"/g;

/** Every `id="…"` of an SVG. */
export function svgIds(svg: string): string[] {
  return [...svg.matchAll(ID)].map((match) => match[2] ?? '');
}

function isScoped(found: string, id: string): boolean {
  return found === id || found.startsWith(`${id}-`) || found.startsWith(`${id}_`) || found.endsWith(`-${id}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Prefixes the ids mermaid left bare, and the references to them (`url(#…)`, `href="#…"`). */
function scopeIds(svg: string, id: string): string {
  const bare = [...new Set(svgIds(svg).filter((found) => !isScoped(found, id)))];
  let scoped = svg.replace(ID, (whole, before: string, found: string) => (bare.includes(found) ? `${before}${id}-${found}"` : whole));
  for (const found of bare) {
    scoped = scoped.replace(new RegExp(`(url\\(#|href="#)${escapeRegExp(found)}([)"])`, 'g'), `$1${id}-${found}$2`);
  }
  return scoped;
}

// Geometry attributes, whose numbers mermaid writes with up to 15 decimals (its curved shapes run to
// thousands of them); a hundredth of a pixel is finer than any screen or printer shows.
const GEOMETRY = /(\s(?:d|points|transform|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|refX|refY)=")([^"]*)"/g;

// One number of SVG's grammar: "0.5.25" is 0.5 and .25, "1-2" is 1 and -2.
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

function roundValue(value: string): string {
  return value.replace(NUMBER, (number: string, offset: number) => {
    const rounded = /\.\d{3,}|e/i.test(number) ? String(Math.round(Number(number) * 100) / 100) : number;
    // A number that ran on from the previous one ("0.26.01") gets a separator: rounding may change where one ends.
    return /[\d.]/.test(value[offset - 1] ?? '') && !rounded.startsWith('-') ? ` ${rounded}` : rounded;
  });
}

function roundNumbers(svg: string): string {
  return svg.replace(GEOMETRY, (_whole, before: string, value: string) => `${before}${roundValue(value)}"`);
}

/** Mermaid defines every arrowhead a diagram type might use; only the referenced ones are kept. */
function dropUnusedMarkers(svg: string): string {
  return svg.replace(/<marker id="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, markerId: string) =>
    svg.includes(`url(#${markerId})`) ? marker : '',
  );
}

export function tidySvg(svg: string, id: string): string {
  if (!svg.startsWith(`<svg id="${id}"`)) throw new Error(`mermaid returned no SVG for ${id}`);
  const scoped = scopeIds(svg, id);
  const ids = svgIds(scoped);
  const repeated = ids.filter((found, i) => ids.indexOf(found) !== i);
  if (repeated.length > 0) throw new Error(`the SVG of ${id} repeats the id(s) ${[...new Set(repeated)].join(', ')}`);
  // Edge geometry as base64, for mermaid's own animations: unused in a static picture.
  return dropUnusedMarkers(roundNumbers(scoped.replace(/ data-points="[^"]*"/g, '')));
}
