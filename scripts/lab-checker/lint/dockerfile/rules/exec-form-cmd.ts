import type {RuleHit} from '../../types.js';
import {lineOf} from '../model.js';
import type {DockerfileRule} from '../rule.js';

/**
 * Shell-form CMD/ENTRYPOINT runs under `/bin/sh -c`, so the program is not PID 1,
 * never sees SIGTERM, and `docker stop` waits 10 s and kills it.
 */
export const execFormCmd: DockerfileRule = {
  kind: 'dockerfile',
  id: 'exec-form-cmd',
  description: 'CMD and ENTRYPOINT use exec form (a JSON array of double-quoted strings).',
  severity: 'error',
  check({dockerfile}) {
    const hits: RuleHit[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      const keyword = instruction.getKeyword();
      if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
      const args = (instruction.getArgumentsContent() ?? '').trim();
      if (isExecForm(args)) continue;
      const looksLikeJson = args.startsWith('[');
      hits.push({
        line: lineOf(instruction),
        message: looksLikeJson
          ? `${keyword} ${args} is not valid JSON (strings need double quotes), so Docker runs it in shell form: write ${keyword} ${suggestExecForm(args, keyword)}`
          : `${keyword} ${args} is shell form, so signals never reach your program: write ${keyword} ${suggestExecForm(args, keyword)}`,
      });
    }
    return hits;
  },
};

/** Docker's own test: the arguments parse as a JSON array of strings. */
export function isExecForm(args: string): boolean {
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

function suggestExecForm(args: string, keyword: string): string {
  if (args.startsWith('[')) {
    return args.replace(/'/g, '"');
  }
  if (/[|&;<>$`*]/.test(args)) {
    // Shell features need a shell; say so instead of producing a broken array.
    return `["sh", "-c", "exec ${args.replace(/"/g, '\\"')}"] (or move the shell logic into a script and ${keyword} ["./script.sh"])`;
  }
  return JSON.stringify(args.split(/\s+/)).replace(/","/g, '", "');
}
