/**
 * Remark plugin: highlights every fenced code block at build time, so the page shows coloured code
 * before and without JavaScript and the browser downloads no grammar for it.
 *
 * A page's blocks go into its code module (page-code-module.ts, page-code.ts): their HTML goes
 * into a module of the page's own, which a first visit never downloads, and the page's JavaScript
 * keeps only a reference to it. A fence marks lines with `{2,5-7}` and names its title with
 * `title="…"`; the theme's magic comments and line numbers are not supported (no page uses them).
 *
 * Runs after importLabFiles (which fills blocks from lab files) and remarkMermaidSvg (diagrams are
 * not code). A language the site does not highlight fails the build, naming the page.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {plainRuns, toLines, type Run} from './tokens';
import {runsAtBuild} from './build';
import {linesToHtml} from './html';
import {PAGE_CODE_FOLDER, pageCodeElement, pageCodeHeader, pageCodeModuleName, writePageCodeModule} from './page-code-module';

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
  /** Where the pages' code modules are written; the site's `@generated/page-code`. */
  readonly pageCodeDir?: string;
}

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_PAGE_CODE_DIR = path.join(siteDir, '.docusaurus', PAGE_CODE_FOLDER);

/** The class Docusaurus gives a line a fence's `{2,5-7}` names (its default magic comment's class). */
export const HIGHLIGHTED_LINE = 'theme-code-block-highlighted-line';

// The theme's own ways to mark lines and number them, which its CodeBlock reads in the browser.
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

/** The title a fence names with `title="…"` (or `title='…'`), as the theme reads it. */
export function fenceTitle(meta: string | null | undefined): string | undefined {
  return /title=(["'])(.*?)\1/.exec(meta ?? '')?.[2];
}

export function highlightCode(options: HighlightCodeOptions = {}) {
  const pageCodeDir = options.pageCodeDir ?? DEFAULT_PAGE_CODE_DIR;
  return (tree: AnyNode, vfile: {path?: string}): void => {
    const page = vfile.path ? path.relative(siteDir, vfile.path) : 'a page';
    const blocks: Record<string, string> = {};
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
        throw new Error(
          `${page}: a code block uses a magic comment or showLineNumbers, which the site does not render; mark lines with {2,5-7} in the fence instead.`,
        );
      }
      const index = Object.keys(blocks).length;
      const lines = toLines(runs ?? plainRuns(code));
      blocks[String(index)] = linesToHtml(lines, markedLines(node.meta));
      parent.children![parent.children!.indexOf(node)] = pageCodeElement(index, lines.length, node.lang, fenceTitle(node.meta));
    }
    if (Object.keys(blocks).length === 0) return;
    const moduleName = pageCodeModuleName(page);
    writePageCodeModule(pageCodeDir, moduleName, blocks);
    (tree.children ??= []).unshift(pageCodeHeader(moduleName));
  };
}
