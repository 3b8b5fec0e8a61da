import {createRequire} from 'node:module';
import {Language, Parser, type Node} from 'web-tree-sitter';
import type {RuleHit} from '../../types.js';
import {isPowershellScriptName, type ScriptRule} from '../rule.js';

/**
 * No PowerShell is needed to run the linter, so a Windows student's `check.ps1` is at least
 * proven to parse: the tree-sitter PowerShell grammar, loaded as WebAssembly, finds the syntax
 * errors PowerShell would stop at before running a single line.
 */
let parser: Promise<Parser> | undefined;

/** One parser for every .ps1 rule: loading the grammar is the slow part. */
export function powershellParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
    const instance = new Parser();
    instance.setLanguage(await Language.load(wasm));
    return instance;
  })();
  return parser;
}

/** The first node, in document order, that the grammar could not place or had to invent. */
function firstBroken(node: Node): Node | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const broken = firstBroken(child);
    if (broken) return broken;
  }
  return undefined;
}

/** Parses `text` and hands its tree's root to `read`; the tree (WebAssembly memory) is freed after. */
export async function withPowershellTree<T>(text: string, read: (root: Node) => T): Promise<T> {
  const tree = (await powershellParser()).parse(text);
  if (!tree) throw new Error('the PowerShell grammar returned no parse tree');
  try {
    return read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

export function powershellSyntaxErrors(text: string): Promise<RuleHit[]> {
  return withPowershellTree(text, (root) => {
    const broken = firstBroken(root);
    if (!broken) return [];
    const line = broken.startPosition.row + 1;
    const near = text.split(/\r?\n/)[broken.startPosition.row]?.trim() ?? '';
    const what = broken.isMissing ? `a missing \`${broken.type}\`` : 'a syntax error';
    // Only the first error: the ones after it are usually echoes of it.
    return [
      {
        line,
        message: `PowerShell would stop at ${what} here, before running anything: \`${near.slice(0, 80)}\`. Check the brackets, braces and quotes on this line and the lines before it.`,
      },
    ];
  });
}

export const powershellParses: ScriptRule = {
  kind: 'script',
  id: 'powershell-parses',
  description: 'Every .ps1 script parses as PowerShell.',
  severity: 'error',
  appliesTo: isPowershellScriptName,
  check: (_file, text) => powershellSyntaxErrors(text),
};
