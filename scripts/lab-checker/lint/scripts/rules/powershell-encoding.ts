import type {RuleHit} from '../../types.js';
import {isPowershellScriptName, type ScriptRule} from '../rule.js';

const BOM = '\uFEFF';

/**
 * Windows PowerShell 5.1, the one every Windows machine has, reads a .ps1 without a byte-order mark
 * in the machine's ANSI code page: an em dash or a curly quote in a UTF-8 script turns into two or
 * three other characters, and inside a string or next to a quote that can break the script itself.
 */
export function nonAsciiWithoutBom(text: string): RuleHit[] {
  if (text.startsWith(BOM)) return [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const found = [...line].find((char) => (char.codePointAt(0) ?? 0) > 0x7f);
    if (found !== undefined) {
      return [
        {
          line: index + 1,
          message: `\`${found}\` (U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) is not ASCII, and Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page, where it turns into other characters. Write it in plain ASCII (- for —, ' for ’), or save the file as UTF-8 with BOM.`,
        },
      ];
    }
  }
  return [];
}

export const powershellEncoding: ScriptRule = {
  kind: 'script',
  id: 'powershell-ascii-or-bom',
  description: 'Every .ps1 script is plain ASCII, or UTF-8 with a byte-order mark (Windows PowerShell 5.1 reads it right).',
  severity: 'error',
  appliesTo: isPowershellScriptName,
  check: (_file, text) => Promise.resolve(nonAsciiWithoutBom(text)),
};
