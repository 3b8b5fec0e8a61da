import {describe, expect, it} from 'vitest';
import {parseDotenv} from '../../scripts/lab-checker/lint/shared/dotenv.js';
import {isSilenced, parseIgnoreDirectives} from '../../scripts/lab-checker/lint/shared/ignore-directives.js';
import {parseImageRef, pinProblem} from '../../scripts/lab-checker/lint/shared/image-ref.js';
import {splitCommands} from '../../scripts/lab-checker/lint/shared/shell.js';
import {substituteVariables} from '../../scripts/lab-checker/lint/shared/variables.js';

describe('substituteVariables', () => {
  const vars = new Map([
    ['SET', 'value'],
    ['EMPTY', ''],
  ]);
  const lookup = (name: string): string | undefined => vars.get(name);

  it.each([
    ['${SET}', 'value', []],
    ['$SET/x', 'value/x', []],
    ['${UNSET:-8080}:80', '8080:80', []],
    ['${EMPTY:-d}', 'd', []],
    ['${EMPTY-d}', '', []],
    ['${SET:+alt}|${UNSET:+alt}', 'alt|', []],
    ['${UNSET:-${SET}-slim}', 'value-slim', []],
    ['$${NOT_A_VAR}', '${NOT_A_VAR}', []],
    ['${UNSET}', '', ['UNSET']],
    ['${UNSET:?must be set}', '', ['UNSET']],
  ])('%s → %s', (text, value, unresolved) => {
    expect(substituteVariables(text, lookup)).toEqual({value, unresolved});
  });
});

describe('image references', () => {
  it('tells a registry port from a tag', () => {
    expect(parseImageRef('localhost:5000/python')).toEqual({name: 'localhost:5000/python'});
    expect(parseImageRef('localhost:5000/python:3.11')).toEqual({name: 'localhost:5000/python', tag: '3.11'});
  });

  it.each([
    ['python', 'untagged'],
    ['python:latest', 'latest'],
    ['postgres:', 'empty-tag'],
    ['python:3.13-slim-trixie', undefined],
    ['python@sha256:abc', undefined],
    ['python:latest@sha256:abc', undefined],
  ])('%s → %s', (ref, problem) => {
    expect(pinProblem(ref)).toBe(problem);
  });
});

describe('ignore directives', () => {
  const known = new Set(['pip-no-cache-dir', 'non-root-user']);

  it('silences the next non-comment line for the named rules only', () => {
    const text = '# lint-ignore pip-no-cache-dir, non-root-user: demo\n# other comment\n\nRUN pip install x\nRUN pip install y\n';
    const {directives, problems} = parseIgnoreDirectives(text, known);
    expect(problems).toEqual([]);
    expect(isSilenced(directives, 'pip-no-cache-dir', 4)).toBe(true);
    expect(isSilenced(directives, 'non-root-user', 4)).toBe(true);
    expect(isSilenced(directives, 'pip-no-cache-dir', 5)).toBe(false);
    expect(isSilenced(directives, 'copy-not-add', 4)).toBe(false);
  });

  it('silences a whole file with lint-ignore-file', () => {
    const {directives} = parseIgnoreDirectives('FROM a:1\n# lint-ignore-file non-root-user: batch job\n', known);
    expect(isSilenced(directives, 'non-root-user', 1)).toBe(true);
  });

  it.each([
    ['# lint-ignore pip-no-cache-dir', /needs a reason/],
    ['# lint-ignore pip-no-cache-dir:   ', /needs a reason/],
    ['# lint-ignore pip-no-cahce-dir: typo', /Unknown rule id pip-no-cahce-dir/],
    ['# lint-ignore: what?', /Malformed/],
  ])('rejects %j', (line, message) => {
    const {directives, problems} = parseIgnoreDirectives(`${line}\nRUN x\n`, known);
    expect(directives).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
  });

  it('ignores ordinary comments that merely mention lint-ignore', () => {
    expect(parseIgnoreDirectives('# see lint-ignore docs\n# lint-ignored stuff\n', known)).toEqual({directives: [], problems: []});
  });
});

describe('splitCommands', () => {
  it('splits on shell separators and drops quotes', () => {
    expect(splitCommands('a && b || c; d | e\nf "g h"').map((c) => c.words)).toEqual([['a'], ['b'], ['c'], ['d'], ['e'], ['f', 'g', 'h']]);
  });
});

describe('parseDotenv', () => {
  it('reads KEY=value lines, quotes, export, and trailing comments', () => {
    const env = parseDotenv('# c\nA=1\nexport B="two words"\nC=3 # note\nbad line\n');
    expect([...env]).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', '3'],
    ]);
  });
});
