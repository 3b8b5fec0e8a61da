/**
 * Remark plugin for decks: wraps each slide (the content between top-level `---` lines) in a
 * `<Slide>` element, which the deck renders as reveal.js's `<section>`. Imports and exports stay
 * at the top level, where MDX needs them.
 *
 * The generated closing slide (`<ClosingSlide />`, given by the deck page) goes after the slides the
 * presenter shows and before the appendix, whose slides are marked `appendix`: reveal.js leaves
 * them out of the slide count and the speaker view's pacing, which only works at a deck's end.
 * A slide with a live demo carries its minutes (`minutes`), so the pacing gives it that time.
 */
import {deckParts, slideMinutes, splitIntoSlides, DEMO_ELEMENT, type MdNode} from './slides';

interface SourceFile {
  path?: string;
}

/** The element the deck page fills with the closing slide ("Your turn: Lab 01…"). */
export const CLOSING_ELEMENT = 'ClosingSlide';

/** A JSX attribute; `null` is a bare one (`<Slide appendix>`), which is `true`. */
function attribute(name: string, value: string | null) {
  return {type: 'mdxJsxAttribute', name, value};
}

function hasDemo(slide: readonly MdNode[]): boolean {
  const visit = (nodes: readonly MdNode[]): boolean => nodes.some((n) => n.name === DEMO_ELEMENT || visit(n.children ?? []));
  return visit(slide);
}

export function remarkSlides() {
  return (tree: MdNode, file: SourceFile): void => {
    const children = tree.children ?? [];
    let shown: MdNode[][];
    let appendix: MdNode[][];
    try {
      ({shown, appendix} = deckParts(splitIntoSlides(children)));
      shown.forEach((slide) => slideMinutes(slide));
    } catch (error) {
      throw new Error(`${file.path ?? 'a deck'}: ${(error as Error).message}`, {cause: error});
    }
    const moduleLevel = children.filter((n) => n.type === 'mdxjsEsm');
    const wrap = (slide: MdNode[], index: number, extra: ReturnType<typeof attribute>[]): MdNode => ({
      type: 'mdxJsxFlowElement',
      name: 'Slide',
      attributes: [attribute('number', String(index + 1)), ...extra],
      children: slide,
    });
    const shownSlides = shown.map((slide, i) => wrap(slide, i, hasDemo(slide) ? [attribute('minutes', String(slideMinutes(slide)))] : []));
    const appendixSlides = appendix.map((slide, i) => wrap(slide, shown.length + i, [attribute('appendix', null)]));
    const closing: MdNode = {type: 'mdxJsxFlowElement', name: CLOSING_ELEMENT, attributes: [], children: []};
    tree.children = [...moduleLevel, ...shownSlides, closing, ...appendixSlides];
  };
}
