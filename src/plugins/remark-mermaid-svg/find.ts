/** Finds the ```mermaid code blocks of a Markdown tree, wherever they are nested (lists, JSX elements). */

/** The few mdast fields the plugin reads or writes. */
export interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdNode[];
  position?: {start: {line: number}};
  /** The attributes of an MDX JSX element. */
  attributes?: unknown[];
  name?: string | null;
}

export interface MermaidBlock {
  /** The code node; its `value` is the diagram's source. */
  readonly node: MdNode & {value: string};
  readonly parent: MdNode;
  readonly index: number;
}

export function findMermaidBlocks(tree: MdNode): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  const visit = (parent: MdNode): void => {
    (parent.children ?? []).forEach((node, index) => {
      if (node.type === 'code' && node.lang === 'mermaid') blocks.push({node: node as MdNode & {value: string}, parent, index});
      else visit(node);
    });
  };
  visit(tree);
  return blocks;
}
