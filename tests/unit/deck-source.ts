/** Reads a deck's MDX into slides the way the site's MDX pipeline parses it (for the deck unit tests). */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import {splitIntoSlides, type MdNode} from '../../src/plugins/decks/slides';

export const slidesDir = path.resolve(import.meta.dirname, '../../slides');

/** The deck files in `slides/`, by deck id. */
export function deckIds(): string[] {
  return readdirSync(slidesDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

export function parseMdx(source: string): MdNode {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source);
}

export function slidesOfSource(source: string): MdNode[][] {
  return splitIntoSlides(parseMdx(source).children ?? []);
}

export function slidesOfDeck(id: string): MdNode[][] {
  return slidesOfSource(readFileSync(path.join(slidesDir, `${id}.mdx`), 'utf8'));
}
