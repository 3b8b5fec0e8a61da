/**
 * What a diagram says about itself for readers who cannot see it: mermaid's `accTitle:` (the
 * accessible name) and `accDescr:` or `accDescr { … }` (the description). Both are required, so
 * no diagram reaches a page as an unnamed picture.
 */

export interface DiagramText {
  /** The accessible name: a few words. */
  readonly title: string;
  /** The description: what the picture shows, in sentences. */
  readonly description: string;
}

const TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*(.*)$/m;
const DESCRIPTION_LINE = /^[ \t]*accDescr[ \t]*:[ \t]*(.*)$/m;
const DESCRIPTION_BLOCK = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m;

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name and description of a diagram's source; throws naming what is missing. */
export function diagramText(source: string): DiagramText {
  const title = clean(TITLE.exec(source)?.[1]);
  const description = clean(DESCRIPTION_BLOCK.exec(source)?.[1] ?? DESCRIPTION_LINE.exec(source)?.[1]);
  const missing = [
    !title && '"accTitle: …" (a short name)',
    !description && '"accDescr: …" (what the diagram shows, for a reader who cannot see it)',
  ].filter((item): item is string => typeof item === 'string');
  if (missing.length > 0) throw new Error(`the diagram needs ${missing.join(' and ')} in its source`);
  return {title, description};
}
