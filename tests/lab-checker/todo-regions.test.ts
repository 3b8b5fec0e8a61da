import {describe, expect, it} from 'vitest';
import {fillTodoRegions, todoRegions} from '../../scripts/lab-checker/todo-regions';

const starter = ['a: 1', '# >>> api', '  # TODO 1: write it', '  image: x:TODO', '# <<< api', 'b: 2'].join('\n');
const solution = [
  'a: 1 # the solution may differ outside',
  '# >>> api',
  '  image: iris-api:1.0',
  '  restart: always',
  '# <<< api',
  'b: 2',
].join('\n');

describe('fillTodoRegions', () => {
  it("replaces only the body of each marked region with the solution's", () => {
    expect(fillTodoRegions(starter, solution)).toBe(
      ['a: 1', '# >>> api', '  image: iris-api:1.0', '  restart: always', '# <<< api', 'b: 2'].join('\n'),
    );
  });
  it('fills several regions, whatever their sizes', () => {
    const two = `${starter}\n# >>> db\nTODO\n# <<< db\nend`;
    const answers = `${solution}\n# >>> db\nimage: postgres:17\nports: []\n# <<< db\nend`;
    expect(fillTodoRegions(two, answers).split('\n').slice(-5)).toEqual(['# >>> db', 'image: postgres:17', 'ports: []', '# <<< db', 'end']);
  });
  it('refuses a starter without regions, and a region the solution lacks', () => {
    expect(() => fillTodoRegions('a: 1', solution)).toThrow(/marks no region/);
    expect(() => fillTodoRegions(starter, 'a: 1')).toThrow(/no region "api"/);
  });
});

describe('todoRegions', () => {
  it('takes what follows a colon after the name as a comment', () => {
    expect(todoRegions(['# >>> your API: the image of lab 04', 'x', '# <<< your API'])).toEqual([{name: 'your API', open: 0, close: 2}]);
  });

  it('refuses unclosed, mismatched and nested markers', () => {
    expect(() => todoRegions(['# >>> a'])).toThrow(/never closed/);
    expect(() => todoRegions(['# >>> a', '# <<< b'])).toThrow(/closes no open region/);
    expect(() => todoRegions(['# >>> a', '# >>> b'])).toThrow(/opens inside/);
  });
});
