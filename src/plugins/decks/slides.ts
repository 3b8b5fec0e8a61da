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

export type NotesStatus = 'notes' | 'exempt' | 'missing';

/**
 * Whether a slide has speaker notes: a non-empty `<Notes>`, or the explicit `<NoNotes />` marker
 * that a slide without anything to say (a picture, a pause) must carry instead.
 */
export function notesStatus(slide: readonly MdNode[]): NotesStatus {
  const jsx = [...walk(slide)].filter((n) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement');
  if (jsx.some((n) => n.name === 'Notes' && textOf(n.children ?? []).trim().length > 0)) return 'notes';
  if (jsx.some((n) => n.name === 'NoNotes')) return 'exempt';
  return 'missing';
}
