/**
 * Remark plugin for decks: wraps each slide (the content between top-level `---` lines) in a
 * `<Slide>` element, which the deck renders as reveal.js's `<section>`. Imports and exports stay
 * at the top level, where MDX needs them.
 */
import {splitIntoSlides, type MdNode} from './slides';

interface SourceFile {
  path?: string;
}

export function remarkSlides() {
  return (tree: MdNode, file: SourceFile): void => {
    const children = tree.children ?? [];
    let slides: MdNode[][];
    try {
      slides = splitIntoSlides(children);
    } catch (error) {
      throw new Error(`${file.path ?? 'a deck'}: ${(error as Error).message}`, {cause: error});
    }
    const moduleLevel = children.filter((n) => n.type === 'mdxjsEsm');
    const wrapped = slides.map((slide, index) => ({
      type: 'mdxJsxFlowElement',
      name: 'Slide',
      attributes: [{type: 'mdxJsxAttribute', name: 'number', value: String(index + 1)}],
      children: slide,
    }));
    tree.children = [...moduleLevel, ...wrapped];
  };
}
