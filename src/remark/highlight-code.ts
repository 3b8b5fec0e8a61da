/**
 * Remark plugin: highlights every fenced code block at build time, so the page shows coloured code
 * before and without JavaScript and the browser downloads no grammar for it.
 *
 * A page's blocks become code islands (code-islands.ts, src/highlight/islands.ts): their HTML goes
 * into a module of the page's own, which a first visit never downloads, and the page's JavaScript
 * keeps only a reference to it. The rare block that Docusaurus must read in the browser (magic
 * comments, line numbers) keeps its code and gets its runs as a `tokens` prop instead.
 *
 * Runs after importLabFiles (which fills blocks from lab files) and remarkMermaidSvg (diagrams are
 * not code). A language the site does not highlight fails the build, naming the page.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {encodeRuns, plainRuns, toLines, type Run} from '../highlight/tokens';
import {runsAtBuild} from '../highlight/build';
import {linesToHtml} from '../highlight/html';
import {ISLANDS_FOLDER, islandElement, islandModuleName, islandsHeader, writeIslandModule, type MdNode} from './code-islands';

interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
  data?: {hProperties?: Record<string, unknown>};
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

export interface HighlightCodeOptions {
  /** Where the pages' island modules are written; the site's `@generated/code-islands`. */
  readonly islandsDir?: string;
}

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_ISLANDS_DIR = path.join(siteDir, '.docusaurus', ISLANDS_FOLDER);

/** The class Docusaurus gives a line a fence's `{2,5-7}` names (its default magic comment's class). */
export const HIGHLIGHTED_LINE = 'theme-code-block-highlighted-line';

// Docusaurus reads these in the browser, from the code itself: such a block cannot be an island.
const MAGIC_COMMENT = /highlight-(?:next-line|start|end)/;

function* codeBlocks(node: AnyNode, parent?: AnyNode): Generator<{node: CodeNode; parent: AnyNode}> {
  if (node.type === 'code' && parent) yield {node: node as AnyNode & CodeNode, parent};
  for (const child of node.children ?? []) yield* codeBlocks(child, node);
}

/** The extra classes of each line (0-based) that a fence's `{2,5-7}` marks, as the theme sets them. */
export function markedLines(meta: string | null | undefined): Record<number, string[]> {
  const ranges = /\{([\d,-]+)\}/.exec(meta ?? '')?.[1];
  const marked: Record<number, string[]> = {};
  for (const part of ranges?.split(',') ?? []) {
    const [from, to = from] = part.split('-').map(Number);
    if (!from || !to) continue;
    for (let line = from; line <= to; line++) marked[line - 1] = [HIGHLIGHTED_LINE];
  }
  return marked;
}

export function highlightCode(options: HighlightCodeOptions = {}) {
  const islandsDir = options.islandsDir ?? DEFAULT_ISLANDS_DIR;
  return (tree: AnyNode, vfile: {path?: string}): void => {
    const page = vfile.path ? path.relative(siteDir, vfile.path) : 'a page';
    const islands: Record<string, string> = {};
    for (const {node, parent} of [...codeBlocks(tree)]) {
      if (node.lang === 'mermaid') continue;
      // The theme shows the code without its final line break: tokenise what it shows.
      const code = node.value.replace(/\r?\n$/, '');
      let runs: Run[] | undefined;
      try {
        runs = runsAtBuild(code, node.lang);
      } catch (error) {
        throw new Error(`${page}: a code block's language: ${(error as Error).message}`, {cause: error});
      }
      if (MAGIC_COMMENT.test(code) || /\bshowLineNumbers\b/.test(node.meta ?? '')) {
        if (runs) node.data = {...node.data, hProperties: {...node.data?.hProperties, tokens: encodeRuns(runs)}};
        continue;
      }
      const index = Object.keys(islands).length;
      const lines = toLines(runs ?? plainRuns(code));
      islands[String(index)] = linesToHtml(lines, markedLines(node.meta));
      parent.children![parent.children!.indexOf(node)] = islandElement(index, lines.length, node.lang, node.meta) as AnyNode;
    }
    if (Object.keys(islands).length === 0) return;
    const moduleName = islandModuleName(page);
    writeIslandModule(islandsDir, moduleName, islands);
    (tree.children ??= []).unshift(islandsHeader(moduleName) as MdNode as AnyNode);
  };
}
