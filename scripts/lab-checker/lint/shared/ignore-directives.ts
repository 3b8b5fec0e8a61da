/**
 * Comment directives that silence a rule, always with a reason a reviewer can judge:
 *
 *   # lint-ignore <rule-id>[, <rule-id>…]: <reason>       the next non-comment line
 *   # lint-ignore-file <rule-id>[, <rule-id>…]: <reason>  the whole file
 *
 * Same syntax in Dockerfiles, Compose files and self-check scripts. A directive without a reason or
 * with an unknown rule id silences nothing and is itself reported.
 */

export interface IgnoreDirective {
  /** 1-based line of the comment. */
  line: number;
  ruleIds: string[];
  reason: string;
  /** The line it silences, or 'file'; undefined when nothing follows it. */
  target: number | 'file' | undefined;
}

export interface DirectiveProblem {
  line: number;
  message: string;
}

export interface ParsedDirectives {
  directives: IgnoreDirective[];
  problems: DirectiveProblem[];
}

const DIRECTIVE = /^\s*#\s*lint-ignore(-file)?(?=\s|:|$)(.*)$/;
const BODY = /^\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::(.*))?$/;

export function parseIgnoreDirectives(text: string, knownRuleIds: ReadonlySet<string>): ParsedDirectives {
  const lines = text.split(/\r?\n/);
  const directives: IgnoreDirective[] = [];
  const problems: DirectiveProblem[] = [];
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const line = index + 1;
    const keyword = match[1] ? 'lint-ignore-file' : 'lint-ignore';
    const body = BODY.exec(match[2] ?? '');
    if (!body?.[1]) {
      problems.push({line, message: `Malformed directive: write "# ${keyword} <rule-id>: <reason>"`});
      return;
    }
    const ruleIds = body[1].split(',').map((id) => id.trim());
    const reason = (body[2] ?? '').trim();
    const unknown = ruleIds.filter((id) => !knownRuleIds.has(id));
    if (unknown.length > 0) {
      problems.push({line, message: `Unknown rule id ${unknown.join(', ')} in # ${keyword}: check the spelling`});
      return;
    }
    if (!reason) {
      problems.push({
        line,
        message: `# ${keyword} ${ruleIds.join(', ')} needs a reason after a colon, e.g. "# ${keyword} ${ruleIds[0] ?? ''}: <why this is fine here>"`,
      });
      return;
    }
    const target = match[1] ? 'file' : nextContentLine(lines, index + 1);
    directives.push({line, ruleIds, reason, target});
  });
  return {directives, problems};
}

function nextContentLine(lines: readonly string[], fromIndex: number): number | undefined {
  for (let i = fromIndex; i < lines.length; i += 1) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return i + 1;
  }
  return undefined;
}

export function isSilenced(directives: readonly IgnoreDirective[], ruleId: string, line: number): boolean {
  return directives.some((d) => d.ruleIds.includes(ruleId) && (d.target === 'file' || d.target === line));
}
