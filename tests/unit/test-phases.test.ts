import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {againstTarget, PHASES, timingTable} from '../../scripts/lib/test-phases';

describe('npm test', () => {
  it('runs every test script of package.json as a phase, each once', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {scripts: Record<string, string>};
    expect(pkg.scripts.test).toBe('tsx scripts/run-tests.ts');
    for (const phase of PHASES) expect(pkg.scripts[phase], phase).toBeDefined();
    expect(new Set(PHASES).size).toBe(PHASES.length);
    const tests = Object.keys(pkg.scripts).filter((name) => /^(test:|labs:(check|selftest|mutants))/.test(name));
    for (const name of tests) expect(PHASES, name).toContain(name);
  });

  it('ends with the seconds of each phase run, the failure and the phases not reached', () => {
    const table = timingTable(
      [
        {phase: 'lint', seconds: 12.4, code: 0},
        {phase: 'build', seconds: 61.6, code: 2},
      ],
      ['lint', 'build', 'test:e2e'],
    );
    expect(table.split('\n')).toEqual([
      'Seconds per phase of npm test:',
      '  lint         12 s',
      '  build        62 s  FAILED (exit 2)',
      '  not run: test:e2e',
      "  total        74 s  (74 s of the 40-minute target (3%), before CI's installs)",
    ]);
  });

  it('sets a total against the 40-minute target of the CI machine', () => {
    expect(againstTarget(1980)).toBe('1,980 s of the 40-minute target (83%)');
    expect(againstTarget(2777)).toBe('2,777 s of the 40-minute target (116%)');
  });
});
