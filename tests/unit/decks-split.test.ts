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

  it('wraps each slide in a numbered <Slide> element, keeps imports at the top and places the closing slide last', () => {
    const tree = parseMdx("import X from './x';\n\n## One\n\n---\n\n## Two");
    remarkSlides()(tree, {path: 'deck.mdx'});
    const children = tree.children ?? [];
    expect(children.map((n) => n.name ?? n.type)).toEqual(['mdxjsEsm', 'Slide', 'Slide', 'ClosingSlide']);
    expect(splitIntoSlides(children)).toHaveLength(1); // the wrapped tree has no separators left
  });

  it('places the closing slide before the appendix, marks the appendix slides, and gives a demo slide its minutes', () => {
    const tree = parseMdx('## One\n\n<Demo minutes={3}>\nLive.\n</Demo>\n\n---\n\n## Two\n\n---\n\n<Appendix />\n\n---\n\n## Extra');
    remarkSlides()(tree, {path: 'deck.mdx'});
    const children = tree.children ?? [];
    expect(children.map((n) => n.name)).toEqual(['Slide', 'Slide', 'ClosingSlide', 'Slide', 'Slide']);
    const attributes = (n: (typeof children)[number]): Record<string, unknown> =>
      Object.fromEntries((n.attributes ?? []).map((a): [string, unknown] => [String(a.name), a.value as unknown]));
    expect(children.map(attributes)).toEqual([
      {number: '1', minutes: '3'},
      {number: '2'},
      {},
      {number: '3', appendix: null},
      {number: '4', appendix: null},
    ]);
  });

  it('refuses a second appendix divider and a demo without its minutes', () => {
    expect(() => remarkSlides()(parseMdx('## One\n\n---\n\n<Appendix />\n\n---\n\n<Appendix />'), {path: 'two.mdx'})).toThrow(
      /two\.mdx: slides 2 and 3 both open the appendix/,
    );
    expect(() => remarkSlides()(parseMdx('## One\n\n<Demo>\nLive.\n</Demo>'), {path: 'demo.mdx'})).toThrow(
      /demo\.mdx: a <Demo> needs minutes/,
    );
  });

  it('names the deck file when a slide is empty', () => {
    const tree = parseMdx('## One\n\n---\n\n---\n\n## Two');
    expect(() => remarkSlides()(tree, {path: 'slides/broken.mdx'})).toThrow(/slides\/broken\.mdx: slide 2 is empty/);
  });
});
