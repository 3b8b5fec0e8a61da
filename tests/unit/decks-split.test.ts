import {describe, expect, it} from 'vitest';
import {splitIntoSlides, textOf} from '../../src/plugins/decks/slides';
import {remarkSlides} from '../../src/plugins/decks/remark-slides';
import {parseMdx, slidesOfSource} from './deck-source';

describe('splitting a deck into slides', () => {
  it('cuts at top-level --- lines and leaves imports, exports and front matter out of the slides', () => {
    const source = [
      '---\ntitle: Deck\ndescription: D\n---',
      "import Thing from './thing';",
      '## One\n\nFirst.',
      '---',
      '## Two\n\n```bash\necho "--- is not a separator inside code"\n---\n```',
    ].join('\n\n');
    const slides = slidesOfSource(source);
    expect(slides).toHaveLength(2);
    expect(slides.map((s) => s[0]?.type)).toEqual(['heading', 'heading']);
    expect(textOf(slides[1]!)).toContain('--- is not a separator');
  });

  it('refuses an empty slide (a doubled or trailing separator)', () => {
    expect(() => slidesOfSource('## One\n\n---\n\n---\n\n## Three')).toThrow(/slide 2 is empty/);
    expect(() => slidesOfSource('## One\n\n---\n')).toThrow(/slide 2 is empty/);
  });

  it('wraps each slide in a numbered <Slide> element and keeps imports at the top', () => {
    const tree = parseMdx("import X from './x';\n\n## One\n\n---\n\n## Two");
    remarkSlides()(tree, {path: 'deck.mdx'});
    const children = tree.children ?? [];
    expect(children.map((n) => n.name ?? n.type)).toEqual(['mdxjsEsm', 'Slide', 'Slide']);
    expect(splitIntoSlides(children)).toHaveLength(1); // the wrapped tree has no separators left
  });

  it('names the deck file when a slide is empty', () => {
    const tree = parseMdx('## One\n\n---\n\n---\n\n## Two');
    expect(() => remarkSlides()(tree, {path: 'slides/broken.mdx'})).toThrow(/slides\/broken\.mdx: slide 2 is empty/);
  });
});
