/**
 * Reads what a lab's self-check (check.sh in bash, check.ps1 in PowerShell) really checks: its PASS
 * lines and, behind each one, the conditions it tests. PowerShell may be missing where the tests run,
 * so the twins are compared as text; the conditions are put in one form for both dialects, e.g.
 *   `[ "$status" = 403 ]`            and `$status -ne 403`               → `status:403`
 *   `case "$user" in "" | root | 0:*)` and `$user -eq '' -or … StartsWith('0:')` → `equals:`, `equals:root`, `prefix:0:`
 *   `grep -Eiq '^[[:space:]]*FROM…'`  and `Select-String -Pattern '^\s*FROM…'` → `pattern:^\s*FROM…`
 * Helper bodies (pass, fail, call…) are left out: their calls are the checks, not their insides.
 */

export type Dialect = 'bash' | 'powershell';

/** Splits one command line into words, unquoting the way the dialect does; `$name` stays as written. */
export function words(line: string, dialect: Dialect): string[] {
  const result: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i += 1;
    if (i >= line.length || line[i] === '#') break;
    let word = '';
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') {
      const quote = line[i];
      if (quote === "'" || quote === '"') {
        i += 1;
        while (i < line.length) {
          const c = line[i];
          if (dialect === 'powershell' && quote === "'" && c === "'" && line[i + 1] === "'") {
            word += "'";
            i += 2;
          } else if (c === quote) {
            i += 1;
            break;
          } else if (quote === '"' && dialect === 'bash' && c === '\\') {
            // In bash's double quotes a backslash escapes only these; elsewhere it stays (`\.` in a sed script).
            const next = line[i + 1] ?? '';
            word += '$`"\\'.includes(next) ? next : `\\${next}`;
            i += 2;
          } else if (quote === '"' && dialect === 'powershell' && c === '`') {
            word += line[i + 1] ?? '';
            i += 2;
          } else {
            word += c;
            i += 1;
          }
        }
      } else if (dialect === 'bash' && quote === '\\') {
        // Unquoted `\"` or `\ ` (as in `=~ \"species\":\ ?`): the next character, literally.
        word += line[i + 1] ?? '';
        i += 2;
      } else {
        word += line[i];
        i += 1;
      }
    }
    result.push(word);
  }
  return result;
}

/** Joins continued lines (bash `\`, PowerShell backtick) so each command is one line. */
export function logicalLines(text: string, dialect: Dialect): string[] {
  const continuation = dialect === 'bash' ? /\\\r?\n\s*/g : /`\r?\n\s*/g;
  return text.replace(continuation, ' ').split(/\r?\n/);
}

/** The line with every quoted character replaced by `_` (same length), so operators and brackets are found outside strings only. */
export function maskQuotes(line: string, dialect: Dialect): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (c === "'" || c === '"') {
      out += c;
      i += 1;
      while (i < line.length) {
        const d = line[i] ?? '';
        const escape =
          (c === '"' && ((dialect === 'bash' && d === '\\') || (dialect === 'powershell' && d === '`'))) ||
          (dialect === 'powershell' && c === "'" && d === "'" && line[i + 1] === "'");
        if (escape) {
          out += '__';
          i += 2;
        } else if (d === c) {
          break;
        } else {
          out += '_';
          i += 1;
        }
      }
      if (i < line.length) out += c;
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** `$name`, `${name}`, `$(…)` — not a regular expression's `$` anchor. */
export function hasVariable(text: string): boolean {
  return /\$[\w{(]/.test(text);
}

/** Variable names the twins spell their own way (`run_output`, `$runOutput`) compare as one. */
function variableKey(name: string): string {
  const key = name.toLowerCase().replace(/_/g, '');
  return key === '' ? name : key;
}

/** Variables a script sets once to a literal (`expected="Hello, Docker!"`, `$expected = 'Hello, Docker!'`). */
export type Constants = ReadonlyMap<string, string>;

/** Puts each constant's value in place of its name, and spells the other variables one way. */
export function resolve(text: string, constants: Constants): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return whole;
    const key = variableKey(name);
    return constants.get(key) ?? `$${key}`;
  });
}

/** Escapes a literal for comparison with regular expressions (`grep -F`, `Select-String -SimpleMatch`). */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits a regular expression at its top-level `|` (ERE and .NET), so `a|b` matches `-e a -e b`. */
function alternatives(pattern: string, bre: boolean): string[] {
  if (bre) return pattern.split('\\|');
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] ?? '';
    if (c === '\\') {
      current += c + (pattern[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      // POSIX classes ([[:space:]]) nest one more bracket.
      const posix = /^\[\[:\w+:\]/.exec(pattern.slice(i));
      if (posix) {
        current += posix[0];
        i += posix[0].length - 1;
        continue;
      }
    } else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/** POSIX classes in .NET's spelling, which both sides then share. */
function normalisePattern(pattern: string): string {
  return pattern.replace(/\[\[:space:\]\]/g, '\\s').replace(/\[\[:digit:\]\]/g, '\\d');
}

/**
 * A JSON field checked by its text (`*'"type": "notebook"'*`, `=~ "species": ?"virginica"`) or by
 * property (`$answer.type -ne 'notebook'`): the same check.
 */
function jsonField(text: string): string | undefined {
  const match = /^"(\w+)":(?: \?| ?)"([^"\\]*)"$/.exec(text);
  return match ? `json:${match[1]}=${match[2]}` : undefined;
}

function patternConditions(pattern: string, kind: 'bre' | 'ere' | 'literal'): string[] {
  const regex = kind === 'literal' ? escapeRegex(pattern) : pattern;
  return alternatives(regex, kind === 'bre').map((p) => jsonField(p) ?? `pattern:${normalisePattern(p)}`);
}

/** A status code, where any 2xx is "success": curl --fail and PowerShell's web cmdlets accept any 2xx. */
function statusCondition(code: string): string {
  return /^2\d\d$/.test(code) ? 'status:2xx' : `status:${code}`;
}

/** A string check: `*X*` contains, `X*` prefix, `*X` suffix, else equals (`\u0000` marks an unquoted `*`). */
function globCondition(glob: string): string | undefined {
  const star = '\u0000';
  if (glob === star) return undefined;
  const starts = glob.startsWith(star);
  const ends = glob.length > 1 && glob.endsWith(star);
  const inner = glob.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (inner.includes(star)) return `glob:${glob.replaceAll(star, '*')}`;
  if (starts && ends) return jsonField(inner) ?? `contains:${inner}`;
  if (ends) return `prefix:${inner}`;
  if (starts) return `suffix:${inner}`;
  return `equals:${inner}`;
}

/** A literal compared with a subject, classified by what the subject is. */
function comparison(subject: string, literal: string): string | undefined {
  if (/^\$lastexitcode$/i.test(subject)) return undefined; // PowerShell's `$LASTEXITCODE -ne 0` is bash's `if !` / `||`.
  if (/status/i.test(subject)) return statusCondition(literal);
  if (/^\$\(uname(?: -s)?\)$/.test(subject)) return `os:${literal}`;
  if (/\.Length$/.test(subject) && literal === '0') return 'file:non-empty';
  const property = /^\$\w+\.(\w+)$/.exec(subject);
  if (property && !/^(Length|Count)$/i.test(property[1] ?? '')) return `json:${property[1]}=${literal}`;
  return `equals:${literal}`;
}

interface Script {
  readonly lines: readonly string[];
  readonly constants: Constants;
}

/** Drops the bodies of the script's functions; returns what is left, line by line. */
function topLevel(text: string, dialect: Dialect): string[] {
  const kept: string[] = [];
  let depth = 0;
  for (const line of logicalLines(text, dialect)) {
    const starts = dialect === 'bash' ? /^\s*[A-Za-z_][\w-]*\s*\(\)\s*\{/.test(line) : /^\s*function\s+[\w-]+/i.test(line);
    if (depth === 0 && !starts) {
      kept.push(line);
      continue;
    }
    const masked = maskQuotes(line, dialect).replace(/\$\{[^}]*\}/g, '');
    depth += (masked.match(/\{/g)?.length ?? 0) - (masked.match(/\}/g)?.length ?? 0);
    if (depth < 0) depth = 0;
  }
  return kept.filter((line) => !/^\s*#/.test(line));
}

function constantsOf(lines: readonly string[], dialect: Dialect): Constants {
  const seen = new Map<string, string | null>();
  const note = (name: string, value: string | null) => {
    const key = variableKey(name);
    seen.set(key, seen.has(key) && seen.get(key) !== value ? null : value);
  };
  for (const line of lines) {
    if (dialect === 'bash') {
      const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(.*)$/.exec(line);
      if (!m) continue;
      const value = words(m[2] ?? '', 'bash');
      const literal = value.length <= 1 && !hasVariable(m[2] ?? '') && !(m[2] ?? '').startsWith('(');
      note(m[1] ?? '', literal ? (value[0] ?? '') : null);
    } else {
      const m = /^\s*\$(?:env:)?(\w+)\s*=\s*(.+?)\s*$/.exec(line);
      if (!m) continue;
      const rhs = m[2] ?? '';
      const literal = /^'(?:[^']|'')*'$/.test(rhs) || (/^"[^"]*"$/.test(rhs) && !hasVariable(rhs)) || /^\d+$/.test(rhs);
      note(m[1] ?? '', literal ? (words(rhs, 'powershell')[0] ?? '') : null);
    }
  }
  const constants = new Map<string, string>();
  for (const [key, value] of seen) if (value !== null) constants.set(key, value);
  return constants;
}

/** What both dialects write the same way: request paths, `--format` templates, SQL queries. */
function sharedConditions(line: string, dialect: Dialect): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(/(?:\$\{?base\}?|https?:\/\/[^/\s"']+)(\/[^\s"')]*)/g)) found.push(`url:${m[1]}`);
  if (dialect === 'powershell') for (const m of line.matchAll(/\bCall\s+'\w+'\s+'(\/[^']*)'/g)) found.push(`url:${m[1]}`);
  for (const m of line.matchAll(/--format[ =]'([^']*)'/g)) found.push(`format:${m[1]}`);
  for (const m of line.matchAll(/['"](SELECT\b[^'"]*)['"]/gi)) found.push(`query:${m[1]}`);
  // curl --fail (-f, -fsS…) asks for a 2xx answer; -F (a form field) does not.
  const curl = dialect === 'bash' ? /\bcurl\b([^|;)]*)/g : /(?:\bcurl(?:\.exe)?\b|&\s*\$curl\b)([^|;)]*)/g;
  for (const m of line.matchAll(curl)) if (/\s(?:-[a-zA-Z]*f[a-zA-Z]*|--fail)\b/.test(` ${m[1] ?? ''}`)) found.push('status:2xx');
  return found;
}

/** Reads a bash `case` across lines: its patterns, not its bodies. */
class CaseReader {
  private mode: 'none' | 'pattern' | 'body' = 'none';

  patterns(line: string): string[] {
    let rest = line;
    if (this.mode === 'none') {
      const start = /\bcase\s+\S+\s+in\b/.exec(line);
      if (!start) return [];
      this.mode = 'pattern';
      rest = line.slice(start.index + start[0].length);
    }
    const globs: string[] = [];
    let i = 0;
    let glob = '';
    const skipQuoted = (quote: string): string => {
      let text = '';
      i += 1;
      while (i < rest.length && rest[i] !== quote) {
        if (quote === '"' && rest[i] === '\\') i += 1;
        text += rest[i] ?? '';
        i += 1;
      }
      i += 1;
      return text;
    };
    while (i < rest.length) {
      const c = rest[i] ?? '';
      if (this.mode === 'body') {
        if (c === "'" || c === '"') skipQuoted(c);
        else if (rest.startsWith(';;', i)) {
          this.mode = 'pattern';
          i += 2;
        } else i += 1;
        continue;
      }
      if (glob === '' && /\s/.test(c)) {
        i += 1;
      } else if (glob === '' && /^esac\b/.test(rest.slice(i))) {
        this.mode = 'none';
        break;
      } else if (c === "'" || c === '"') {
        glob += skipQuoted(c) || (glob === '' ? '\u0001' : '');
      } else if (c === '*') {
        glob += '\u0000';
        i += 1;
      } else if (c === '|' || c === ')') {
        globs.push(glob.trim().replace('\u0001', ''));
        glob = '';
        if (c === ')') this.mode = 'body';
        i += 1;
      } else {
        glob += c;
        i += 1;
      }
    }
    return globs;
  }
}

function bashConditions(line: string, cases: CaseReader): string[] {
  const found: string[] = [];
  for (const glob of cases.patterns(line)) {
    const condition = globCondition(glob);
    if (condition) found.push(condition);
  }
  const w = words(line, 'bash');
  // Tests: [ a = b ], [ a -eq 0 ], [[ $s == *X* ]], [[ $s =~ re ]], [ -s file ].
  for (let i = 0; i < w.length; i += 1) {
    if (w[i] !== '[' && w[i] !== '[[') continue;
    const double = w[i] === '[[';
    let j = i + 1;
    for (; j < w.length && !/^\]\]?;?$/.test(w[j] ?? ''); j += 1) {
      const op = w[j] ?? '';
      if (op === '-s') found.push('file:non-empty');
      if (!['=', '==', '!=', '-eq', '-ne', '=~'].includes(op)) continue;
      let [subject, literal] = [w[j - 1] ?? '', w[j + 1] ?? ''];
      if (op === '=~') {
        if (!hasVariable(literal)) found.push(...patternConditions(literal, 'ere'));
        continue;
      }
      // Only [[ … ]] globs; words() has taken the quotes off, so a `*` at either end is a glob here,
      // and the text between may name a variable (`*"$expected"*`), as PowerShell's .Contains($expected) does.
      if (double && /^\*|\*$/.test(literal)) {
        const condition = globCondition(literal.replace(/^\*|\*$/g, '\u0000'));
        if (condition) found.push(condition);
        continue;
      }
      if (hasVariable(literal) && !hasVariable(subject)) [subject, literal] = [literal, subject];
      if (hasVariable(literal)) continue;
      const condition = comparison(subject, literal);
      if (condition) found.push(condition);
    }
    i = j;
  }
  const grep = w.indexOf('grep');
  if (grep >= 0) {
    const flags: string[] = [];
    const patterns: string[] = [];
    let k = grep + 1;
    for (; k < w.length && (w[k] ?? '').startsWith('-'); k += 1) {
      if (w[k] === '-e') patterns.push(w[(k += 1)] ?? '');
      else flags.push(w[k] ?? '');
    }
    if (patterns.length === 0 && w[k] !== undefined) patterns.push(w[k] ?? '');
    const letters = flags.join('');
    const kind = /F/.test(letters) ? 'literal' : /E/.test(letters) ? 'ere' : 'bre';
    for (const pattern of patterns) found.push(...patternConditions(pattern, kind));
  }
  // for NAME in a b c; do — the values a check walks through (not `$(seq 1 60)`).
  const loop = /^\s*for\s+(\w+)\s+in\s+(.*?);?\s*do\b/.exec(line);
  if (loop && !hasVariable(loop[2] ?? ''))
    found.push(
      `loop:${words(loop[2] ?? '', 'bash')
        .map((item) => item.replace(/;$/, ''))
        .join(' | ')}`,
    );
  return found;
}

function powershellConditions(line: string): string[] {
  const found: string[] = [];
  const masked = maskQuotes(line, 'powershell');
  for (const op of masked.matchAll(/\s-(?:[ci]?eq|[ci]?ne)\s+/gi)) {
    const subject = leftOperand(masked, line, op.index);
    const literal = rightLiteral(line, op.index + op[0].length);
    if (literal === undefined) continue;
    const condition = comparison(subject, literal);
    if (condition) found.push(condition);
  }
  // `$metrics.accuracy -lt 0.9` fails below a number: the field must be at least that.
  for (const op of masked.matchAll(/\s-lt\s+/gi)) {
    const property = /^\$\w+\.(\w+)$/.exec(leftOperand(masked, line, op.index));
    const literal = rightLiteral(line, op.index + op[0].length);
    if (property && literal !== undefined) found.push(`json:${property[1]}>=${literal}`);
  }
  for (const m of line.matchAll(/\$Is(Linux|Windows|MacOS)\b/g)) found.push(`os:${m[1] === 'MacOS' ? 'Darwin' : m[1]}`);
  for (const m of line.matchAll(/\.(Contains|StartsWith|EndsWith)\(\s*('(?:[^']|'')*'|"(?:[^"`]|`.)*"|\$\w+)\s*\)/g)) {
    const value = words(m[2] ?? '', 'powershell')[0] ?? '';
    const glob = m[1] === 'Contains' ? `\u0000${value}\u0000` : m[1] === 'StartsWith' ? `${value}\u0000` : `\u0000${value}`;
    const condition = globCondition(glob);
    if (condition) found.push(condition);
  }
  const select = /\bSelect-String\b.*?-Pattern\s+('(?:[^']|'')*'|"[^"]*")/.exec(line);
  if (select)
    found.push(...patternConditions(words(select[1] ?? '', 'powershell')[0] ?? '', /-SimpleMatch\b/.test(line) ? 'literal' : 'ere'));
  for (const op of masked.matchAll(/\s-(?:[ci]?match|[ci]?notmatch)\s+/gi)) {
    const literal = rightLiteral(line, op.index + op[0].length);
    if (literal !== undefined) found.push(...patternConditions(literal, 'ere'));
  }
  // The web cmdlets throw on an answer that is not 2xx (outside helpers, which catch it to read the status).
  if (/\bInvoke-(?:RestMethod|WebRequest)\b/.test(line)) found.push('status:2xx');
  const loop = /\bforeach\s*\(\s*\$(\w+)\s+in\s+(?:@\(\s*)?((?:'(?:[^']|'')*'|"[^"]*")(?:\s*,\s*(?:'(?:[^']|'')*'|"[^"]*"))*)/i.exec(line);
  if (loop)
    found.push(
      `loop:${[...(loop[2] ?? '').matchAll(/'(?:[^']|'')*'|"[^"]*"/g)].map((q) => words(q[0], 'powershell')[0] ?? '').join(' | ')}`,
    );
  return found;
}

/** The operand before a PowerShell operator: `$x`, `$x.prop`, `(…).Trim()`, `[int](…)`. */
function leftOperand(masked: string, line: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && masked[i] === ' ') i -= 1;
  const stop = i + 1;
  while (i >= 0) {
    const c = masked[i] ?? '';
    if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '[';
      let depth = 0;
      for (; i >= 0; i -= 1) {
        if (masked[i] === c) depth += 1;
        else if (masked[i] === open && --depth === 0) break;
      }
      i -= 1;
    } else if (/[\w$.:]/.test(c)) {
      i -= 1;
    } else break;
  }
  return line.slice(i + 1, stop);
}

/** The literal after a PowerShell operator, or undefined when it is a variable or an expression. */
function rightLiteral(line: string, start: number): string | undefined {
  const rest = line.slice(start);
  const quoted = /^('(?:[^']|'')*'|"(?:[^"`]|`.)*")/.exec(rest);
  if (quoted)
    return hasVariable(quoted[1] ?? '') && quoted[1]?.startsWith('"') ? undefined : (words(quoted[1] ?? '', 'powershell')[0] ?? '');
  const bare = /^([^\s)$(][^\s)]*)/.exec(rest);
  return bare?.[1];
}

/**
 * A call of one of the shared self-check helpers (labs/shared): `need_docker`, `build_image` in
 * bash; `Assert-Docker`, `Build-Image` in PowerShell. Its checks sit in the helper, so the call
 * itself is the condition.
 */
const SHARED_HELPER = /^(?:need_\w+|build_\w+|Assert-\w+|Build-\w+)$/;

/** One name for a helper in both dialects: `need_non_root` and `Assert-NonRoot` are both `nonroot`. */
export function helperName(command: string): string {
  return command
    .toLowerCase()
    .replace(/^(?:need_|assert-)/, '')
    .replace(/[^a-z]/g, '');
}

/**
 * The functions of a helper file (labs/shared/self-check.*) by `helperName`, each with the
 * conditions its body checks and the PASS lines it prints.
 */
export function helperChecks(text: string, dialect: Dialect): Map<string, {conditions: string[]; passes: string[]}> {
  const helpers = new Map<string, {conditions: string[]; passes: string[]}>();
  let current: {conditions: string[]; passes: string[]} | undefined;
  let depth = 0;
  const cases = new CaseReader();
  for (const line of logicalLines(text, dialect)) {
    const start = dialect === 'bash' ? /^([A-Za-z_][\w-]*)\s*\(\)\s*\{/.exec(line) : /^function\s+([\w-]+)/i.exec(line);
    if (depth === 0 && start) {
      current = {conditions: [], passes: []};
      helpers.set(helperName(start[1] ?? ''), current);
    }
    if (current && !/^\s*#/.test(line)) {
      const found = [
        ...sharedConditions(line, dialect),
        ...(dialect === 'bash' ? bashConditions(line, cases) : powershellConditions(line)),
      ];
      current.conditions = [...new Set([...current.conditions, ...found])].sort();
      const [command, label] = words(line, dialect);
      if (command?.toLowerCase() === 'pass' && label !== undefined && !label.startsWith('$')) current.passes.push(label);
    }
    const masked = maskQuotes(line, dialect).replace(/\$\{[^}]*\}/g, '');
    depth = Math.max(0, depth + (masked.match(/\{/g)?.length ?? 0) - (masked.match(/\}/g)?.length ?? 0));
    if (depth === 0) current = undefined;
  }
  return helpers;
}

export interface Section {
  /** The PASS line the conditions lead to, or `(after the last PASS)`. */
  readonly pass: string;
  readonly conditions: readonly string[];
}

export interface Checks {
  readonly passes: string[];
  readonly expectations: string[][];
  readonly closing: string | undefined;
  /** What is checked before each PASS line, sorted and without repeats. */
  readonly sections: Section[];
}

/** The literal PASS lines, HTTP expectations, closing line and conditions of a self-check script. */
export function checksOf(text: string, dialect: Dialect): Checks {
  const passes: string[] = [];
  const expectations: string[][] = [];
  let closing: string | undefined;
  const lines = topLevel(text, dialect);
  const script: Script = {lines, constants: constantsOf(lines, dialect)};
  for (const line of logicalLines(text, dialect)) {
    const [command, ...args] = words(line, dialect);
    if (command === undefined) continue;
    const name = dialect === 'bash' ? command : command.toLowerCase();
    // A helper's own body passes its arguments on ("$1", "${Name}: …"): not a check of its own.
    if (name === 'pass' && args[0] !== undefined && !args[0].startsWith('$')) passes.push(args[0]);
    if (name === 'expect') expectations.push(args.map((arg) => resolve(arg, script.constants)));
    const said = /All checks passed[^'"\\]*/.exec(line);
    if (said && (name === 'printf' || name === 'echo' || name === 'write-host')) closing = said[0].replace(/\\n$/, '');
  }
  return {passes, expectations, closing, sections: sectionsOf(script, dialect)};
}

function sectionsOf({lines, constants}: Script, dialect: Dialect): Section[] {
  const sections: Section[] = [];
  const cases = new CaseReader();
  let current: string[] = [];
  for (const line of lines) {
    const raw = [...sharedConditions(line, dialect), ...(dialect === 'bash' ? bashConditions(line, cases) : powershellConditions(line))];
    current.push(...raw.map((condition) => resolve(condition, constants)));
    const [command, label] = words(line, dialect);
    if (command !== undefined && SHARED_HELPER.test(command)) current.push(`helper:${helperName(command)}`);
    if (command?.toLowerCase() === 'pass' && label !== undefined && !label.startsWith('$')) {
      sections.push({pass: label, conditions: [...new Set(current)].sort()});
      current = [];
    }
  }
  sections.push({pass: '(after the last PASS)', conditions: [...new Set(current)].sort()});
  return sections;
}
