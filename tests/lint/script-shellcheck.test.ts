/**
 * `script-shellcheck`: ShellCheck's JSON read by a typed parser, its findings as lint findings,
 * a missing ShellCheck reported as a skip (never a pass), and the labs' own scripts clean. The
 * tests that need the real ShellCheck skip where it is missing, unless REQUIRE_SHELLCHECK=1.
 */
import {chmod, cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  findLabFiles,
  formatFindings,
  lintLabsReport,
  parseShellcheckJson1,
  SHELLCHECK_ARGS,
  shellcheckAvailability,
  type Finding,
} from '../../scripts/lab-checker/lint/index.js';
import {disablesWithoutReason} from '../../scripts/lab-checker/lint/scripts/rules/script-shellcheck.js';
import {noShellcheck, shellcheckVersion} from './shellcheck.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/lint/script-shellcheck', import.meta.url));
const LABS = fileURLToPath(new URL('../../labs', import.meta.url));
const RULE = 'script-shellcheck';

/** What ShellCheck 0.9.0 prints for `echo $x` on line 5 (`--format=json1`). */
const JSON1 =
  '{"comments":[{"file":"t.sh","line":5,"endLine":5,"column":6,"endColumn":8,"level":"info","code":2086,"message":"Double quote to prevent globbing and word splitting.","fix":{"replacements":[{"column":6,"endColumn":6,"endLine":5,"insertionPoint":"afterEnd","line":5,"precedence":7,"replacement":"\\""}]}}]}';

function codesAndLines(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.ruleId === RULE).map((f) => `${f.line} ${/\bSC\d{4}\b/.exec(f.message)?.[0] ?? '-'}`);
}

describe('parseShellcheckJson1', () => {
  it('reads each comment with its line, column, level, code and message', () => {
    expect(parseShellcheckJson1(JSON1)).toEqual([
      {
        file: 't.sh',
        line: 5,
        endLine: 5,
        column: 6,
        endColumn: 8,
        level: 'info',
        code: 2086,
        message: 'Double quote to prevent globbing and word splitting.',
      },
    ]);
    expect(parseShellcheckJson1('{"comments":[]}')).toEqual([]);
  });

  it('refuses output of another shape instead of reading it as "no findings"', () => {
    expect(() => parseShellcheckJson1('t.sh:5:6: note: Double quote [SC2086]')).toThrow(/no JSON/);
    expect(() => parseShellcheckJson1('[]')).toThrow(/"comments"/);
    expect(() => parseShellcheckJson1('{"comments":[1]}')).toThrow(/comments\[0\] is not an object/);
    expect(() => parseShellcheckJson1(JSON1.replace('"info"', '"note"'))).toThrow(/level is "note"/);
    expect(() => parseShellcheckJson1(JSON1.replace('"code":2086', '"code":"SC2086"'))).toThrow(/code is "SC2086"/);
    expect(() => parseShellcheckJson1(JSON1.replace('"line":5,', ''))).toThrow(/\.line is undefined/);
    expect(() =>
      parseShellcheckJson1(JSON1.replace('"message":"Double quote to prevent globbing and word splitting."', '"message":null')),
    ).toThrow(/message is null/);
  });
});

describe('disablesWithoutReason', () => {
  it('wants a reason after a second # on every disable directive', () => {
    const text = [
      '#!/usr/bin/env bash',
      '# shellcheck disable=SC2012 # ls -ln prints the uid on Linux and macOS',
      '# shellcheck disable=SC2015',
      '  #shellcheck disable=SC2086,SC2046   ',
      '# shellcheck source=lib.sh',
      '# shellcheck disable=SC2015 #',
    ].join('\n');
    expect(disablesWithoutReason(text).map((hit) => hit.line)).toEqual([3, 4, 6]);
    expect(disablesWithoutReason(text)[1]?.message).toContain('`# shellcheck disable=SC2086,SC2046 # <why this is fine here>`');
  });
});

describe('with a stand-in shellcheck command (runs everywhere)', () => {
  let dir = '';
  /** A shellcheck that answers --version and prints `output` with exit code `code` for a file. */
  async function fake(name: string, output: string, code: number): Promise<string> {
    const path = join(dir, name);
    await writeFile(
      path,
      `#!/usr/bin/env bash\nif [ "$1" = --version ]; then echo 'version: 0.9.0'; exit 0; fi\nprintf '%s\\n' "$*" >> "${path}.log"\nprintf '%s' '${output}'\nexit ${code}\n`,
    );
    await chmod(path, 0o755);
    return path;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lint-shellcheck-'));
  });
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  it('reports a missing shellcheck as a skip with the reason, not as a pass, while bash -n still runs', async () => {
    const caseDir = join(FIXTURES, 'fail', 'unquoted-path-and-ls-loop');
    const missing = join(dir, 'no-such-shellcheck');
    const {findings, skipped} = await lintLabsReport(caseDir, {shellcheck: missing});
    expect(findings).toEqual([]);
    expect(skipped).toEqual([
      {file: join(caseDir, 'check.sh'), ruleId: RULE, reason: expect.stringContaining('is not installed on this machine') as string},
    ]);
    expect(skipped[0]?.reason).toContain("Debian's `shellcheck` package");
    expect(formatFindings(findings, {skipped}).split('\n')).toEqual([
      'Lab material lint: no problems found.',
      `Not run: script-shellcheck on 1 file: ${skipped[0]?.reason ?? ''}.`,
    ]);
    const broken = join(FIXTURES, '..', 'shell-script-parses', 'fail', 'unclosed-if');
    const parses = await lintLabsReport(broken, {shellcheck: missing});
    expect(parses.findings.map((f) => f.ruleId)).toEqual(['shell-script-parses']);
    expect(parses.skipped.map((s) => s.ruleId)).toEqual([RULE]);
  });

  it('runs shellcheck with the pinned flags and turns each comment into a finding naming its SC code', async () => {
    const caseDir = join(FIXTURES, 'pass', 'reasoned-disable');
    // ShellCheck names each comment's file as it was given the script.
    const command = await fake('shellcheck-says', JSON1.replace('"file":"t.sh"', `"file":${JSON.stringify(join(caseDir, 'check.sh'))}`), 1);
    const {findings, skipped} = await lintLabsReport(caseDir, {shellcheck: command});
    expect(skipped).toEqual([]);
    expect(findings.map((f) => `${relative(caseDir, f.file)}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      'check.sh:5 script-shellcheck error',
    ]);
    expect(findings[0]?.message).toBe(
      'ShellCheck SC2086 (info, column 6): Double quote to prevent globbing and word splitting. See https://www.shellcheck.net/wiki/SC2086 for the fix; only where the script means it, write `# shellcheck disable=SC2086 # <why>` on the line above.',
    );
    expect((await readFile(`${command}.log`, 'utf8')).trim()).toBe([...SHELLCHECK_ARGS, join(caseDir, 'check.sh')].join(' '));
  });

  it('pins the configuration: bash, every severity, sourced helpers followed, JSON, no .shellcheckrc', () => {
    expect(SHELLCHECK_ARGS).toEqual(['--shell=bash', '--severity=style', '--norc', '--external-sources', '--format=json1']);
  });

  it('rejects when shellcheck fails to run or prints something that is not its JSON', async () => {
    const caseDir = join(FIXTURES, 'pass', 'reasoned-disable');
    await expect(lintLabsReport(caseDir, {shellcheck: await fake('shellcheck-bad-option', '', 3)})).rejects.toThrow(/exited with 3/);
    await expect(lintLabsReport(caseDir, {shellcheck: await fake('shellcheck-gcc', 'check.sh:5:6: note: x [SC2086]', 1)})).rejects.toThrow(
      /no JSON/,
    );
  });

  it('says why a command that is not ShellCheck cannot run it', async () => {
    expect(await shellcheckAvailability('false')).toEqual({
      available: false,
      reason: expect.stringContaining('`false --version` exited with 1') as string,
    });
  });
});

describe.skipIf(noShellcheck !== undefined)(
  `with the real ShellCheck${noShellcheck !== undefined ? ` (skipped: ${noShellcheck})` : ''}`,
  () => {
    it('finds it, with its version', async () => {
      expect(await shellcheckAvailability()).toEqual({available: true, version: shellcheckVersion});
    });

    it('fails the failing fixtures with the SC codes meant', async () => {
      const unquoted = await lintLabsReport(join(FIXTURES, 'fail', 'unquoted-path-and-ls-loop'));
      expect(unquoted.skipped).toEqual([]);
      expect(codesAndLines(unquoted.findings)).toEqual(['5 SC2086', '9 SC2045']);
      const noReason = await lintLabsReport(join(FIXTURES, 'fail', 'disable-without-reason'));
      expect(noReason.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['7 script-shellcheck']);
      expect(noReason.findings[0]?.message).toContain('`# shellcheck disable=SC2015` gives no reason');
    });

    it("follows a script into the helpers it loads, and reports a helper's findings once, at the helper's own lines", async () => {
      const report = await lintLabsReport(join(FIXTURES, 'fail', 'sourced-helper'));
      expect(report.skipped).toEqual([]);
      const found = report.findings
        .filter((f) => f.ruleId === RULE)
        .map((f) => `${relative(join(FIXTURES, 'fail', 'sourced-helper'), f.file)}:${f.line} ${/\bSC\d{4}\b/.exec(f.message)?.[0] ?? '-'}`);
      // SC2154 would say `greeting` is never set, had ShellCheck not read the helper that sets it.
      expect(found).toEqual(['shared/helpers.sh:5 SC2086']);
    });

    it('passes the passing fixture', async () => {
      expect(await lintLabsReport(join(FIXTURES, 'pass', 'reasoned-disable'))).toEqual({findings: [], skipped: []});
    });

    it('ignores a .shellcheckrc next to the script (--norc)', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'lint-shellcheckrc-'));
      try {
        await cp(join(FIXTURES, 'fail', 'unquoted-path-and-ls-loop'), dir, {recursive: true});
        await writeFile(join(dir, '.shellcheckrc'), 'disable=SC2086,SC2045\n');
        expect(codesAndLines((await lintLabsReport(dir)).findings)).toEqual(['5 SC2086', '9 SC2045']);
      } finally {
        await rm(dir, {recursive: true, force: true});
      }
    });

    it("finds nothing in the labs' own shell scripts (every lab, starter and solution)", async () => {
      const {scripts} = await findLabFiles(LABS);
      const shellScripts = scripts.filter((file) => file.endsWith('.sh'));
      expect(shellScripts.length).toBeGreaterThan(0);
      const {findings, skipped} = await lintLabsReport(LABS);
      expect(skipped).toEqual([]);
      expect(findings.filter((f) => f.ruleId === RULE).map((f) => `${relative(LABS, f.file)}:${f.line} ${f.message}`)).toEqual([]);
    });
  },
);
