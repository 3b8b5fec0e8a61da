/** The code that the cheatsheet's source shows, read the way MDX parses it (for the cheatsheet tests). */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';

export const cheatsheetFile = path.resolve(import.meta.dirname, '../../docs/cheatsheet.mdx');

interface Node {
  readonly type: string;
  readonly value?: string;
  readonly lang?: string | null;
  readonly children?: readonly Node[];
}

export interface CheatsheetCode {
  /** Every inline code span (`docker ps`), in page order. */
  readonly inline: readonly string[];
  /** Every fenced code block, with its language. */
  readonly blocks: readonly {readonly lang: string; readonly text: string}[];
}

export function cheatsheetCode(source: string = readFileSync(cheatsheetFile, 'utf8')): CheatsheetCode {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source) as Node;
  const inline: string[] = [];
  const blocks: {lang: string; text: string}[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'inlineCode' && node.value) inline.push(node.value);
    if (node.type === 'code' && node.value !== undefined) blocks.push({lang: node.lang ?? '', text: node.value});
    node.children?.forEach(walk);
  };
  walk(tree);
  return {inline, blocks};
}

/** Everything the printed sheet must show in code type: each inline span and each line of each block. */
export function printedCode(code: CheatsheetCode = cheatsheetCode()): string[] {
  const lines = code.blocks.flatMap((b) => b.text.split('\n'));
  return [...new Set([...code.inline, ...lines].map((s) => s.trim()).filter((s) => s !== ''))];
}
