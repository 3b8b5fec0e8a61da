import {resolve} from 'node:path';
import type {RuleHit} from '../../types.js';
import {isShellScriptName, type ScriptRule, type ScriptTools} from '../rule.js';
import {runShellcheck, scCode, shellcheckAvailability, type ShellcheckComment} from '../shellcheck.js';

/** `# shellcheck disable=SC2015 # <why>`: the directive, then its reason after a second `#`. */
const DISABLE_DIRECTIVE = /^\s*#\s*shellcheck\s+([^#]*\bdisable=[^#]*?)\s*(?:#\s*(.*?))?\s*$/;

function toHit(comment: ShellcheckComment): RuleHit {
  const code = scCode(comment);
  return {
    line: comment.line,
    message: `ShellCheck ${code} (${comment.level}, column ${comment.column}): ${comment.message} See https://www.shellcheck.net/wiki/${code} for the fix; only where the script means it, write \`# shellcheck disable=${code} # <why>\` on the line above.`,
  };
}

/** A `# shellcheck disable=…` that says nothing about why: a reviewer cannot judge it. */
export function disablesWithoutReason(text: string): RuleHit[] {
  return text.split(/\r?\n/).flatMap((content, index): RuleHit[] => {
    const match = DISABLE_DIRECTIVE.exec(content);
    if (!match || match[2]) return [];
    const directive = (match[1] ?? '').trim();
    return [
      {
        line: index + 1,
        message: `\`# shellcheck ${directive}\` gives no reason: write it as \`# shellcheck ${directive} # <why this is fine here>\`.`,
      },
    ];
  });
}

export async function shellcheckHits(file: string, text: string, command?: string): Promise<RuleHit[]> {
  // With --external-sources ShellCheck also speaks of the files a script loads: those are linted
  // on their own, and a line number here must be one of this file's.
  const comments = (await runShellcheck(file, command)).filter((comment) => resolve(comment.file) === resolve(file));
  return [...comments.map(toHit), ...disablesWithoutReason(text)];
}

export const scriptShellcheck: ScriptRule = {
  kind: 'script',
  id: 'script-shellcheck',
  description: 'Every .sh script passes ShellCheck (as bash, every severity), and each `# shellcheck disable=` gives a reason.',
  severity: 'error',
  appliesTo: isShellScriptName,
  async unavailable(tools: ScriptTools) {
    const probe = await shellcheckAvailability(tools.shellcheck);
    return probe.available ? undefined : probe.reason;
  },
  check: (file, text, tools) => shellcheckHits(file, text, tools.shellcheck),
};
