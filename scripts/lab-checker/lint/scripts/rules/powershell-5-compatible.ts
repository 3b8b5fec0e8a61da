import type {Node} from 'web-tree-sitter';
import type {RuleHit} from '../../types.js';
import {isPowershellScriptName, type ScriptRule} from '../rule.js';
import {withPowershellTree} from './powershell-parses.js';

/**
 * Windows PowerShell 5.1 is what every Windows machine has; PowerShell 7 (`pwsh`, which CI runs)
 * added syntax 5.1 rejects. The grammar already fails on `??`, `?.` and the `? :` operator (see
 * powershell-parses); the pipeline chain operators `&&` and `||` parse, so they are found here.
 */
function chainOperators(node: Node, found: Node[]): void {
  if (node.type === 'pipeline_chain_tail') found.push(node);
  for (const child of node.children) if (child) chainOperators(child, found);
}

export function powershell7Only(text: string): Promise<RuleHit[]> {
  return withPowershellTree(text, (root) => {
    const found: Node[] = [];
    chainOperators(root, found);
    return found.map((node) => {
      const operator = node.text.trim();
      const test = operator === '||' ? '-ne' : '-eq';
      return {
        line: node.startPosition.row + 1,
        message: `\`${operator}\` between commands needs PowerShell 7; Windows PowerShell 5.1, which students have, stops at it. Run the second command in \`if ($LASTEXITCODE ${test} 0) { … }\` instead.`,
      };
    });
  });
}

export const powershell5Compatible: ScriptRule = {
  kind: 'script',
  id: 'powershell-5-compatible',
  description: 'Every .ps1 script runs in Windows PowerShell 5.1: no `&&` or `||` between commands.',
  severity: 'error',
  appliesTo: isPowershellScriptName,
  check: (_file, text) => powershell7Only(text),
};
