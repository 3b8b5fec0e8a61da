/**
 * The deck authoring convention, as code: an MDX deck is split into slides at top-level `---`
 * lines (Markdown thematic breaks). Shared by the remark plugin that builds the slides and by the
 * unit tests that check every slide has speaker notes, so both read a deck the same way.
 */

/** The few mdast/MDX node fields the split needs. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdNode[];
  depth?: number;
  /** A JSX element's attributes (`<Demo minutes={3}>`). */
  attributes?: MdAttribute[];
}

/** A JSX attribute: a string value, or an expression (`{3}`) whose source is in `value.value`. */
export interface MdAttribute {
  type: string;
  name?: string;
  value?: string | {value?: string} | null;
}

/** Top-level nodes that belong to the module, not to any slide: imports, exports, front matter. */
function isModuleLevel(node: MdNode): boolean {
  return node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'toml';
}

/** The slides of a deck: its top-level nodes grouped between `---` separators. */
export function splitIntoSlides(children: readonly MdNode[]): MdNode[][] {
  const slides: MdNode[][] = [[]];
  for (const node of children) {
    if (isModuleLevel(node)) continue;
    if (node.type === 'thematicBreak') slides.push([]);
    else slides[slides.length - 1]!.push(node);
  }
  const empty = slides.findIndex((slide) => slide.length === 0);
  if (empty !== -1) {
    throw new Error(`slide ${empty + 1} is empty: remove the extra "---" (a deck neither starts nor ends with one)`);
  }
  return slides;
}

function* walk(nodes: readonly MdNode[]): Generator<MdNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children ?? []);
  }
}

/** Plain text of nodes, for titles and for telling empty notes from real ones. */
export function textOf(nodes: readonly MdNode[]): string {
  let text = '';
  for (const node of walk(nodes)) if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') text += node.value;
  return text;
}

/** The slide's first heading, to name it in messages. */
export function slideTitle(slide: readonly MdNode[], index: number): string {
  const heading = [...walk(slide)].find((n) => n.type === 'heading');
  return heading ? textOf(heading.children ?? []).trim() : `slide ${index + 1}`;
}

/** The element that opens a deck's appendix: a slide of its own holding only `<Appendix />`. */
export const APPENDIX_ELEMENT = 'Appendix';

/** The element that marks a live demo on a slide and declares its minutes: `<Demo minutes={3}>`. */
export const DEMO_ELEMENT = 'Demo';

function jsxElements(nodes: readonly MdNode[]): MdNode[] {
  return [...walk(nodes)].filter((n) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement');
}

/** Whether a slide is the appendix divider (`<Appendix />`). */
export function isAppendixDivider(slide: readonly MdNode[]): boolean {
  return jsxElements(slide).some((n) => n.name === APPENDIX_ELEMENT);
}

export interface DeckParts {
  /** The slides the presenter shows, in order. */
  readonly shown: MdNode[][];
  /** The divider and the slides after it, for after the tutorial (empty without an appendix). */
  readonly appendix: MdNode[][];
}

/** Splits a deck's slides at its appendix divider; a second divider is an error. */
export function deckParts(slides: readonly MdNode[][]): DeckParts {
  const dividers = slides.flatMap((slide, i) => (isAppendixDivider(slide) ? [i] : []));
  if (dividers.length > 1)
    throw new Error(`slides ${dividers.map((i) => i + 1).join(' and ')} both open the appendix: keep one <Appendix />`);
  const start = dividers[0] ?? slides.length;
  return {shown: slides.slice(0, start), appendix: slides.slice(start)};
}

/** The number in a JSX attribute: `minutes={3}` or `minutes="3"`; NaN when it is not one. */
function numberAttribute(element: MdNode, name: string): number {
  const attribute = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const raw = typeof attribute?.value === 'string' ? attribute.value : attribute?.value?.value;
  return raw === undefined ? Number.NaN : Number(raw.trim());
}

/**
 * The minutes a shown slide takes, in the course's model of a deck's time: a content slide 1, a
 * slide with a live demo the minutes its `<Demo minutes={…}>` declares (the slide's talk included).
 */
export function slideMinutes(slide: readonly MdNode[]): number {
  const demos = jsxElements(slide).filter((n) => n.name === DEMO_ELEMENT);
  if (demos.length === 0) return 1;
  return demos.reduce((sum, demo) => {
    const minutes = numberAttribute(demo, 'minutes');
    if (!Number.isFinite(minutes) || minutes <= 0) throw new Error(`a <${DEMO_ELEMENT}> needs minutes={n}, a number of minutes above 0`);
    return sum + minutes;
  }, 0);
}

/**
 * The minutes of the slides a presenter shows: the sum of `slideMinutes` before the appendix. The
 * generated title and closing slides count 0; the appendix is for after the tutorial.
 */
export function shownMinutes(slides: readonly MdNode[][]): number {
  return deckParts(slides).shown.reduce((sum, slide) => sum + slideMinutes(slide), 0);
}

/** Whether a slide is a knowledge check (it asks at least one `<Question>`). */
export function isKnowledgeCheck(slide: readonly MdNode[]): boolean {
  return jsxElements(slide).some((n) => n.name === 'Question');
}

export type NotesStatus = 'notes' | 'exempt' | 'missing';

/**
 * Whether a slide has speaker notes: a non-empty `<Notes>`, or the explicit `<NoNotes />` marker
 * that a slide without anything to say (a picture, a pause) must carry instead. The appendix
 * divider's component writes its own notes.
 */
export function notesStatus(slide: readonly MdNode[]): NotesStatus {
  const jsx = jsxElements(slide);
  // The appendix divider is written by its component, notes included.
  if (jsx.some((n) => n.name === APPENDIX_ELEMENT)) return 'notes';
  if (jsx.some((n) => n.name === 'Notes' && textOf(n.children ?? []).trim().length > 0)) return 'notes';
  if (jsx.some((n) => n.name === 'NoNotes')) return 'exempt';
  return 'missing';
}
