/**
 * Remark plugin: highlights every fenced code block at build time. The block's runs go to the
 * theme's CodeBlock as a `tokens` prop (src/highlight/tokens.ts), so the page shows coloured code
 * before and without JavaScript, and the browser downloads no grammar for it.
 *
 * Runs after importLabFiles (which fills blocks from lab files) and remarkMermaidSvg (diagrams are
 * not code). A language the site does not highlight fails the build, naming the page.
 */
import {highlightAtBuild} from '../highlight/build';

interface CodeNode {
  type: 'code';
  lang?: string | null;
  value: string;
  data?: {hProperties?: Record<string, unknown>};
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

function* codeNodes(node: AnyNode): Generator<CodeNode> {
  if (node.type === 'code') yield node as AnyNode & CodeNode;
  for (const child of node.children ?? []) yield* codeNodes(child);
}

export function highlightCode() {
  return (tree: AnyNode, vfile: {path?: string}): void => {
    for (const node of codeNodes(tree)) {
      if (node.lang === 'mermaid') continue;
      let tokens: string | undefined;
      try {
        // The theme shows the code without its final line break: tokenise what it shows.
        tokens = highlightAtBuild(node.value.replace(/\r?\n$/, ''), node.lang);
      } catch (error) {
        throw new Error(`${vfile.path ?? 'a page'}: a code block's language: ${(error as Error).message}`, {cause: error});
      }
      if (tokens === undefined) continue;
      node.data = {...node.data, hProperties: {...node.data?.hProperties, tokens}};
    }
  };
}
