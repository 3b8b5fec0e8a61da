/**
 * Each lab's `check.ps1` is the Windows twin of its `check.sh`, and PowerShell is not on every
 * machine that runs the checker. So, wherever the tests run, the twins must at least check the same
 * things in the same order: the same PASS lines, the same HTTP expectations, the same closing line.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {findLabIds} from '../../scripts/lab-checker/load-labs';

const LABS = fileURLToPath(new URL('../../labs', import.meta.url));

type Dialect = 'bash' | 'powershell';

/** Splits one command line into words, unquoting the way the dialect does; `$name` stays as written. */
function words(line: string, dialect: Dialect): string[] {
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
          } else if (quote === '"' && ((dialect === 'bash' && c === '\\') || (dialect === 'powershell' && c === '`'))) {
            word += line[i + 1] ?? '';
            i += 2;
          } else {
            word += c;
            i += 1;
          }
        }
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
function logicalLines(text: string, dialect: Dialect): string[] {
  const continuation = dialect === 'bash' ? /\\\r?\n\s*/g : /`\r?\n\s*/g;
  return text.replace(continuation, ' ').split(/\r?\n/);
}

interface Checks {
  readonly passes: string[];
  readonly expectations: string[][];
  readonly closing: string | undefined;
}

/** The literal PASS lines, HTTP expectations and closing line of a self-check script. */
function checksOf(text: string, dialect: Dialect): Checks {
  const passes: string[] = [];
  const expectations: string[][] = [];
  let closing: string | undefined;
  for (const line of logicalLines(text, dialect)) {
    const [command, ...args] = words(line, dialect);
    if (command === undefined) continue;
    const name = dialect === 'bash' ? command : command.toLowerCase();
    // A helper's own body passes its arguments on ("$1", "${Name}: …"): not a check of its own.
    if (name === 'pass' && args[0] !== undefined && !args[0].startsWith('$')) passes.push(args[0]);
    if (name === 'expect') expectations.push(args);
    const said = /All checks passed[^'"\\]*/.exec(line);
    if (said && (name === 'printf' || name === 'echo' || name === 'write-host')) closing = said[0].replace(/\\n$/, '');
  }
  return {passes, expectations, closing};
}

/** Every lab folder, lab 02's workflows (`02-workflows/w1-jupyter`) included. */
const labFolders = findLabIds(LABS);
const labsWithTwins = labFolders.filter((lab) => readdirSync(path.join(LABS, lab)).includes('check.ps1'));

describe('self-check twins', () => {
  it('exist for every lab that has a self-check', () => {
    const withSh = labFolders.filter((lab) => readdirSync(path.join(LABS, lab)).includes('check.sh'));
    expect(labsWithTwins.sort()).toEqual(withSh.sort());
    expect(labsWithTwins.length).toBeGreaterThan(0);
  });

  it.each(labsWithTwins)('%s: check.ps1 checks what check.sh checks, in the same order', (lab) => {
    const sh = checksOf(readFileSync(path.join(LABS, lab, 'check.sh'), 'utf8'), 'bash');
    const ps = checksOf(readFileSync(path.join(LABS, lab, 'check.ps1'), 'utf8'), 'powershell');
    expect(sh.passes.length, 'check.sh has PASS lines').toBeGreaterThan(2);
    expect(ps.passes).toEqual(sh.passes);
    expect(ps.expectations).toEqual(sh.expectations);
    expect(sh.closing).toMatch(/^All checks passed/);
    expect(ps.closing).toEqual(sh.closing);
  });
});

describe('the comparison itself', () => {
  it('unquotes each dialect its own way', () => {
    expect(words(`pass "the container prints \\"$expected\\" and exits 0"`, 'bash')).toEqual(['pass', 'the container prints "$expected" and exits 0']);
    expect(words('Pass "the container prints `"$expected`" and exits 0"', 'powershell')).toEqual(['Pass', 'the container prints "$expected" and exits 0']);
    expect(words(`Pass 'it''s fine' # note`, 'powershell')).toEqual(['Pass', "it's fine"]);
  });

  it('notices a twin that checks less, or something else', () => {
    const sh = checksOf('pass "Docker is running"\npass "the image builds"\nexpect "GET /health" 200 \'ok\' GET /health\nprintf \'All checks passed.\\n\'', 'bash');
    const ps = checksOf("Pass 'Docker is running'\nExpect 'GET /health' 200 'ok' 'GET' '/healthz'\nWrite-Host 'All checks passed.'", 'powershell');
    expect(ps.passes).not.toEqual(sh.passes);
    expect(ps.expectations).not.toEqual(sh.expectations);
    expect(ps.closing).toEqual(sh.closing);
  });
});
